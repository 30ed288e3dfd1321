// The built server and sandbox entries in plain Node 20, no loader, no DOM: as a partner's
// server and `npx pocketdns-sandbox` run them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/pocketdns-sandbox.js', import.meta.url));

/** Starts the bin and resolves with its URL once it says it is listening. */
function startBin(args) {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bin did not start: ${output}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bin exited with ${code}: ${output}`));
    });
  });
  return { child, ready, output: () => output };
}

describe('built server and sandbox in plain Node', () => {
  it('puts the handler in front of the sandbox', async () => {
    const { createSandbox } = await import('@pocketdns/widget/sandbox');
    const { createPocketDnsHandler } = await import('@pocketdns/widget/server');
    const sandbox = createSandbox();
    const handler = createPocketDnsHandler({
      apiKey: sandbox.apiKey,
      environment: 'sandbox',
      secret: 'x'.repeat(32),
      identify: () => ({ user_identifier: 'bob' }),
      fetch: (request) => sandbox.fetch(request),
    });
    const session = await handler(new Request('http://localhost/pocketdns/session', { method: 'POST' }));
    assert.equal(session.status, 200);
    const { token } = await session.json();
    const list = await handler(new Request('http://localhost/pocketdns/api/v1/users/bob/domains', { headers: { Authorization: `Bearer ${token}` } }));
    const body = await list.json();
    assert.deepEqual(body.domains.map((d) => d.name).sort(), ['bob-consulting.co.uk', 'bobsbikes.io']);
  });

  it('serves the handler over Node HTTP through @pocketdns/widget/server/node', async () => {
    const { createServer } = await import('node:http');
    const { createSandbox } = await import('@pocketdns/widget/sandbox');
    const { createPocketDnsHandler } = await import('@pocketdns/widget/server');
    const { toNodeHandler } = await import('@pocketdns/widget/server/node');
    const sandbox = createSandbox();
    const handler = createPocketDnsHandler({
      apiKey: sandbox.apiKey,
      environment: 'sandbox',
      secret: 'x'.repeat(32),
      identify: () => ({ user_identifier: 'bob' }),
      fetch: (request) => sandbox.fetch(request),
    });
    const server = createServer(toNodeHandler(handler));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const session = await fetch(`http://127.0.0.1:${server.address().port}/pocketdns/session`, { method: 'POST' });
      assert.equal(session.status, 200);
      assert.equal((await session.json()).user_identifier, 'bob');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('builds msw handlers from the sandbox entry', async () => {
    const { createSandbox, sandboxHandlers } = await import('@pocketdns/widget/sandbox');
    const handlers = sandboxHandlers(createSandbox(), { baseUrl: 'https://api.sandbox.pocketdns.com' });
    assert.equal(handlers.length, 1);
    assert.equal(typeof handlers[0].run, 'function');
  });

  describe('npx pocketdns-sandbox', () => {
    const children = [];
    let dir;
    after(async () => {
      for (const child of children) child.kill('SIGTERM');
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('serves the API on loopback with --port, --api-key and --data', async () => {
      dir = await mkdtemp(join(tmpdir(), 'pocketdns-bin-'));
      const data = join(dir, 'state.json');
      const run = startBin(['--port', '0', '--api-key', 'sk_test_cli', '--data', data]);
      children.push(run.child);
      const url = await run.ready;
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const refused = await fetch(`${url}/api/v1/users/alice/domains`);
      assert.equal(refused.status, 401);
      const res = await fetch(`${url}/api/v1/users/alice/domains`, { headers: { Authorization: 'Bearer sk_test_cli' } });
      assert.equal(res.status, 200);
      assert.equal((await res.json()).total, 5);
      assert.equal(JSON.parse(await readFile(data, 'utf8')).version, 1);
    });

    it('explains bad arguments and exits with 2', async () => {
      const child = spawn(process.execPath, [bin, '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const code = await new Promise((resolve) => child.on('exit', resolve));
      assert.equal(code, 2);
      assert.match(stderr, /--port must be a whole number from 0 to 65535, not "eighty"/);
      assert.match(stderr, /Usage: pocketdns-sandbox/);
    });
  });
});
