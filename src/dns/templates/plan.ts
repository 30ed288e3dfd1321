import { normalizeZone, parseRecordName } from '../names.js';
import { RECORD_TYPES, type RecordType } from '../types.js';
import { checkTemplate } from './check.js';
import { displaced, zoneEntries, type Displacement, type TxtMatching, type ZoneEntry } from './conflicts.js';
import { TemplateError } from './errors.js';
import { noteMessage, noteParams } from './notes.js';
import { blockedCauses } from './blocked.js';
import { resolveRecord, DEFAULT_TTL, type ResolvedRecord } from './resolve.js';
import { isSpf, mergeSpf, newSpf } from './spf.js';
import { paramMap, type SubstitutionContext } from './substitute.js';
import type { BlockedCause, PlanNote, PlanTemplateOptions, PlannedRecord, TemplatePlan, TemplateZoneRecord } from './types.js';

/** A planned record and how it came to be. */
interface Step<Z> {
  record: PlannedRecord;
  txt: TxtMatching;
  /** The zone's SPF record it rewrites (SPFM). */
  spfFrom?: ZoneEntry<Z>;
  /** Why it cannot be applied, known before the PocketDNS checks (two SPF records). */
  refused?: BlockedCause;
  requestedTtl: number | null;
}

function domainOf(domain: string): string {
  try {
    return normalizeZone(domain);
  } catch (error) {
    throw new TemplateError('InvalidData', error instanceof Error ? error.message : `“${domain}” is not a valid domain name.`);
  }
}

/** The applied host, relative to the zone, `''` for the apex. */
function hostOf(raw: string | undefined, domain: string): string {
  const text = (raw ?? '').trim();
  if (text === '' || text === '@') return '';
  const parsed = parseRecordName(text, domain);
  if (!parsed.ok) throw new TemplateError('InvalidData', `The host “${text}” is not a valid name: ${parsed.message}`);
  return parsed.value === '@' ? '' : parsed.value;
}

function selectedRecords(options: PlanTemplateOptions<TemplateZoneRecord>): PlanTemplateOptions<TemplateZoneRecord>['template']['records'] {
  const { template, groupIds } = options;
  if (!groupIds || groupIds.length === 0) return template.records;
  const known = new Set(template.records.flatMap((r) => (r.groupId === undefined ? [] : [r.groupId])));
  for (const id of groupIds) {
    if (!known.has(id)) {
      const list = known.size === 0 ? 'it has no groups' : `its groups are ${[...known].join(', ')}`;
      throw new TemplateError('InvalidData', `The template ${template.serviceName} has no group “${id}”; ${list}.`);
    }
  }
  // Records without a group belong to every application of the template.
  return template.records.filter((r) => r.groupId === undefined || groupIds.includes(r.groupId));
}

/** Turns SPFM records into TXT steps: merged into the zone's SPF record at their name, or new. */
function spfSteps<Z extends TemplateZoneRecord>(resolved: ResolvedRecord[], entries: readonly ZoneEntry<Z>[]): Map<string, Step<Z>> {
  const steps = new Map<string, Step<Z>>();
  for (const item of resolved) {
    if (item.kind !== 'spfm') continue;
    const current = steps.get(item.name);
    if (current) {
      current.record.value = mergeSpf(current.record.value, item.rules);
      continue;
    }
    const found = entries.filter((e) => e.type === 'TXT' && e.name === item.name && isSpf(e.value));
    const [from] = found;
    const value = found.length === 1 && from ? mergeSpf(from.value, item.rules) : newSpf(item.rules);
    const ttl = from && found.length === 1 ? from.source.ttl : (item.ttl ?? DEFAULT_TTL);
    const groupId = item.groupId === undefined ? {} : { groupId: item.groupId };
    const step: Step<Z> = {
      record: { type: 'TXT', name: item.name, value, ttl, priority: null, ...groupId },
      txt: { mode: 'None', prefix: '' },
      requestedTtl: null,
    };
    if (found.length === 1 && from) step.spfFrom = from;
    if (found.length > 1) {
      step.refused = {
        source: 'plan',
        code: 'spf-multiple',
        message: `${item.name} already has ${found.length} SPF records, and a name may have only one. Merge them into one record, then apply the template again.`,
        params: { name: item.name, count: found.length },
      };
    }
    steps.set(item.name, step);
  }
  return steps;
}

type Comparable = Pick<PlannedRecord, 'name' | 'value' | 'priority'> & { type: string };

const sameRecord = (entry: Comparable, record: PlannedRecord): boolean =>
  entry.type === record.type && entry.name === record.name && entry.value === record.value && entry.priority === record.priority;

/**
 * Plans the application of a Domain Connect template to a zone, by the specification's rules
 * ("Applying a template"): variables substituted, names resolved under `host`, records checked,
 * and the zone's conflicting records removed per type. Nothing is changed: the plan says what
 * to add, remove and rewrite, what is already in place, and what PocketDNS would refuse
 * (checked with `validateRecord` and `checkConflicts`), with a sentence for each removal.
 *
 * Records of types PocketDNS cannot store (CAA, APEXCNAME, REDIR301…) make the whole plan fail
 * with `UnsupportedType` rather than be dropped silently, since the service would then be half
 * set up; a record in an optional group can be left out with `groupIds`.
 *
 * @throws TemplateError with code `InvalidTemplate`, `InvalidData`, `MissingParameter`,
 * `HostRequired` or `UnsupportedType`, and a message naming the record or variable at fault.
 */
