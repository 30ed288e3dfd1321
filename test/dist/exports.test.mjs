// Runs against the built package in plain Node (no TypeScript loader, no DOM), the way a
// partner's server imports it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

describe('built package in plain Node', () => {
  it('imports @pocketdns/widget/dns and validates a record', async () => {
    const dns = await import('@pocketdns/widget/dns');
    const result = dns.validateRecord({ type: 'MX', name: 'Bücher', value: 'Mail.Example.com.', ttl: '3600', priority: '10' }, { zone: 'example.com' });
    assert.deepEqual(result, {
      ok: true,
      record: { type: 'MX', name: 'xn--bcher-kva', value: 'mail.example.com', ttl: 3600, priority: 10 },
    });
    assert.equal(dns.checkConflicts([{ type: 'A', name: 'www', value: '192.0.2.1' }], { type: 'CNAME', name: 'www', value: 'x.example.net' })[0]?.code, 'cname-not-alone');
  });

  it('imports @pocketdns/widget/templates and plans a catalog template with /dns', async () => {
    const { catalog, findTemplate } = await import('@pocketdns/widget/templates');
    const { planTemplate } = await import('@pocketdns/widget/dns');
    const vercel = findTemplate('vercel.com', 'website');
    assert.ok(catalog.includes(vercel));
    const plan = planTemplate({ zone: [], domain: 'example.com', template: vercel, groupIds: ['site'] });
    assert.deepEqual(
      plan.add.map((r) => `${r.type} ${r.name} ${r.value}`),
      ['A @ 76.76.21.21', 'CNAME www cname.vercel-dns.com'],
    );
  });

  it('imports @pocketdns/widget/api and the root entry', async () => {
    const api = await import('@pocketdns/widget/api');
    assert.equal(typeof api.createPocketDnsClient, 'function');
    const error = new api.PocketDnsApiError({ status: 422, messages: ['Value is invalid'] });
    assert.equal(error.code, 'validation_failed');
    const root = await import('@pocketdns/widget');
    assert.equal(typeof root.PocketDnsApiError, 'function');
    // planTemplate and the other features stay out of the root entry, which the script tag bundles whole.
    assert.equal('planTemplate' in root, false);
    assert.equal('validateRecord' in root, false);
  });

  it('ships a types file for every entry in the exports map', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'object') continue;
      await readFile(new URL(`../../${target.types}`, import.meta.url));
      await readFile(new URL(`../../${target.default}`, import.meta.url));
      assert.ok(entry.startsWith('.'));
    }
  });
});
