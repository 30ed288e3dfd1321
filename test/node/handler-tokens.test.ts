import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handlerFixture } from '../helpers/handler-fixture.js';

const LIST = '/api/v1/users/alice/domains';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Another spelling of the same bytes: the last character's unused low bits flipped. */
function respell(segment: string): string | undefined {
  const unused = (6 * segment.length) % 8;
  if (unused === 0) return undefined;
  const last = B64URL.indexOf(segment.at(-1) ?? '');
  return `${segment.slice(0, -1)}${B64URL[last ^ 1] ?? ''}`;
}

describe('handler tokens (item 8)', () => {
  it('refuses a non-canonical base64url spelling of a valid token', async () => {
    const f = handlerFixture();
    const token = await f.tokenFor('alice');
    assert.equal((await f.call('GET', LIST, { token })).status, 200, 'the canonical token works');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const variants = [
      respell(signature) && `${header}.${payload}.${respell(signature)}`,
      respell(payload) && `${header}.${respell(payload)}.${signature}`,
      `${header}.${payload}.${signature}=`,
      `${header}.${payload}.${signature.replaceAll('-', '+').replaceAll('_', '/')}`,
    ].filter((v): v is string => typeof v === 'string' && v !== token);
    assert.ok(variants.length >= 2);
    for (const variant of variants) assert.equal((await f.call('GET', LIST, { token: variant })).status, 401, variant);
  });

  it("two handlers sharing a secret refuse each other's tokens (basePath, tokenAudience)", async () => {
    const a = handlerFixture({ basePath: '/pocketdns' });
    const b = handlerFixture({ basePath: '/dns' });
    const c = handlerFixture({ basePath: '/pocketdns', tokenAudience: 'shop-eu' });
    const same = handlerFixture({ basePath: '/pocketdns' });
    const token = await a.tokenFor('alice');
    assert.equal((await same.call('GET', LIST, { token })).status, 200, 'the same identity accepts it');
    assert.equal((await b.call('GET', LIST, { token })).status, 401, 'another basePath');
    assert.equal((await c.call('GET', LIST, { token })).status, 401, 'another tokenAudience');
    const fromC = await c.tokenFor('alice');
    assert.equal((await a.call('GET', LIST, { token: fromC })).status, 401);
  });

  it('revokeSessions(user) ends that user’s tokens at once; a new sign-in and other users still work', async () => {
    const f = handlerFixture();
    const alice = await f.tokenFor('alice');
    const bob = await f.tokenFor('bob');
    assert.equal((await f.call('GET', LIST, { token: alice })).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await f.handler.revokeSessions('alice');
    assert.equal((await f.call('GET', LIST, { token: alice })).status, 401);
    assert.equal((await f.call('GET', '/api/v1/users/bob/domains', { token: bob })).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const again = await f.tokenFor('alice');
    assert.equal((await f.call('GET', LIST, { token: again })).status, 200);
  });
});
