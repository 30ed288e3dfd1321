// The health parts of the records table: a row's badge and propagation state, its details
// (findings with their fixes, "Is it live?" with Check), and the toolbar's problems button.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Finding, LintSeverity } from '../../dns/lint/types.js';
import { numberText } from '../../internal/i18n-words.js';
import { activeLocale } from '../../internal/i18n.js';
import { loadSetup, type Setup } from './setup-loader.js';
import { propagationLabel, type RowPropagation } from './propagation-controller.js';

/** What the health cells need: findings, propagation and row details. */
export interface HealthData {
  /** The findings of one record. */
  findings(id: string): readonly Finding[];
  /** The propagation state of one record, once checked. */
  propagation(id: string): RowPropagation | undefined;
  /** Whether rows offer Check (propagation is not `off`). */
  canCheck: boolean;
  /** Ids of rows whose details are open. */
  detailsOpen: ReadonlySet<string>;
  /** The customer opened or closed a row's details. */
  onToggleDetails(id: string): void;
  /** The customer asked whether a record is live. */
  onCheck(record: DnsRecord): void;
  /** Renders the table again (the findings' translations arrived). */
  rerender: () => void;
}

const ICONS: Record<LintSeverity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** "Error", "Warning", "Advice" in the active locale. */
function severityWord(severity: LintSeverity): string {
  if (severity === 'error') return msg('Error', { id: 'health.error' });
  if (severity === 'warning') return msg('Warning', { id: 'health.warning' });
  return msg('Advice', { id: 'health.advice' });
}

/** "1 problem", "3 problems", in the active locale. */
export const problemsLabel = (count: number): string =>
  count === 1 ? msg('1 problem', { id: 'health.problemsOne' }) : msg(str`${numberText(count)} problems`, { id: 'health.problems' });

/** The worst severity among findings (they come errors first). */
const worst = (findings: readonly Finding[]): LintSeverity => findings[0]?.severity ?? 'info';

/** The health cell of a row: the badge, the propagation state and the details toggle; `tab` its tabindex. */
export function renderHealthCell(view: HealthData, record: DnsRecord, label: string, tab: '0' | '-1'): TemplateResult {
  const findings = view.findings(record.id);
  const propagation = view.propagation(record.id);
  const open = view.detailsOpen.has(record.id);
  const severity = worst(findings);
  // Icon and count to the eye, "1 problem" to screen readers: the cell stays narrow.
  return html`<td role="cell" data-label=${msg('Health', { id: 'table.health' })} class="health">
    ${
      findings.length > 0
        ? html`<span class="health-badge ${severity}" part="health-badge"
          ><span aria-hidden="true">${ICONS[severity]}</span> ${numberText(findings.length)}<span class="visually-hidden">
            ${findings.length === 1 ? msg('problem', { id: 'domains.problemOne' }) : msg('problems', { id: 'domains.problemMany' })}</span
          ></span
        >`
        : nothing
    }
    ${
      propagation
        ? html`<span class="propagation ${propagation.state}" part="propagation" title=${propagationLabel(propagation)}
            >${propagationLabel(propagation)}</span
          >`
        : nothing
    }
    <button
      type="button"
      class="disclosure small"
      data-action="details"
      tabindex=${tab}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="details-${record.id}"
      aria-label=${msg(str`Details of ${label}`, { id: 'health.detailsLabel' })}
      title=${msg('Details', { id: 'health.details' })}
    >
      <span class="arrow" aria-hidden="true">${open ? '▾' : '▸'}</span>
    </button>
  </td>`;
}

/** The findings' translations: with "Set up a service", loaded on first use, so the core carries no second English table. */
let texts: Pick<Setup, 'findingText' | 'fixText'> | undefined;
let loading: Promise<Pick<Setup, 'findingText' | 'fixText'>> | undefined;

/**
 * A finding's text in the active locale: the rules' own English until (and unless) a translation
 * is needed and loaded; `rerender` shows it once loaded (no `until`: the first script need not carry it).
 */
function translated(
  english: string | undefined,
  pick: (t: Pick<Setup, 'findingText' | 'fixText'>) => string | undefined,
  rerender: () => void,
): string | undefined {
  if (texts) return pick(texts);
  if (activeLocale() === 'en') return english;
  loading ??= loadSetup().then((loaded) => (texts = loaded));
  loading.then(rerender, () => {
    loading = undefined; // English meanwhile; the next render tries again
  });
  return english;
}

function renderFinding(finding: Finding, rerender: () => void): TemplateResult {
  const fix = texts ? texts.fixText(finding) : finding.fix;
  return html`<li class="finding ${finding.severity}">
    <span class="severity"><span aria-hidden="true">${ICONS[finding.severity]}</span> ${msg(str`${severityWord(finding.severity)}:`, { id: 'health.severity' })}</span
    >
    <span class="message">${translated(finding.message, (t) => t.findingText(finding), rerender)}</span>
    ${fix ? html`<span class="fix"><b>${msg('Fix:', { id: 'health.fix' })}</b> <span class="fix-text">${translated(fix, (t) => t.fixText(finding), rerender)}</span></span>` : nothing}
    <code class="code">${finding.code}</code>
  </li>`;
}

/**
 * The details row under a row whose details are open: `index` is the record's position (for
 * the table's row actions), `rowIndex` the details row's `aria-rowindex`.
 */
export function renderDetailsRow(view: HealthData, record: DnsRecord, label: string, index: number, rowIndex: number): TemplateResult {
  const findings = view.findings(record.id);
  const propagation = view.propagation(record.id);
  return html`<tr role="row" class="details-row" part="details" data-index=${index} aria-rowindex=${rowIndex}>
    <td role="cell" id="details-${record.id}">
      <div class="details">
        ${
          findings.length > 0
            ? html`<ul class="findings" aria-label=${msg(str`Problems of ${label}`, { id: 'health.problemsOf' })}>
              ${findings.map((finding) => renderFinding(finding, view.rerender))}
            </ul>`
            : html`<p class="muted">${msg('No problems found with this record.', { id: 'health.none' })}</p>`
        }
        ${
          view.canCheck
            ? html`<p class="live-check">
              ${msg('Is it live?', { id: 'health.isLive' })}
              <b>${propagation ? propagationLabel(propagation) : msg('Not checked', { id: 'health.notChecked' })}</b>
              <button
                type="button"
                class="small"
                data-action="check"
                aria-label=${msg(str`Check whether ${label} is live`, { id: 'health.checkLabel' })}
                ?disabled=${propagation?.state === 'checking'}
              >
                ${msg('Check', { id: 'health.check' })}
              </button>
            </p>`
            : nothing
        }
      </div>
    </td>
  </tr>`;
}

/** The toolbar's "N problems" toggle, or nothing when the zone has none. */
export function renderProblemsButton(count: number, pressed: boolean, onToggle: () => void): TemplateResult | typeof nothing {
  if (count === 0) return nothing;
  return html`<button type="button" class="problems" part="problems-button" aria-pressed=${pressed ? 'true' : 'false'} @click=${onToggle}>
    <span aria-hidden="true">⚠</span> ${problemsLabel(count)}
  </button>`;
}