export function planTemplate<Z extends TemplateZoneRecord>(options: PlanTemplateOptions<Z>): TemplatePlan<Z> {
  const { template } = options;
  checkTemplate(template);
  const domain = domainOf(options.domain);
  const host = hostOf(options.host, domain);
  if (template.hostRequired === true && host === '') {
    throw new TemplateError('HostRequired', `${template.serviceName} must be applied to a sub-domain: choose a host, like www or shop.`);
  }
  const context: SubstitutionContext = { domain, host, params: paramMap(options.params) };
  const resolved = selectedRecords(options).map((record) => resolveRecord(record, template.records.indexOf(record), context));
  const entries = zoneEntries(options.zone, domain);

  const steps: Step<Z>[] = [];
  for (const item of resolved) {
    if (item.kind !== 'record') continue;
    // The same record twice in a template sets it once.
    if (steps.some((s) => sameRecord(s.record, item.record))) continue;
    steps.push({ record: item.record, txt: { mode: item.txtMode, prefix: item.txtPrefix }, requestedTtl: item.requestedTtl });
  }
  steps.push(...spfSteps(resolved, entries).values());
  return assemble(steps, entries, domain, template.providerName);
}

/** Sorts the steps into add, change, unchanged and blocked, and gathers the removals they cause. */
function assemble<Z extends TemplateZoneRecord>(
  steps: Step<Z>[],
  entries: ZoneEntry<Z>[],
  domain: string,
  provider: string,
): TemplatePlan<Z> {
  const plan: TemplatePlan<Z> = { add: [], remove: [], change: [], unchanged: [], blocked: [], notes: [], alreadyApplied: false };
  const kept = new Set<ZoneEntry<Z>>();
  const changes: { from: ZoneEntry<Z>; step: Step<Z> }[] = [];
  const adds: Step<Z>[] = [];
  for (const step of steps) {
    if (step.refused !== undefined) {
      plan.blocked.push({ record: step.record, reasons: [step.refused.message], causes: [step.refused] });
      continue;
    }
    const from = step.spfFrom ?? entries.find((e) => !kept.has(e) && sameRecord(e, step.record));
    if (!from) {
      adds.push(step);
      continue;
    }
    kept.add(from);
    if (from.value === step.record.value && from.source.ttl === step.record.ttl) plan.unchanged.push(step.record);
    else changes.push({ from, step });
  }

  const removals = new Map<ZoneEntry<Z>, { cause: Step<Z>; displacement: Displacement<Z> }[]>();
  for (const step of steps) {
    if (step.refused !== undefined) continue;
    for (const displacement of displaced(step.record, entries, step.txt)) {
      if (kept.has(displacement.entry)) continue;
      const list = removals.get(displacement.entry) ?? [];
      list.push({ cause: step, displacement });
      removals.set(displacement.entry, list);
    }
  }

  // What the zone would hold: PocketDNS's own checks run against that.
  const remaining = entries.filter((e) => !removals.has(e)).map((e) => changes.find((c) => c.from === e)?.step.record ?? e);
  const final = [...remaining, ...adds.map((s) => s.record)];
  const blocked = new Set<Step<Z>>();
  const check = (step: Step<Z>): boolean => {
    const others = final.filter((r) => r !== step.record && (RECORD_TYPES as readonly string[]).includes(r.type));
    const causes = blockedCauses(step.record, others as { type: RecordType; name: string; value: string }[], domain);
    if (causes.length === 0) return true;
    blocked.add(step);
    plan.blocked.push({ record: step.record, reasons: causes.map((c) => c.message), causes });
    return false;
  };

  for (const step of adds) {
    if (check(step)) plan.add.push(step.record);
    noteTtl(plan, step, provider);
  }
  for (const { from, step } of changes) {
    if (!check(step)) continue;
    plan.change.push({ from: from.source, to: step.record });
    const code = step.spfFrom ? 'spf-merged' : 'ttl-updated';
    const subject = { record: from, planned: step.record, provider, ttl: from.source.ttl };
    plan.notes.push({ record: from.source, code, message: noteMessage(code, subject), params: noteParams(subject) });
  }
  for (const [entry, causes] of removals) {
    // A removal only a refused record needed would leave the zone worse off: keep the record.
    const live = causes.find((c) => !blocked.has(c.cause));
    if (!live) continue;
    plan.remove.push(entry.source);
    const { code } = live.displacement;
    const subject = { record: entry, planned: live.cause.record, provider, prefix: live.cause.txt.prefix };
    plan.notes.push({ record: entry.source, code, message: noteMessage(code, subject), params: noteParams(subject) });
  }
  plan.alreadyApplied = plan.add.length + plan.remove.length + plan.change.length + plan.blocked.length === 0;
  return plan;
}

function noteTtl<Z>(plan: TemplatePlan<Z>, step: Step<Z>, provider: string): void {
  if (step.requestedTtl === null) return;
  const subject = { record: step.record, planned: step.record, provider, ttl: step.requestedTtl };
  const note: PlanNote<Z> = {
    record: step.record,
    code: 'ttl-adjusted',
    message: noteMessage('ttl-adjusted', subject),
    params: noteParams(subject),
  };
  plan.notes.push(note);
}
