// The `/server` entry on an edge runtime: built, loaded by its package name in a Node whose
// `node:*` modules are refused (deny-node.mjs), and bundled by esbuild for a platform with
// no Node at all. Runs against dist/, so `npm run build` comes first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const denyNode = fileURLToPath(new URL('./deny-node.mjs', import.meta.url));

/**
 * Runs `script` as `node --import deny-node.mjs -e script` in the package's folder (so it
 * imports the package by its own name) and gives what the script printed, parsed as JSON.
 */
async function runEdge(script) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', denyNode, '--input-type=module', '-e', script], {
    cwd: root,
    timeout: 20_000,
  });
  return JSON.parse(stdout);
}

describe('@pocketdns/widget/server where node:* does not exist', () => {
  it('loads, starts a session and lists the domains, in front of the sandbox', async () => {
    const result = await runEdge(`
      const { createPocketDnsHandler } = await import('@pocketdns/widget/server');
      const { createSandbox } = await import('@pocketdns/widget/sandbox');
      const sandbox = createSandbox();
      const handler = createPocketDnsHandler({
        apiKey: sandbox.apiKey,
        environment: 'sandbox',
        secret: 'edge-secret-0123456789abcdef0123456789',
        identify: () => ({ user_identifier: 'alice' }),
        fetch: (request) => sandbox.fetch(request),
      });
      const session = await handler(new Request('https://partner.example/pocketdns/session', { method: 'POST' }));
      const { token, user_identifier } = await session.json();
      const list = await handler(new Request('https://partner.example/pocketdns/api/v1/users/alice/domains', {
        headers: { Authorization: 'Bearer ' + token },
      }));
      const body = await list.json();
      console.log(JSON.stringify({
        session: session.status,
        user_identifier,
        list: list.status,
        domains: body.domains.map((d) => d.name).sort(),
      }));
    `);
    assert.deepEqual(result, {
      session: 200,
      user_identifier: 'alice',
      list: 200,
      domains: ['alice-big.net', 'alice-old.org', 'alice-shop.net', 'alicebakery.com', 'xn--bckerei-alice-bfb.de'],
    });
  });

  it('loads @pocketdns/widget/server/redis there too: it needs only a client with eval', async () => {
    const result = await runEdge(`
      const { createRedisStore } = await import('@pocketdns/widget/server/redis');
      const seen = [];
      const store = createRedisStore({ eval: async (script, { keys }) => (seen.push(keys[0]), script.includes('INCR') ? [1, 60000] : null) });
      const count = await store.increment('pocketdns:alice', 60000);
      console.log(JSON.stringify({ count: count.count, seen }));
    `);
    assert.deepEqual(result, { count: 1, seen: ['pocketdns-widget:pocketdns:alice'] });
  });

  it('refuses @pocketdns/widget/server/node there: the loader does bite', async () => {
    const result = await runEdge(`
      const outcome = await import('@pocketdns/widget/server/node').then(
        () => ({ loaded: true }),
        (error) => ({ loaded: false, code: error.code, message: error.message }),
      );
      console.log(JSON.stringify(outcome));
    `);
    assert.equal(result.loaded, false);
    assert.equal(result.code, 'ERR_EDGE_NODE_REFUSED');
    assert.match(result.message, /^node:\w+ is refused/);
  });

  it('bundles for a browser-like platform with esbuild', async () => {
    const bundle = (entry) =>
      build({
        stdin: { contents: `export * from '${entry}';`, resolveDir: root, loader: 'js' },
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
    const server = await bundle('@pocketdns/widget/server');
    assert.equal(server.errors.length, 0);
    assert.match(server.outputFiles[0].text, /createPocketDnsHandler/);
    // The Node adapter is the control: it cannot be bundled without Node.
    await assert.rejects(bundle('@pocketdns/widget/server/node'), /Could not resolve "node:/);
  });
});
