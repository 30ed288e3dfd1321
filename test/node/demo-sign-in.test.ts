import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';

describe('demo sign-in (item 9)', () => {
  let child: ChildProcess;
  let origin: string;

  before(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
      env: { ...process.env, PORT: String(20000 + Math.floor(Math.random() * 20000)), SANDBOX_LATENCY_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => {
        reject(new Error(`demo did not start: ${out}`));
      }, 30_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        out += String(chunk);
        const url = /http:\/\/localhost:\d+/.exec(out)?.[0];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        out += String(chunk);
      });
    });
  });

  after(() => {
    child.kill();
  });

  const signIn = (user: string): Promise<Response> =>
    fetch(`${origin}/demo/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user }),
      redirect: 'manual',
    });

  it('signs in a demo user (the control)', async () => {
    const res = await signIn('alice');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('Set-Cookie') ?? '', /acme_session=alice\./);
  });

  for (const user of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`refuses ${user}, an inherited property name`, async () => {
      const res = await signIn(user);
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('Set-Cookie'), null);
    });
  }

  it('signing out ends the widget session too', async () => {
    const cookie = (await signIn('bob')).headers.get('Set-Cookie')?.split(';')[0] ?? '';
    const session = await fetch(`${origin}/pocketdns/session`, { method: 'POST', headers: { Cookie: cookie } });
    const { token } = (await session.json()) as { token: string };
    const list = (): Promise<Response> =>
      fetch(`${origin}/pocketdns/api/v1/users/bob/domains`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal((await list()).status, 200);
    await fetch(`${origin}/demo/sign-out`, { method: 'POST', headers: { Cookie: cookie }, redirect: 'manual' });
    assert.equal((await list()).status, 401);
  });
});
