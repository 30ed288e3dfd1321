// The contract modules the handler, the sandbox and the client share: one route table, one
// bearer parser, one body limit, one error-body parser. Each is checked once here, and the
// handler and the sandbox are checked to answer alike where they share a module.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBearer } from '../../src/contract/bearer.js';
import { normalizeErrorBody } from '../../src/contract/error-body.js';
import { MAX_BODY_BYTES, readJsonBody } from '../../src/contract/http.js';
import { matchRoute, type Route } from '../../src/contract/routes.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { API_KEY, handlerFixture } from '../helpers/handler-fixture.js';

describe('contract: the route table', () => {
  const cases: [string, Route | undefined][] = [
    ['/session', { kind: 'session' }],
    ['/api/v1/users', { kind: 'users' }],
    ['/api/v1/users/alice/domains', { kind: 'domains', userIdentifier: 'alice' }],
    ['/api/v1/domains/dom_1', { kind: 'domain', domainId: 'dom_1' }],
    ['/api/v1/dns_records', { kind: 'records' }],
    ['/api/v1/dns_records/rec_9', { kind: 'record', recordId: 'rec_9' }],
    ['/api/v1/dns_records/rec_9/', { kind: 'record', recordId: 'rec_9' }],
    ['/api/v1/users/alice', undefined],
    ['/api/v1/users/alice/records', undefined],
    ['/api/v1/domains', undefined],
    ['/api/v1/domains/dom_1/dns_records', undefined],
    ['/api/v1/dns_records/rec_9/extra', undefined],
    ['/api/v2/domains/dom_1', undefined],
    ['/session/x', undefined],
    ['/', undefined],
  ];
  for (const [path, expected] of cases) {
    it(`${path} → ${expected?.kind ?? 'no route'}`, () => {
      assert.deepEqual(matchRoute(path.split('/').filter(Boolean)), expected);
    });
  }

  it('handler and sandbox give the same 405 and Allow for each Partner API route', async () => {
    const { call, tokenFor, sandbox } = handlerFixture();
    const token = await tokenFor('alice');
    const expected: [string, string][] = [
      ['/api/v1/users/alice/domains', 'GET'],
      ['/api/v1/domains/dom_1', 'GET'],
      ['/api/v1/dns_records', 'POST'],
      ['/api/v1/dns_records/rec_1', 'GET, PUT, DELETE'],
    ];
    for (const [path, allow] of expected) {
      const fromHandler = await call('PATCH', path, { token });
      const fromSandbox = await sandbox.fetch(`https://api.sandbox.pocketdns.com${path}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${API_KEY}` },
      });
      assert.deepEqual(
        [fromHandler.status, fromHandler.headers.get('Allow'), fromSandbox.status, fromSandbox.headers.get('Allow')],
        [405, allow, 405, allow],
        path,
      );
    }
  });
});

describe('contract: readBearer', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['Bearer abc.def', 'abc.def'],
    ['bearer abc', 'abc'],
    ['Bearer   padded  ', 'padded'],
    ['Bearer', undefined],
    ['Bearer ', undefined],
    ['Basic dXNlcjpwYXNz', undefined],
    ['abc', undefined],
    [undefined, undefined],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${JSON.stringify(expected)}`, () => {
      const headers = new Headers(header === undefined ? {} : { Authorization: header });
      assert.equal(readBearer(headers), expected);
    });
  }

  it('the sandbox tells a missing key from a wrong one with it', async () => {
    const sandbox = createSandbox();
    const url = 'https://api.sandbox.pocketdns.com/api/v1/users/alice/domains';
    const missing = await sandbox.fetch(url, { headers: { Authorization: 'Bearer ' } });
    const wrong = await sandbox.fetch(url, { headers: { Authorization: 'Bearer sk_test_other' } });
    assert.deepEqual(await missing.json(), { errors: ['Missing API key'] });
    assert.deepEqual(await wrong.json(), { errors: ['Invalid API key'] });
  });
});

describe('contract: the body limit', () => {
  /** A JSON string body of exactly `bytes` bytes. */
  const bodyOf = (bytes: number): string => JSON.stringify('x'.repeat(bytes - 2));
  const post = (body: string): Request => new Request('https://x.example/', { method: 'POST', body });

  it('is 64 KiB', () => {
    assert.equal(MAX_BODY_BYTES, 65_536);
  });

  it('reads a body of exactly MAX_BODY_BYTES and refuses one byte more with 413', async () => {
    const atLimit = await readJsonBody(post(bodyOf(MAX_BODY_BYTES)));
    assert.equal(atLimit.ok && typeof atLimit.value, 'string');
    const over = await readJsonBody(post(bodyOf(MAX_BODY_BYTES + 1)));
    assert.equal(over.ok, false);
    assert.equal(over.response.status, 413);
  });

  it('is the same in the handler and the sandbox', async () => {
    const { call, tokenFor, sandbox } = handlerFixture();
    const token = await tokenFor('alice');
    const raw = bodyOf(MAX_BODY_BYTES + 1);
    const fromHandler = await call('POST', '/api/v1/dns_records', { token, raw });
    const fromSandbox = await sandbox.fetch('https://api.sandbox.pocketdns.com/api/v1/dns_records', {
      method: 'POST',
      headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
      body: raw,
    });
    assert.deepEqual([fromHandler.status, fromSandbox.status], [413, 413]);
    assert.deepEqual(await fromHandler.json(), await fromSandbox.json());
  });
});

describe('contract: normalizeErrorBody', () => {
  const cases: [string, unknown, { messages: string[]; fields: Record<string, string[]> }][] = [
    [
      'the seed form',
      { errors: ['Value: Enter an IPv4 address.'] },
      { messages: ['Value: Enter an IPv4 address.'], fields: { value: ['Value: Enter an IPv4 address.'] } },
    ],
    ['objects with a field', { errors: [{ field: 'ttl', message: 'too low' }] }, { messages: ['too low'], fields: { ttl: ['too low'] } }],
    [
      'the prose form with details',
      { error: 'validation_failed', message: 'Invalid record', details: { content: ['must be an IP'] } },
      { messages: ['Invalid record', 'content: must be an IP'], fields: { value: ['content: must be an IP'] } },
    ],
    ['a plain string', '  Not found  ', { messages: ['Not found'], fields: {} }],
    ['nothing useful', { status: 500 }, { messages: [], fields: {} }],
  ];
  for (const [name, body, expected] of cases) {
    it(name, () => {
      assert.deepEqual(normalizeErrorBody(body), expected);
    });
  }
});
