// What the first script keeps of everything past the first rows: it loads the extras part in the
// first idle time after records show (or on the first Add, Edit or Delete), then hands over to
// it. Until then the Health column stays empty, there is no problems button, and an Add, Edit or
// Delete waits for the part (a click is never lost; a part that cannot load says so, with Retry).
import { msg } from '@lit/localize';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import type { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import type { ModalHost } from '../../internal/modal-controller.js';
import type { DeleteFlowOptions } from './delete-flow.js';
import type { EditorFlowOptions } from './editor-flow.js';
import { WAITING, type HealthOptions, type HealthParts, type HealthView } from './health-hook.js';
import type { PropagationSettings } from './propagation-controller.js';
import { loadExtras } from './setup-loader.js';
import { whenIdle } from '../../internal/when-idle.js';

/** What adding, editing and deleting need from the element. */
export type FlowOptions = Omit<EditorFlowOptions & DeleteFlowOptions, 'changes' | 'allowed'> & {
  /** The domain shown (for the partner's before-change event). */
  domainId(): string;
  /** The locale times are written in. */
  intlLocale(): string;
};

/** What the loaded part gives for adding, editing and deleting (see flows-parts.ts). */
export interface FlowParts {
  /** Opens an empty record form. */
  add(opener: HTMLElement): void;
  /** Opens the form filled in from `record`. */
  edit(record: DnsRecord, opener: HTMLElement): void;
  /** Asks the customer to confirm deleting `record`. */
  ask(record: DnsRecord, opener: HTMLElement): void;
  /** Copies a record's value, and says so. */
  copy(record: DnsRecord): Promise<void>;
  /** Ends a pending Undo offer and closes the form and the confirmation (another domain). */
  clear(): void;
  /** The Undo offer above the table. */
  renderUndo(): TemplateResult | typeof nothing;
  /** The form's and the delete confirmation's dialogs. */
  renderDialogs(): TemplateResult;
}

/** What the hook needs from the element. */
export type ExtrasOptions = HealthOptions &
  FlowOptions & {
    /** Says above the table that a part could not be loaded, with Retry. */
    failed(message: string, retry: () => void): void;
  };

/** The element: its propagation settings, its shadow root for dialogs; record events are heard on it. */
export type ExtrasHost = ReactiveControllerHost & ModalHost & HTMLElement & PropagationSettings;

interface Parts {
  health: HealthParts;
  flows: FlowParts;
}

/**
 * Loads the extras part once records show (again after a records change, if it failed) and
 * hands over to it; a record created or changed before then is checked once it is there.
 */
export class ExtrasHook implements ReactiveController {
  private parts: Parts | undefined;
  private failedFor: readonly DnsRecord[] | undefined;
  private loading: Promise<Parts> | undefined;
  private cancel: (() => void) | undefined;
  /** The latest Add, Edit or Delete waiting for the part: only the last click goes through. */
  private waiting: object | undefined;

  /**
   * @param host the element
   * @param options the records, the live region, and what changes need from the element
   */
  constructor(
    private readonly host: ExtrasHost,
    private readonly options: ExtrasOptions,
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

  private load(): Promise<Parts> {
    this.loading ??= loadExtras().then(
      ({ createHealth, createFlows }) => {
        this.parts ??= { health: createHealth(this.host, this.options), flows: createFlows(this.host, this.options) };
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

  /**
   * Runs `action` with the part: at once once loaded, else after it loaded and rendered its
   * dialogs. A part that cannot be loaded says so above the table (`form`: the record form's
   * words), with Retry.
   */
  private with(action: (flows: FlowParts) => void, form = false): void {
    const request = (this.waiting = {});
    if (this.parts) {
      action(this.parts.flows);
      return;
    }
    this.load().then(
      async (parts) => {
        await this.host.updateComplete;
        if (this.waiting === request) action(parts.flows);
      },
      (error: unknown) => {
        if (this.waiting !== request) return;
        this.options.reportError(error);
        const message = form
          ? msg('The record form could not be loaded. Check your connection and try again.', { id: 'records.formLoadFailed' })
          : msg('This action could not be loaded. Check your connection and try again.', { id: 'records.actionLoadFailed' });
        this.options.failed(message, () => {
          this.with(action, form);
        });
      },
    );
  }

  private readonly onChanged = (event: PocketDnsRecordCreateEvent | PocketDnsRecordUpdateEvent): void => {
    if (this.parts || event.target !== this.host) return;
    const { record } = event.detail;
    this.load().then(
      (parts) => {
        parts.health.check(record);
      },
      () => undefined,
    );
  };

  /** Opens an empty record form (Add record). */
  readonly add = (event: Event): void => {
    const opener = event.currentTarget as HTMLElement;
    this.with((flows) => {
      flows.add(opener);
    }, true);
  };

  /** Opens the record form filled in from `record`. */
  edit(record: DnsRecord, opener: HTMLElement): void {
    this.with((flows) => {
      flows.edit(record, opener);
    }, true);
  }

  /** Copies a record's value to the clipboard. */
  copy(record: DnsRecord): void {
    this.with((flows) => void flows.copy(record));
  }

  /** Asks the customer to confirm deleting `record`. */
  ask(record: DnsRecord, opener: HTMLElement): void {
    this.with((flows) => {
      flows.ask(record, opener);
    });
  }

  /** Whether the "problems only" filter is on. */
  get problemsOnly(): boolean {
    return this.parts?.health.problemsOnly ?? false;
  }

  /** The rows to show: all, or only those with findings while the filter is on. */
  only(rows: readonly DnsRecord[]): readonly DnsRecord[] {
    return this.parts ? this.parts.health.only(rows) : rows;
  }

  /** The toolbar's "N problems" toggle (nothing before the part loads, or while there are none). */
  renderButton(): TemplateResult | typeof nothing {
    return this.parts ? this.parts.health.renderButton() : nothing;
  }

  /** What the table needs to show health. */
  view(): HealthView {
    return this.parts ? this.parts.health.view() : WAITING;
  }

  /** The Undo offer after a delete (none before the part loads). */
  renderUndo(): TemplateResult | typeof nothing {
    return this.parts ? this.parts.flows.renderUndo() : nothing;
  }

  /** The form's and the delete confirmation's dialogs (none before the part loads). */
  renderDialogs(): TemplateResult | typeof nothing {
    return this.parts ? this.parts.flows.renderDialogs() : nothing;
  }

  /** Forgets everything (another domain), and drops an Add, Edit or Delete still waiting for the part. */
  clear(): void {
    this.parts?.health.clear();
    this.parts?.flows.clear();
    this.failedFor = undefined;
    // An Edit or Delete still waiting for the part was about a record of the last domain.
    this.waiting = undefined;
  }
}
