// Lints the shown records off the hot path and keeps the findings by record id, plus the
// "problems only" toggle and which rows have their details open.
import { msg, str } from '@lit/localize';
import type { nothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Announcer } from '../../internal/announcer.js';
import type { Finding } from '../../dns/lint/types.js';
import type { PropagationController } from './propagation-controller.js';
import type { RecordsController } from './records-controller.js';
import { lintRecords } from '../../dns/lint/lint.js';
import { renderProblemsButton, type HealthData } from './record-health-views.js';
import { whenIdle } from '../../internal/when-idle.js';

/** What the controller needs from its element. */
export interface HealthControllerOptions {
  /** The loaded records (a new array on every change) and their zone. */
  records: Pick<RecordsController, 'records' | 'zone'>;
  /** Where the problems filter says what it shows. */
  announcer: Announcer;
}

const NONE: readonly Finding[] = [];

/**
 * The health of the shown records (in the extras part): lints them with `lintRecords` in idle time after they
 * load or change (a 10,000-record zone costs tens of milliseconds, so never inside a
 * render), once per records array. Also holds the "problems only" filter and the rows whose
 * details are open.
 */
export class HealthController implements ReactiveController {
  /** Every finding of the last lint, errors first. */
  findings: readonly Finding[] = NONE;
  /** Show only the records with findings. */
  problemsOnly = false;
  /** Ids of rows whose details are open. */
  detailsOpen: ReadonlySet<string> = new Set();
  private byRecord = new Map<string, Finding[]>();
  private linted: readonly DnsRecord[] | undefined;
  private scheduled: readonly DnsRecord[] | undefined;
  private cancel: (() => void) | undefined;

  /**
   * @param host re-rendered when findings arrive
   * @param options where the records come from
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HealthControllerOptions,
  ) {
    host.addController(this);
  }

  /** Nothing to do on connect: the first update schedules the lint. */
  hostConnected(): void {}

  /** Stops a scheduled lint. */
  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.scheduled = undefined;
  }

  /** After each update: lint the records if their array changed since the last lint. */
  hostUpdated(): void {
    const records = this.options.records.records;
    if (records === this.linted || records === this.scheduled) return;
    this.cancel?.();
    this.scheduled = records;
    this.cancel = whenIdle(() => {
      this.cancel = undefined;
      this.scheduled = undefined;
      // Another change came in meanwhile: the next update lints that one.
      if (records !== this.options.records.records) return;
      this.lint(records);
    });
  }

  private lint(records: readonly DnsRecord[]): void {
    const zone = this.options.records.zone;
    this.linted = records;
    this.findings = zone && records.length > 0 ? lintRecords(records, { zone }) : NONE;
    const byRecord = new Map<string, Finding[]>();
    for (const finding of this.findings) {
      for (const id of finding.recordIds) {
        const list = byRecord.get(id);
        if (list) list.push(finding);
        else byRecord.set(id, [finding]);
      }
    }
    this.byRecord = byRecord;
    if (this.problemsOnly && this.findings.length === 0) this.problemsOnly = false;
    this.host.requestUpdate();
  }

  /** The findings that concern one record (empty when none, or before the first lint). */
  of(id: string): readonly Finding[] {
    return this.byRecord.get(id) ?? NONE;
  }

  /** The rows to show: all of them, or only those with findings while the filter is on. */
  only(rows: readonly DnsRecord[]): readonly DnsRecord[] {
    return this.problemsOnly ? rows.filter((r) => this.byRecord.has(r.id)) : rows;
  }

  /** Turns the "problems only" filter on or off. */
  readonly toggleProblemsOnly = (): void => {
    this.problemsOnly = !this.problemsOnly;
    this.host.requestUpdate();
  };

  /** The toolbar's "N problems" toggle (nothing while there are none). */
  renderButton(): TemplateResult | typeof nothing {
    return renderProblemsButton(this.findings.length, this.problemsOnly, () => {
      this.toggleProblemsOnly();
      const count = this.findings.length;
      this.options.announcer.announce(
        !this.problemsOnly
          ? msg('Showing all records.', { id: 'health.showAll' })
          : count === 1
            ? msg('Showing the records with 1 problem.', { id: 'health.showProblemsOne' })
            : msg(str`Showing the records with ${count} problems.`, { id: 'health.showProblems' }),
      );
    });
  }

  /** What the table's health cells need: findings, propagation and row details. */
  data(propagation: PropagationController): HealthData {
    return {
      findings: (id) => this.of(id),
      propagation: (id) => propagation.of(id),
      canCheck: propagation.enabled,
      detailsOpen: this.detailsOpen,
      onToggleDetails: this.toggleDetails,
      onCheck: (record) => {
        propagation.check(record);
      },
      rerender: () => {
        this.host.requestUpdate();
      },
    };
  }

  /** Opens or closes one row's details. */
  readonly toggleDetails = (id: string): void => {
    const open = new Set(this.detailsOpen);
    if (!open.delete(id)) open.add(id);
    this.detailsOpen = open;
    this.host.requestUpdate();
  };

  /** Opens one row's details (after a change, to show its propagation). */
  openDetails(id: string): void {
    if (this.detailsOpen.has(id)) return;
    this.toggleDetails(id);
  }

  /** Forgets everything (another domain). */
  clear(): void {
    this.hostDisconnected();
    this.findings = NONE;
    this.byRecord = new Map();
    this.linted = undefined;
    this.problemsOnly = false;
    this.detailsOpen = new Set();
  }
}
