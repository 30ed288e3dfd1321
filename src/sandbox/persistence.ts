import type { SandboxData } from './model.js';

// node:fs is loaded only when a data file is used, so the sandbox also runs in browsers
// (behind msw). The specifier is a variable to keep browser dev servers from resolving it.
const FS_MODULE = 'node:fs/promises';
type Fs = typeof import('node:fs/promises');
const loadFs = (): Promise<Fs> => import(/* @vite-ignore */ FS_MODULE) as Promise<Fs>;

/** Reads the data file; undefined when it does not exist yet. */
export async function readDataFile(path: string): Promise<SandboxData | undefined> {
  const fs = await loadFs();
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`The sandbox data file ${path} is not valid JSON. Fix it or delete it to start from the demo data.`);
  }
  const candidate = data as Partial<SandboxData>;
  if (
    candidate.version !== 1 ||
    !Array.isArray(candidate.records) ||
    !Array.isArray(candidate.domains) ||
    !Array.isArray(candidate.users)
  ) {
    throw new Error(`The sandbox data file ${path} is not a version 1 sandbox file. Delete it to start from the demo data.`);
  }
  return candidate as SandboxData;
}

/**
 * Writes the data file atomically: a temporary file beside it, then a rename, so a crash
 * never leaves a half-written file.
 */
export async function writeDataFile(path: string, data: SandboxData): Promise<void> {
  const fs = await loadFs();
  const temp = `${path}.${String(Date.now())}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(temp, JSON.stringify(data), 'utf8');
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
