// What the element shows before anything happens: the variables to ask for and the plan, or
// the reason there is no plan. Pure: recomputed at each render from the inputs.
import type { DnsRecord } from '../../api/types.js';
import { TemplateError, type TemplateErrorCode } from '../../dns/templates/errors.js';
import { planTemplate } from '../../dns/templates/plan.js';
import { templateVariables } from '../../dns/templates/substitute.js';
import type { DomainConnectTemplate, TemplatePlan } from '../../dns/templates/types.js';

/** A variable the customer must fill in, labelled from the catalog when the template has it. */
export interface ParamField {
  /** The variable's name (lower case). */
  name: string;
  /** The field's label. */
  label: string;
  /** What a value looks like. */
  placeholder: string;
  /** Where to find the value. */
  help: string;
}

/** A catalog template's extra fields, read loosely so any Domain Connect template works. */
interface CatalogExtras {
  params?: { name: string; label?: string; placeholder?: string; help?: string }[];
  optionalGroups?: { groupId: string; label: string }[];
}

/** What the element shows for the current inputs. */
export type PlanView =
  | { kind: 'plan'; plan: TemplatePlan<DnsRecord> }
  | { kind: 'needs-params' }
  | { kind: 'error'; code: TemplateErrorCode | 'unknown'; message: string };

/** The template's optional groups (catalog `optionalGroups`), for checkboxes. */
export function optionalGroupsOf(template: DomainConnectTemplate): { groupId: string; label: string }[] {
  return (template as DomainConnectTemplate & CatalogExtras).optionalGroups ?? [];
}

/**
 * The groups to apply: those given; else every group but the optional ones left unticked;
 * `undefined` (all) when the template has no optional groups.
 */
export function effectiveGroups(
  template: DomainConnectTemplate,
  given: readonly string[],
  ticked: ReadonlySet<string>,
): string[] | undefined {
  if (given.length > 0) return [...given];
  const optional = optionalGroupsOf(template);
  if (optional.length === 0) return undefined;
  const all = [...new Set(template.records.flatMap((r) => (r.groupId === undefined ? [] : [r.groupId])))];
  const chosen = all.filter((id) => ticked.has(id) || !optional.some((g) => g.groupId === id));
  return chosen.length > 0 ? chosen : undefined;
}

/** The variables the partner did not give, as fields; none when the template is malformed (the plan says why). */
export function paramFields(
  template: DomainConnectTemplate,
  groups: readonly string[] | undefined,
  given: Readonly<Record<string, string>>,
): ParamField[] {
  let names: string[];
  try {
    names = templateVariables(template, groups);
  } catch {
    return [];
  }
  const givenKeys = new Set(Object.keys(given).map((k) => k.toLowerCase()));
  const described = (template as DomainConnectTemplate & CatalogExtras).params ?? [];
  return names
    .filter((name) => !givenKeys.has(name))
    .map((name) => {
      const about = described.find((p) => p.name.toLowerCase() === name);
      return { name, label: about?.label ?? name, placeholder: about?.placeholder ?? '', help: about?.help ?? '' };
    });
}

/** Plans the template, turning a `TemplateError` into what to show. */
export function planView(options: {
  zone: readonly DnsRecord[];
  domain: string;
  host: string;
  template: DomainConnectTemplate;
  params: Readonly<Record<string, string>>;
  groupIds: readonly string[] | undefined;
}): PlanView {
  try {
    return { kind: 'plan', plan: planTemplate(options) };
  } catch (error) {
    if (error instanceof TemplateError) {
      return error.code === 'MissingParameter' ? { kind: 'needs-params' } : { kind: 'error', code: error.code, message: error.message };
    }
    return { kind: 'error', code: 'unknown', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A plan's requests, as one string: two plans with the same key do the same thing. */
export function planKey(plan: TemplatePlan<DnsRecord>): string {
  const rec = (r: { type: string; name: string; value: string; ttl: number; priority?: number | null | undefined }) =>
    `${r.type} ${r.name} ${r.value} ${r.ttl} ${r.priority ?? ''}`;
  return JSON.stringify([
    plan.add.map(rec),
    plan.remove.map((r) => `${r.id} ${rec(r)}`),
    plan.change.map((c) => `${c.from.id} ${rec(c.from)} → ${rec(c.to)}`),
    plan.blocked.map((b) => rec(b.record)),
  ]);
}
