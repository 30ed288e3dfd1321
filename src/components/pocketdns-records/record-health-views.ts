// The health parts of the records table: a row's badge and propagation state, its details
// (findings with their fixes, "Is it live?" with Check), and the toolbar's problems button.
import { html, nothing, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Finding, LintSeverity } from '../../dns/lint/types.js';
import { propagationLabel, type RowPropagation } from './propagation-controller.js';

/** What the table needs to show health. */
export interface HealthView {
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
}

const ICONS: Record<LintSeverity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const SEVERITY_WORD: Record<LintSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Advice' };

/** "1 problem", "3 problems". */
export const problemsLabel = (count: number): string => `${String(count)} ${count === 1 ? 'problem' : 'problems'}`;

/** The worst severity among findings (they come errors first). */
const worst = (findings: readonly Finding[]): LintSeverity => findings[0]?.severity ?? 'info';

/** The health cell of a row: the badge, the propagation state and the details toggle; `tab` its tabindex. */
export function renderHealthCell(view: HealthView, record: DnsRecord, label: string, tab: '0' | '-1'): TemplateResult {
  const findings = view.findings(record.id);
  const propagation = view.propagation(record.id);
  const open = view.detailsOpen.has(record.id);
  const severity = worst(findings);
  // Icon and count to the eye, "1 problem" to screen readers: the cell stays narrow.
  return html`<td role="cell" data-label="Health" class="health">
    ${
      findings.length > 0
        ? html`<span class="health-badge ${severity}" part="health-badge"
          ><span aria-hidden="true">${ICONS[severity]}</span> ${findings.length}<span class="visually-hidden">
            ${findings.length === 1 ? 'problem' : 'problems'}</span
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
      aria-label="Details of ${label}"
      title="Details"
    >
      ${open ? '▾' : '▸'}
    </button>
  </td>`;
}

function renderFinding(finding: Finding): TemplateResult {
  return html`<li class="finding ${finding.severity}">
    <span class="severity"><span aria-hidden="true">${ICONS[finding.severity]}</span> ${SEVERITY_WORD[finding.severity]}:</span>
    ${finding.message}
    ${finding.fix ? html`<span class="fix"><b>Fix:</b> ${finding.fix}</span>` : nothing}
    <code class="code">${finding.code}</code>
  </li>`;
}

/**
 * The details row under a row whose details are open: `index` is the record's position (for
 * the table's row actions), `rowIndex` the details row's `aria-rowindex`.
 */
export function renderDetailsRow(view: HealthView, record: DnsRecord, label: string, index: number, rowIndex: number): TemplateResult {
  const findings = view.findings(record.id);
  const propagation = view.propagation(record.id);
  return html`<tr role="row" class="details-row" part="details" data-index=${index} aria-rowindex=${rowIndex}>
    <td role="cell" id="details-${record.id}">
      <div class="details">
        ${
          findings.length > 0
            ? html`<ul class="findings" aria-label="Problems of ${label}">
              ${findings.map(renderFinding)}
            </ul>`
            : html`<p class="muted">No problems found with this record.</p>`
        }
        ${
          view.canCheck
            ? html`<p class="live-check">
              Is it live?
              <b>${propagation ? propagationLabel(propagation) : 'Not checked'}</b>
              <button
                type="button"
                class="small"
                data-action="check"
                aria-label="Check whether ${label} is live"
                ?disabled=${propagation?.state === 'checking'}
              >
                Check
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
