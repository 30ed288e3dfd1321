import {
  planTemplate,
  type DomainConnectTemplate,
  type PlannedRecord,
  type TemplateRecord,
  type TemplateZoneRecord,
} from '../../src/dns/index.js';

/** A template of the provider "Hoster" holding `records`. */
export const template = (records: TemplateRecord[], extra: Partial<DomainConnectTemplate> = {}): DomainConnectTemplate => ({
  providerId: 'hoster.example',
  providerName: 'Hoster',
  serviceId: 'site',
  serviceName: 'Hoster site',
  records,
  ...extra,
});

/** A zone record, short. */
export const zr = (
  id: string,
  type: string,
  name: string,
  value: string,
  priority: number | null = null,
  ttl = 3600,
): TemplateZoneRecord => ({
  id,
  type,
  name,
  value,
  ttl,
  priority,
});

/** How a test applies a template. */
export interface Run {
  zone?: TemplateZoneRecord[];
  host?: string;
  params?: Record<string, string>;
  groupIds?: string[];
  extra?: Partial<DomainConnectTemplate>;
}

/** Plans `records` on example.com. */
export const plan = (records: TemplateRecord[], run: Run = {}) =>
  planTemplate({
    zone: run.zone ?? [],
    domain: 'example.com',
    host: run.host,
    template: template(records, run.extra),
    params: run.params,
    groupIds: run.groupIds,
  });

/** A record as one line: `MX @ 10 mx.example.net`. */
export const show = (r: PlannedRecord | TemplateZoneRecord): string =>
  `${r.type} ${r.name} ${r.priority == null ? '' : `${r.priority} `}${r.value}`;
/** The ids of zone records, sorted. */
export const ids = (records: TemplateZoneRecord[]): string[] => records.map((r) => r.id ?? '?').sort();
