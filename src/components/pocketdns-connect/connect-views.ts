// The plan as the customer reads it: what is added, changed and removed, each with why, what
// PocketDNS would refuse, and what is already in place.
import { msg, str } from '@lit/localize';
import { activeLocale } from '../../internal/i18n.js';
import { noteText } from '../../internal/i18n-notes.js';
import { ttlText } from '../../internal/i18n-words.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import { toUnicodeName } from '../../dns/names.js';
import type { PlannedRecord, TemplatePlan } from '../../dns/templates/types.js';
import { blockedText } from './blocked-text.js';
import type { ParamField } from './connect-plan.js';

type Shown = Pick<PlannedRecord, 'type' | 'name' | 'value' | 'ttl'> & { priority?: number | null | undefined };

/** `www.example.com`, `example.com` for `@`, in Unicode. */
export function shownName(name: string, zone: string): string {
  return toUnicodeName(name === '@' ? zone : `${name}.${zone}`);
}

function record(r: Shown, zone: string): TemplateResult {
  return html`<span class="type">${r.type}</span>
    <span class="name">${shownName(r.name, zone)}</span>
    <span class="arrow" aria-hidden="true">→</span>
    <span class="value">${r.priority === null || r.priority === undefined ? '' : `${r.priority} `}${r.value}</span>
    <span class="ttl">TTL ${ttlText(r.ttl)}</span>`;
}

/** The notes about `item` (the plan keeps the very record objects). */
const reasonsFor = (plan: TemplatePlan<DnsRecord>, item: object): string[] => plan.notes.filter((n) => n.record === item).map(noteText);

function section(id: string, title: string, items: TemplateResult[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<section class="group ${id}" aria-labelledby="plan-${id}">
    <h3 id="plan-${id}">${title} (${items.length})</h3>
    <ul>
      ${items}
    </ul>
  </section>`;
}

const why = (reasons: string[]): TemplateResult | typeof nothing =>
  reasons.length === 0 ? nothing : html`<p class="why">${reasons.join(' ')}</p>`;

/** The plan's sections. */
export function renderPlan(plan: TemplatePlan<DnsRecord>, zone: string, provider: string): TemplateResult {
  return html`<div class="plan" part="plan">
    ${section(
      'add',
      msg('Records to add', { id: 'connect.plan.add' }),
      plan.add.map(
        (r) =>
          html`<li>${record(r, zone)}${why(reasonsFor(plan, r).length > 0 ? reasonsFor(plan, r) : [msg(str`${provider} needs this record.`, { id: 'connect.plan.needs' })])}</li>`,
      ),
    )}
    ${section(
      'change',
      msg('Records to change', { id: 'connect.plan.change' }),
      plan.change.map(
        (c) => html`<li>
          ${record(c.from, zone)}
          <p class="becomes">
            ${msg('becomes', { id: 'import.becomes' })} <span class="value">${c.to.value}</span> <span class="ttl">TTL ${c.to.ttl} s</span>
          </p>
          ${why(reasonsFor(plan, c.from))}
        </li>`,
      ),
    )}
    ${section(
      'remove',
      msg('Records to remove', { id: 'connect.plan.remove' }),
      plan.remove.map((r) => html`<li>${record(r, zone)}${why(reasonsFor(plan, r))}</li>`),
    )}
    ${section(
      'blocked',
      msg('Records PocketDNS would refuse', { id: 'connect.plan.blocked' }),
      plan.blocked.map((b) => html`<li>${record(b.record, zone)}${why(b.causes.map((c) => blockedText(c, b.record)))}</li>`),
    )}
    ${section(
      'unchanged',
      msg('Already in place', { id: 'connect.plan.unchanged' }),
      plan.unchanged.map((r) => html`<li>${record(r, zone)}</li>`),
    )}
  </div>`;
}

/** The form for the variables the partner did not give. */
export function renderParams(
  fields: readonly ParamField[],
  values: Readonly<Record<string, string>>,
  onInput: (name: string, value: string) => void,
): TemplateResult | typeof nothing {
  if (fields.length === 0) return nothing;
  return html`<fieldset class="params" part="params">
    <legend>${msg('Details the service needs', { id: 'connect.params' })}</legend>
    ${fields.map(
      (f) => html`<div class="field">
        <label for="param-${f.name}">${f.label}</label>
        <input
          id="param-${f.name}"
          name=${f.name}
          autocomplete="off"
          spellcheck="false"
          placeholder=${f.placeholder}
          aria-describedby=${f.help ? `param-${f.name}-help` : nothing}
          .value=${values[f.name] ?? ''}
          @input=${(e: Event) => {
            onInput(f.name, (e.target as HTMLInputElement).value);
          }}
        />
        ${f.help ? html`<p class="hint" id="param-${f.name}-help">${f.help}</p>` : nothing}
      </div>`,
    )}
  </fieldset>`;
}

/** Checkboxes for the template's optional groups. */
export function renderGroups(
  groups: readonly { groupId: string; label: string }[],
  ticked: ReadonlySet<string>,
  onToggle: (groupId: string, on: boolean) => void,
): TemplateResult | typeof nothing {
  if (groups.length === 0) return nothing;
  return html`<fieldset class="groups" part="groups">
    <legend>${msg('Optional', { id: 'connect.optional' })}</legend>
    ${groups.map(
      (g) => html`<label class="check">
        <input
          type="checkbox"
          .checked=${ticked.has(g.groupId)}
          @change=${(e: Event) => {
            onToggle(g.groupId, (e.target as HTMLInputElement).checked);
          }}
        />
        ${g.label}
      </label>`,
    )}
  </fieldset>`;
}

/** One sentence: how many records go which way. */
export function countSentence(counts: { added: number; changed: number; removed: number }): string {
  const parts: string[] = [];
  const { added, changed, removed } = counts;
  if (added > 0)
    parts.push(
      added === 1
        ? msg('1 record added', { id: 'connect.count.addedOne' })
        : msg(str`${added} records added`, { id: 'connect.count.added' }),
    );
  if (changed > 0)
    parts.push(
      changed === 1
        ? msg('1 record changed', { id: 'connect.count.changedOne' })
        : msg(str`${changed} records changed`, { id: 'connect.count.changed' }),
    );
  if (removed > 0)
    parts.push(
      removed === 1
        ? msg('1 record removed', { id: 'connect.count.removedOne' })
        : msg(str`${removed} records removed`, { id: 'connect.count.removed' }),
    );
  if (parts.length === 0) return msg('no records changed', { id: 'connect.count.none' });
  return new Intl.ListFormat(activeLocale(), { type: 'unit', style: 'short' }).format(parts);
}
