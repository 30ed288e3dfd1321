// What the first script keeps of record health: a Health column that stays empty, and no
// problems button, until the loaded part (with the linter) answers. The findings, the
// "Is it live?" watch and their rendering live in the extras part (health-parts.ts): the first
// rows never wait for them, and the first script does not carry them.
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Announcer } from '../../internal/announcer.js';
import type { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import type { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import type { PropagationSettings } from './propagation-controller.js';
import type { RecordsController } from './records-controller.js';
import { loadExtras } from './setup-loader.js';

/** What the table needs to show health: the cells and details rows come from the loaded part. */
export interface HealthView {
  /** Ids of rows whose details are open. */
  detailsOpen: ReadonlySet<string>;
  /** A row's Health cell; `tab` is the tabindex of its controls. */
  cell(record: DnsRecord, label: string, tab: '0' | '-1'): TemplateResult;
  /** The details row under a row whose details are open. */
  details(record: DnsRecord, label: string, index: number, rowIndex: number): TemplateResult;
  /** The customer opened or closed a row's details. */
  onToggleDetails(id: string): void;
  /** The customer asked whether a record is live. */
  onCheck(record: DnsRecord): void;
}

/** What the element gives: its records, its live region, and how to name a record. */
export interface HealthOptions {
  /** The loaded records (a new array on every change) and their zone. */
  records: Pick<RecordsController, 'records' | 'zone'>;
  /** Where the problems filter and Check say what they do. */
  announcer: Announcer;
  /** Names a record for people ("TXT record @"). */
  describe(record: DnsRecord): string;
}

/** What the loaded part gives the element (see health-parts.ts). */
export interface HealthParts {
  /** Whether the "problems only" filter is on. */
  readonly problemsOnly: boolean;
  /** The rows to show under the filter. */
  only(rows: readonly DnsRecord[]): readonly DnsRecord[];
  /** The toolbar's "N problems" toggle. */
  renderButton(): TemplateResult | typeof nothing;
  /** The table's health view. */
  view(): HealthView;
  /** Checks a record changed before the part was loaded. */
  check(record: DnsRecord): void;
  /** Forgets everything (another domain). */
  clear(): void;
}

/** Runs `run` when the browser is idle (Safari has no requestIdleCallback); returns a cancel function. */
function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in globalThis) {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(run, 50);
  return () => {
    clearTimeout(timer);
  };
}

const CLOSED: ReadonlySet<string> = new Set();

/** Before the part loads: an empty Health cell (the column keeps its place), no details. */
const WAITING: HealthView = {
  detailsOpen: CLOSED,
  cell: () => html`<td role="cell" data-label=${msg('Health', { id: 'table.health' })} class="health"></td>`,
  details: () => html``,
  onToggleDetails: () => undefined,
  onCheck: () => undefined,
};

/**
 * Loads the health part in the first idle time after records show (again after a records
 * change, if it failed) and hands over to it; a record created or changed before then is
 * checked once it is there.
 */
export class HealthHook implements ReactiveController {
  private parts: HealthParts | undefined;
  private failedFor: readonly DnsRecord[] | undefined;
  private loading: Promise<HealthParts> | undefined;
  private cancel: (() => void) | undefined;

  /**
   * @param host the element, with its propagation settings; record events are heard on it
   * @param options the records, the live region and how to name a record
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & PropagationSettings,
    private readonly options: HealthOptions,
  ) {
    host.addController(this);
  }

  /** Hears record changes until the part (which hears them itself) is loaded. */
  hostConnected(): void {
    this.host.addEventListener('pocketdns-record-create', this.onChanged);
    this.host.addEventListener('pocketdns-record-update', this.onChanged);
  }

  /** Stops listening and any scheduled load. */
  hostDisconnected(): void {
    this.host.removeEventListener('pocketdns-record-create', this.onChanged);
    this.host.removeEventListener('pocketdns-record-update', this.onChanged);
    this.cancel?.();
    this.cancel = undefined;
  }

  /** After records show: load the part in idle time. */
  hostUpdated(): void {
    const records = this.options.records.records;
    if (this.parts || this.loading || this.cancel || records.length === 0 || records === this.failedFor) return;
    this.cancel = whenIdle(() => {
      this.cancel = undefined;
      this.load().catch(() => {
        // No findings without the linter: the records stay usable, and the next change tries again.
        this.failedFor = records;
      });
    });
  }

  private load(): Promise<HealthParts> {
    this.loading ??= loadExtras().then(
      ({ createHealth }) => {
        this.parts ??= createHealth(this.host, this.options);
        this.host.requestUpdate();
        return this.parts;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  private readonly onChanged = (event: PocketDnsRecordCreateEvent | PocketDnsRecordUpdateEvent): void => {
    if (this.parts || event.target !== this.host) return;
    const { record } = event.detail;
    this.load().then(
      (parts) => {
        parts.check(record);
      },
      () => undefined,
    );
  };

  /** Whether the "problems only" filter is on. */
  get problemsOnly(): boolean {
    return this.parts?.problemsOnly ?? false;
  }

  /** The rows to show: all, or only those with findings while the filter is on. */
  only(rows: readonly DnsRecord[]): readonly DnsRecord[] {
    return this.parts ? this.parts.only(rows) : rows;
  }

  /** The toolbar's "N problems" toggle (nothing before the part loads, or while there are none). */
  renderButton(): TemplateResult | typeof nothing {
    return this.parts ? this.parts.renderButton() : nothing;
  }

  /** What the table needs to show health. */
  view(): HealthView {
    return this.parts ? this.parts.view() : WAITING;
  }

  /** Forgets everything (another domain). */
  clear(): void {
    this.parts?.clear();
    this.failedFor = undefined;
  }
}
