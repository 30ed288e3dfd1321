import type { DomainConnectTemplate, PlannedRecord, TemplatePlan, TemplateZoneRecord } from '../../src/dns/index.js';

/**
 * "Acme Sites": a partner's own template, as a partner would write it. A test fixture only:
 * the demo adds its own, and it is not in the catalog.
 */
export const acmeSitesTemplate: DomainConnectTemplate = {
  providerId: 'acmesites.example',
  providerName: 'Acme Sites',
  serviceId: 'website',
  serviceName: 'Acme Sites website',
  description: 'Points the domain and www to an Acme Sites website and proves ownership.',
  records: [
    { type: 'A', host: '@', pointsTo: '%ip%', ttl: 600, groupId: 'site' },
    { type: 'CNAME', host: 'www', pointsTo: 'sites.acmesites.example', ttl: 600, groupId: 'site' },
    {
      type: 'TXT',
      host: '_acme-verify',
      data: 'acme-verify=%token%',
      ttl: 600,
      groupId: 'verify',
      txtConflictMatchingMode: 'Prefix',
      txtConflictMatchingPrefix: 'acme-verify=',
    },
  ],
};

/** Applies a plan to a zone the way the UI would: removes, rewrites in place, then adds. */
export function applyPlan(zone: readonly TemplateZoneRecord[], plan: TemplatePlan<TemplateZoneRecord>): TemplateZoneRecord[] {
  let next = 0;
  const toZone = (record: PlannedRecord, id: string | undefined): TemplateZoneRecord => ({
    id,
    type: record.type,
    name: record.name,
    value: record.value,
    ttl: record.ttl,
    priority: record.priority,
  });
  return [
    ...zone
      .filter((record) => !plan.remove.includes(record))
      .map((record) => {
        const change = plan.change.find((c) => c.from === record);
        return change ? toZone(change.to, record.id) : record;
      }),
    ...plan.add.map((record) => toZone(record, `new_${++next}`)),
  ];
}
