// Type-level tests of `<pocketdns-connect>`, its events and the apply engine: `npm run
// typecheck` compiles this file; each `@ts-expect-error` fails the build if the misuse below
// it ever starts to type-check.
import type { PocketDnsConnectElement, PocketDnsConnectEvent } from '../../src/connect.js';
import type { PocketDnsRecordsElement } from '../../src/index.js';
import { applyPlan, undoApplied, type ApplyClient } from '../../src/internal/apply/index.js';
import type { DnsRecord } from '../../src/api/types.js';
import { planTemplate, planZoneImport } from '../../src/dns/index.js';
import { vercel } from '../../src/templates/index.js';

declare const page: Document;
declare const client: ApplyClient;
declare const zone: DnsRecord[];
/** Marks values as used. */
declare function use(...values: unknown[]): void;

const connect: PocketDnsConnectElement | null = page.querySelector('pocketdns-connect');
if (connect) {
  connect.template = vercel;
  connect.groupIds = ['site'];
  connect.params = { verification: 'x' };
  // @ts-expect-error: params are strings
  connect.params = { port: 443 };
  // @ts-expect-error: a template is an object, not a template's name
  connect.template = 'vercel';
}
const records: PocketDnsRecordsElement | null = page.querySelector('pocketdns-records');
if (records) records.templates = [vercel];

page.addEventListener('pocketdns-connect', (event: PocketDnsConnectEvent) => {
  const ids: string[] = event.detail.added.map((r) => r.id);
  const was: string = event.detail.changed[0]?.from.value ?? '';
  use(ids, was, event.detail.template.providerName);
});
page.addEventListener('pocketdns-before-connect', (event) => {
  const adds: number = event.detail.plan.add.length;
  use(adds);
  event.preventDefault();
});
page.addEventListener('pocketdns-zone-change', (event) => {
  // @ts-expect-error: the cause is one of undo, rollback, import
  const cause: 'connect' = event.detail.cause;
  use(cause);
});

// Both planners' plans run through the same engine.
async function both(): Promise<void> {
  const result = await applyPlan(client, 'dom_1', planTemplate({ zone, domain: 'example.com', template: vercel }));
  await applyPlan(client, 'dom_1', planZoneImport(zone, [], { mode: 'replace' }), { concurrency: 4 });
  await undoApplied(client, 'dom_1', result);
  // @ts-expect-error: the engine needs the domain id
  await applyPlan(client, planTemplate({ zone, domain: 'example.com', template: vercel }));
}
use(both);
