import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planTemplate, templateVariables, type TemplateZoneRecord } from '../../src/dns/index.js';
import { demoData } from '../../src/sandbox/seed.js';
import { catalog, findTemplate, type CatalogTemplate } from '../../src/templates/index.js';
import { acmeSitesTemplate, applyPlan } from '../helpers/acme-sites-template.js';

const data = demoData();
// Broken on purpose for the record health demo (two SPF records at @): tested on its own below.
const BROKEN = 'alice-shop.net';
// Domains with records of their own, where a template meets existing MX, SPF, A and CNAMEs.
const domains = data.domains.filter(
  (d) => d.name !== 'alice-big.net' && d.name !== BROKEN && data.records.some((r) => r.domain_id === d.id),
);
const zoneOf = (domainId: string): TemplateZoneRecord[] => data.records.filter((r) => r.domain_id === domainId);
const sampleParams = (template: CatalogTemplate): Record<string, string> =>
  Object.fromEntries(template.params.map((p) => [p.name, p.example]));

describe('the template catalog', () => {
  it('has the common services, each id pair once', () => {
    const keys = catalog.map((t) => `${t.providerId}/${t.serviceId}`);
    assert.equal(new Set(keys).size, keys.length);
    for (const key of [
      'google.com/workspace-mail',
      'microsoft.com/exchange-online',
      'fastmail.com/mail',
      'vercel.com/website',
      'pocketdns.com/verify-domain',
    ]) {
      assert.ok(keys.includes(key), key);
    }
  });

  it('does not carry the Acme Sites test fixture', () => {
    assert.equal(findTemplate(acmeSitesTemplate.providerId, acmeSitesTemplate.serviceId), undefined);
  });

  it('finds a template by exact ids, in the catalog or in a partner’s list', () => {
    assert.equal(findTemplate('vercel.com', 'website')?.providerName, 'Vercel');
    assert.equal(findTemplate('Vercel.com', 'website'), undefined);
    assert.equal(findTemplate('acmesites.example', 'website', [...catalog, acmeSitesTemplate]), acmeSitesTemplate);
  });

  for (const template of catalog) {
    describe(`${template.providerName}: ${template.serviceName}`, () => {
      it('describes exactly the variables its records use', () => {
        assert.deepEqual(template.params.map((p) => p.name).sort(), templateVariables(template).sort());
        for (const param of template.params) {
          assert.ok(param.label && param.placeholder && param.help && param.example, param.name);
          if (param.groupId !== undefined) assert.ok(template.records.some((r) => r.groupId === param.groupId));
        }
      });

      it('leaves its optional groups out cleanly', () => {
        for (const optional of template.optionalGroups ?? []) {
          const groupIds = [...new Set(template.records.flatMap((r) => (r.groupId && r.groupId !== optional.groupId ? [r.groupId] : [])))];
          const params = Object.fromEntries(template.params.filter((p) => p.groupId !== optional.groupId).map((p) => [p.name, p.example]));
          const result = planTemplate({ zone: [], domain: 'example.com', template, params, groupIds });
          assert.ok(result.add.length > 0);
          assert.ok(result.add.every((r) => r.groupId !== optional.groupId));
        }
      });

      for (const domain of domains) {
        it(`plans cleanly on ${domain.name}, and is then already applied`, () => {
          const zone = zoneOf(domain.id);
          const params = sampleParams(template);
          const first = planTemplate({ zone, domain: domain.name, template, params });
          assert.deepEqual(first.blocked, []);
          assert.equal(first.alreadyApplied, false);
          assert.ok(first.add.length + first.change.length > 0);
          for (const removed of first.remove) assert.ok(zone.includes(removed));
          assert.equal(first.notes.filter((n) => n.code !== 'ttl-adjusted').length, first.remove.length + first.change.length);
          const second = planTemplate({ zone: applyPlan(zone, first), domain: domain.name, template, params });
          assert.equal(second.alreadyApplied, true, JSON.stringify(second));
        });
      }
    });
  }

  it('refuses to add SPF where the zone already has two SPF records at the name', () => {
    const shop = data.domains.find((d) => d.name === BROKEN);
    const template = findTemplate('google.com', 'workspace-mail');
    assert.ok(shop && template);
    const plan = planTemplate({ zone: zoneOf(shop.id), domain: shop.name, template, params: sampleParams(template) });
    assert.deepEqual(
      plan.blocked.map((b) => [b.record.type, b.record.name]),
      [['TXT', '@']],
    );
    assert.match(plan.blocked[0]?.reasons.join(' ') ?? '', /already has 2 SPF records/);
  });

  it('runs against several seeded domains', () => {
    assert.ok(domains.length >= 2, domains.map((d) => d.name).join(', '));
  });
});
