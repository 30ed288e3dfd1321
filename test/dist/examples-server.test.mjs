// The server examples (examples/server-*), each run the way its platform runs it and driven
// through a whole widget session with real Requests, the sandbox standing in for PocketDNS.
// `@pocketdns/widget/...` resolves to this repository's dist/ by the package's self-reference
// (the example folders have no package.json of their own), so `npm run build` comes first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createRequestListener } from '@remix-run/node-fetch-server';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { root } from './pack.mjs';
import { ROUND_TRIP, roundTrip } from './round-trip.mjs';

const examples = join(root, 'examples');
const roundTripModule = fileURLToPath(new URL('./round-trip.mjs', import.meta.url));
const denyNode = fileURLToPath(new URL('./deny-node.mjs', import.meta.url));

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pocketdns-server-examples-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Serves a Node request listener on a loopback port for the length of `use(origin)`. */
async function served(listener, use) {
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('server examples', () => {
  it('type-check against the built types, as a partner project would', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc', { paths: [root] });
    // The config lives in a temporary folder: type roots from the repository's node_modules.
    const typeRoots = [join(root, 'node_modules/@types')];
    const base = { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, typeRoots };
    const projects = {
      node: {
        compilerOptions: { ...base, lib: ['es2023', 'dom'], types: ['node'] },
        files: ['server-express/server.ts', 'server-hono/app.ts', 'server-next-route/app/pocketdns/[...path]/route.ts'],
      },
      // A Worker has no Node: no @types/node, the WebWorker library.
      worker: { compilerOptions: { ...base, lib: ['es2023', 'webworker'], types: [] }, files: ['server-worker/src/index.ts'] },
    };
    for (const [name, { compilerOptions, files }] of Object.entries(projects)) {
      const config = join(dir, `tsconfig.${name}.json`);
      await writeFile(config, JSON.stringify({ compilerOptions, files: files.map((file) => join(examples, file)) }));
      const result = await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: root, timeout: 120_000 }).catch((error) => error);
      assert.equal(`${result.stdout}${result.stderr}`.trim(), '', name);
    }
  });

  it('Express 5 (express.json() before the handler) over HTTP', async () => {
    const { app } = await tsImport(join(examples, 'server-express/server.ts'), import.meta.url);
    await served(app, async (origin) => {
      assert.deepEqual(await roundTrip((request) => fetch(request), origin), ROUND_TRIP);
      // The app's own routes still answer after the handler.
      assert.deepEqual(await (await fetch(`${origin}/api/health`)).json(), { ok: true });
    });
  });

  it('Hono, its fetch served over HTTP', async () => {
    const { default: app } = await tsImport(join(examples, 'server-hono/app.ts'), import.meta.url);
    await served(createRequestListener(app.fetch), async (origin) => {
      assert.deepEqual(await roundTrip((request) => fetch(request), origin), ROUND_TRIP);
      const home = await fetch(`${origin}/`, { headers: { Cookie: 'demo_user=alice' } });
      assert.equal(await home.text(), 'Signed in as alice');
    });
  });

  it('a Next.js App Router route handler, each method its export', async () => {
    const route = await tsImport(join(examples, 'server-next-route/app/pocketdns/[...path]/route.ts'), import.meta.url);
    assert.deepEqual(
      ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'].map((method) => typeof route[method]),
      ['function', 'function', 'function', 'function', 'function'],
    );
    assert.equal(route.dynamic, 'force-dynamic');
    // Next.js calls the export named by the method, with the Request and the route's params.
    const next = (request) => route[request.method](request, { params: Promise.resolve({ path: [] }) });
    assert.deepEqual(await roundTrip(next), ROUND_TRIP);
  });

  it('a Cloudflare Worker, bundled as wrangler does, run where every node:* import is refused', async () => {
    const bundle = join(dir, 'worker.mjs');
    await build({
      entryPoints: [join(examples, 'server-worker/src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['browser', 'module', 'main'],
      outfile: bundle,
      logLevel: 'silent',
    });
    const script = `
      const worker = (await import(${JSON.stringify(pathToFileURL(bundle).href)})).default;
      const { roundTrip } = await import(${JSON.stringify(pathToFileURL(roundTripModule).href)});
      const env = { POCKETDNS_WIDGET_SECRET: 'worker-secret-0123456789abcdef0123456789' };
      const result = await roundTrip((request) => worker.fetch(request, env));
      const other = await worker.fetch(new Request('https://partner.example/elsewhere'), env);
      console.log(JSON.stringify({ ...result, other: other.status }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', denyNode, '--input-type=module', '-e', script], {
      cwd: dir,
      timeout: 30_000,
    });
    assert.deepEqual(JSON.parse(stdout), { ...ROUND_TRIP, other: 404 });
  });
});
