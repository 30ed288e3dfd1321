// The tarball installed as a partner installs it: `npm install <tarball>` in a fresh folder, with
// neither msw (an optional peer) nor @types/node. Then TypeScript (this repository's) checks code
// that imports the entries, library types included, and Node requires and imports them.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packTarball, root, run } from './pack.mjs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc', { paths: [root] });

/** Compiler options of a partner's strict project; `skipLibCheck: false` checks our .d.ts and what they import. */
const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, noEmit: true };

describe('the tarball in a fresh project', () => {
  let packed;
  let project;
  before(async () => {
    packed = await packTarball();
    project = join(packed.dir, 'partner');
    await run('mkdir', [project]);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'partner', private: true, type: 'module' }));
    await run('npm', ['install', packed.tarball, '--no-audit', '--no-fund', '--omit=optional', '--loglevel=error'], { cwd: project, timeout: 180_000 });
  });
  after(() => packed?.cleanup());

  /** Writes `code` and a tsconfig with `options`, runs tsc, and gives what it printed (empty when clean). */
  async function typecheck(name, code, options) {
    await writeFile(join(project, `${name}.ts`), code);
    await writeFile(join(project, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: [`${name}.ts`] }));
    const result = await run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: project, timeout: 120_000 }).catch((error) => error);
    return `${result.stdout}${result.stderr}`.trim();
  }

  it('installs without msw', async () => {
    await assert.rejects(run(process.execPath, ['-e', "require.resolve('msw')"], { cwd: project }));
    await assert.rejects(run(process.execPath, ['-e', "require.resolve('@types/node/package.json')"], { cwd: project }));
  });

  it('type-checks /server, /dns, /api and /sandbox with no @types/node and no msw', async () => {
    // Fetch's Request and Response come from lib.dom here (a Node project gets them from @types/node).
    const output = await typecheck(
      'web',
      `import { createPocketDnsHandler } from '@pocketdns/widget/server';
import { validateRecord } from '@pocketdns/widget/dns';
import { createPocketDnsClient, type PocketDnsApiError } from '@pocketdns/widget/api';
import { createSandbox, sandboxHandlers, type SandboxMswHandler } from '@pocketdns/widget/sandbox';

const sandbox = createSandbox();
export const handler: (request: Request) => Promise<Response> = createPocketDnsHandler({
  apiKey: sandbox.apiKey,
  environment: 'sandbox',
  secret: 'x'.repeat(32),
  identify: () => ({ user_identifier: 'alice' }),
  fetch: sandbox.fetch,
});
export const checked = validateRecord({ type: 'A', name: 'www', value: '192.0.2.1', ttl: 3600 }, { zone: 'example.com' });
export const client = createPocketDnsClient({ baseUrl: '/pocketdns', session: { getToken: async () => 't', refreshToken: async () => 't' } });
export const handlers: SandboxMswHandler[] = sandboxHandlers(sandbox, { baseUrl: 'https://api.sandbox.pocketdns.com' });
export type Failure = PocketDnsApiError;
`,
      { types: [], lib: ['es2022', 'dom'] },
    );
    assert.equal(output, '');
  });

  it('type-checks /server/node with @types/node, as documented', async () => {
    const output = await typecheck(
      'node',
      `import { createServer } from 'node:http';
import { createPocketDnsHandler } from '@pocketdns/widget/server';
import { toNodeHandler } from '@pocketdns/widget/server/node';

const handler = createPocketDnsHandler({ apiKey: 'k', environment: 'sandbox', secret: 'x'.repeat(32), identify: () => null });
export const server = createServer(toNodeHandler(handler));
`,
      // This repository's @types/node: the partner's own would be installed beside their server.
      { types: ['node'], typeRoots: [join(root, 'node_modules/@types')], lib: ['es2022'] },
    );
    assert.equal(output, '');
  });

  it('requires /sandbox from CommonJS (require(esm)) and explains the missing msw on use', async () => {
    // require(esm) is on by default from Node 20.19 and 22.12; Node 22.0–22.11 need the flag.
    const flag = process.features.require_module ? [] : ['--experimental-require-module'];
    const { stdout } = await run(
      process.execPath,
      [
        ...flag,
        '-e',
        `const { createSandbox, sandboxHandlers } = require('@pocketdns/widget/sandbox');
const sandbox = createSandbox();
let message = '';
try { sandboxHandlers(sandbox, { baseUrl: 'https://api.example' }); } catch (error) { message = error.message; }
console.log(JSON.stringify({ apiKey: sandbox.apiKey, message }));`,
      ],
      { cwd: project, timeout: 20_000 },
    );
    assert.deepEqual(JSON.parse(stdout), {
      apiKey: 'sk_test_sandbox',
      message: 'sandboxHandlers needs the msw package: npm install --save-dev msw@2',
    });
  });

  it('imports every module entry in plain Node', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const entries = ['server', 'server/node', 'dns', 'api', 'templates', 'sandbox'];
const loaded = await Promise.all(entries.map((entry) => import('@pocketdns/widget/' + entry).then((module) => Object.keys(module).length)));
console.log(JSON.stringify(loaded.every((count) => count > 0)));`,
      ],
      { cwd: project, timeout: 20_000 },
    );
    assert.equal(stdout.trim(), 'true');
  });
});
