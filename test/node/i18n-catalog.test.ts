// The built-in catalog's text table (src/components/pocketdns-connect/catalog-text.ts): it covers
// every text of every built-in template that customers read, and nothing else; its English is
// the catalog's English exactly (else English pages would read differently from the data); a
// partner's own wording, even on a template that reuses a built-in id, is kept. Without a locale
// loaded, msg() answers in English, as on an English page. The other locales: test/browser/i18n-catalog.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_KEYS } from '../../src/components/pocketdns-connect/catalog-text-controller.js';
import { CATALOG_TEXTS, shownTemplate } from '../../src/components/pocketdns-connect/catalog-text.js';
import { catalog, googleWorkspace, verifyDomain, type CatalogTemplate } from '../../src/templates/index.js';

const keyOf = (t: CatalogTemplate): string => `${t.providerId}/${t.serviceId}`;

/**
 * The table keys a template needs: its service name; each param's label and help, and its
 * placeholder when that is prose (a sample value such as `example-com` has no space and is
 * data); each optional group's label; the provider's name only where it is not a product's.
 */
function textKeys(t: CatalogTemplate): string[] {
  const keys = ['serviceName'];
  if (t === verifyDomain) keys.push('providerName');
  for (const p of t.params) {
    keys.push(`${p.name}.label`, `${p.name}.help`);
    if (/\s/.test(p.placeholder)) keys.push(`${p.name}.placeholder`);
  }
  for (const g of t.optionalGroups ?? []) keys.push(`group.${g.groupId}`);
  return keys.sort();
}

describe('the built-in catalog’s text table', () => {
  it('has an entry for each built-in template, and the element knows which templates those are', () => {
    assert.deepEqual(Object.keys(CATALOG_TEXTS).sort(), catalog.map(keyOf).sort());
    assert.deepEqual([...BUILTIN_KEYS].sort(), catalog.map(keyOf).sort());
  });

  for (const t of catalog) {
    it(`${keyOf(t)}: translates every text customers read, and nothing else`, () => {
      const texts = CATALOG_TEXTS[keyOf(t)]?.() ?? {};
      assert.deepEqual(Object.keys(texts).sort(), textKeys(t));
    });

    it(`${keyOf(t)}: reads in English exactly as the catalog says`, () => {
      assert.deepEqual(shownTemplate(t), t);
    });
  }

  it('keeps a partner’s own wording on a template that reuses a built-in id, field by field', () => {
    const [param] = googleWorkspace.params;
    assert.ok(param);
    const partner: CatalogTemplate = {
      ...googleWorkspace,
      serviceName: 'Acme Mail',
      params: [{ ...param, label: 'Acme code' }],
      optionalGroups: [{ groupId: 'verification', label: 'Prove it to Acme' }],
    };
    const shown = shownTemplate(partner);
    assert.equal(shown.serviceName, 'Acme Mail');
    const [shownParam] = shown.params;
    assert.ok(shownParam);
    assert.equal(shownParam.label, 'Acme code');
    assert.equal(shownParam.help, param.help);
    assert.deepEqual(shown.optionalGroups, [{ groupId: 'verification', label: 'Prove it to Acme' }]);
    // The partner's template itself is left as it was.
    assert.deepEqual(
      partner.params.map((p) => p.label),
      ['Acme code'],
    );
  });

  it('gives any other template back as it is', () => {
    const own = { ...googleWorkspace, providerId: 'acme.example' };
    assert.equal(shownTemplate(own), own);
  });
});
