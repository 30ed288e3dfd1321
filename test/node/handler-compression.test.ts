import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { DomainDetails, DomainList } from '../../src/api/index.js';
import { encodeFor } from '../../src/server/compress.js';
import { handlerFixture } from '../helpers/handler-fixture.js';

describe('handler compression (issue 13)', () => {
  it('gzips the 10,000-record domain for a browser that accepts gzip, and sends it plain otherwise', async () => {
    const f = handlerFixture();
    const token = await f.tokenFor('alice');
    const list = (await (await f.call('GET', '/api/v1/users/alice/domains', { token })).json()) as DomainList;
    const big = list.domains.find((d) => d.dns_records_count >= 10_000)!;
    const zipped = await f.call('GET', `/api/v1/domains/${big.id}`, { token, headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers.get('Content-Encoding'), 'gzip');
    assert.match(zipped.headers.get('Vary') ?? '', /Accept-Encoding/);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    const plain = await f.call('GET', `/api/v1/domains/${big.id}`, { token });
    assert.equal(plain.headers.get('Content-Encoding'), null);
    const text = await plain.text();
    assert.ok(text.length > 1_500_000, `${text.length} bytes plain`);
    assert.ok(bytes.byteLength < text.length / 8, `${bytes.byteLength} bytes gzipped`);
    assert.equal(gunzipSync(bytes).toString('utf8'), text);
    assert.equal((JSON.parse(text) as DomainDetails).dns_records.length, big.dns_records_count);
  });

  it('leaves small answers and errors alone', async () => {
    const f = handlerFixture();
    const token = await f.tokenFor('alice');
    const res = await f.call('GET', '/api/v1/domains/dom_nope', { token, headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('Content-Encoding'), null);
  });

  const table: [header: string | null, expected: 'gzip' | undefined][] = [
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'gzip'],
    ['br;q=1.0, gzip;q=0.8', 'gzip'],
    ['*', 'gzip'],
    ['gzip;q=0', undefined],
    ['gzip;q=0, *', undefined],
    ['identity', undefined],
    ['br', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [header, expected] of table) {
    it(`Accept-Encoding ${JSON.stringify(header)} → ${expected ?? 'plain'}`, () => {
      assert.equal(encodeFor(header), expected);
    });
  }
});
