// Packs the built package the way `npm publish` would, into a temporary folder, for the tests
// that check what partners download (the tarball) rather than this repository's files.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a command and gives its output; a failure's message carries what it printed. */
export const run = promisify(execFile);

/**
 * `npm pack` of the repository (after `npm run build`) into a new temporary folder.
 * @returns the folder, the tarball's path, the packed file paths (`dist/index.js`, …) and a
 *   `cleanup()` that removes the folder
 */
export async function packTarball() {
  const dir = await mkdtemp(join(tmpdir(), 'pocketdns-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, timeout: 60_000 });
  const [info] = JSON.parse(stdout);
  return {
    dir,
    tarball: join(dir, info.filename),
    files: new Set(info.files.map((file) => file.path)),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
