// "Is it live?" per row: watches public DNS-over-HTTPS resolvers after a create or a change,
// or when the customer asks, and keeps each record's latest state for the table.
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { Announcer } from '../../internal/announcer.js';
import type { RecordsController } from './records-controller.js';
import type { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import type { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import type { PropagationState } from '../../health/propagation.js';
import type { DohResolver } from '../../health/resolvers.js';
import { watchPropagation } from '../../health/propagation.js';

export { DEFAULT_RESOLVERS, type DohResolver } from '../../health/resolvers.js';

/** `off`: never ask resolvers; `public`: ask the public DoH resolvers of `resolvers`. */
export type PropagationMode = 'off' | 'public';

/** One record's propagation as the row shows it. */
export interface RowPropagation {
  /** `checking` until the first answer; then the state of the latest check. */
  state: PropagationState | 'checking';
  /** Resolvers that see the record. */
  seen: number;
  /** Resolvers asked. */
  total: number;
  /** True when watching stopped (live, or the TTL passed). */
  done: boolean;
}

/** The element's settings the controller follows. */
export interface PropagationSettings {
  /** Whether checking is on. */
  propagation: PropagationMode;
  /** The resolvers to ask. */
  resolvers: readonly (DohResolver | string)[];
}

/** What the controller needs from its element. */
export interface PropagationControllerOptions {
  /** Gives the zone, normalized. */
  records: Pick<RecordsController, 'zone'>;
  /** Says state changes in the element's live region. */
  announcer: Announcer;
  /** Names a record for people ("TXT record @"). */
  describe(record: DnsRecord): string;
}

/** The row's text for a state. */
export function propagationLabel(p: RowPropagation): string {
  switch (p.state) {
    case 'checking':
      return msg('Checking…', { id: 'propagation.checking' });
    case 'live':
      return msg('Live', { id: 'propagation.live' });
    case 'updating':
      return msg(str`Updating (${String(p.seen)} of ${String(p.total)} resolvers see it)`, { id: 'propagation.updating' });
    case 'not-visible':
      return msg('Not visible yet', { id: 'propagation.notVisible' });
    case 'unknown':
      return msg('Couldn’t check', { id: 'propagation.unknown' });
  }
}

/**
 * Watches records with `watchPropagation` (backoff up to the TTL plus a margin) and keeps
 * the latest state by record id. Starts after the host fires `pocketdns-record-create` or
 * `pocketdns-record-update`, and on {@link check}. Every watch stops when the element leaves
 * the page, when the domain changes ({@link clear}) and when the mode turns `off`.
 */
export class PropagationController implements ReactiveController {
  private states = new Map<string, RowPropagation>();
  private readonly watches = new Map<string, AbortController>();

  /**
   * @param host the element, with its settings; record events are heard on it
   * @param options the zone, and how to announce
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & PropagationSettings,
    private readonly options: PropagationControllerOptions,
  ) {
    host.addController(this);
  }

  /** Listens for the record events the records controller fires on the host. */
  hostConnected(): void {
    this.host.addEventListener('pocketdns-record-create', this.onChanged);
    this.host.addEventListener('pocketdns-record-update', this.onChanged);
  }

  /** Stops every watch and listener: nothing runs for an element that left the page. */
  hostDisconnected(): void {
    this.host.removeEventListener('pocketdns-record-create', this.onChanged);
    this.host.removeEventListener('pocketdns-record-update', this.onChanged);
    this.stopAll();
  }

  /** Turning `propagation` off stops every watch at once. */
  hostUpdate(): void {
    if (!this.enabled && (this.watches.size > 0 || this.states.size > 0)) this.clear();
  }

  /** Whether rows offer Check: only for `public`, so a mistyped value sends nothing. */
  get enabled(): boolean {
    return this.host.propagation === 'public';
  }

  /** The latest state of one record, if it was checked. */
  of(id: string): RowPropagation | undefined {
    return this.states.get(id);
  }

  private readonly onChanged = (event: PocketDnsRecordCreateEvent | PocketDnsRecordUpdateEvent): void => {
    // Our own element's events only: a nested element's would name another zone.
    if (event.target !== this.host) return;
    // Not announced: the live region is saying "Added …" now; the row shows the state.
    this.check(event.detail.record, false);
  };

  /**
   * Checks a record now and keeps watching it until it is live or its TTL passed; with
   * `announce` (the customer pressed Check) each new state is said in the live region.
   */
  check(record: DnsRecord, announce = true): void {
    const zone = this.options.records.zone;
    if (!this.enabled || !zone) return;
    this.watches.get(record.id)?.abort();
    const controller = new AbortController();
    this.watches.set(record.id, controller);
    this.set(record.id, { state: 'checking', seen: 0, total: 0, done: false });
    void Promise.resolve()
      .then(() =>
        watchPropagation(record, {
          zone,
          resolvers: this.host.resolvers,
          signal: controller.signal,
          onUpdate: (result, update) => {
            const before = this.states.get(record.id)?.state;
            const next: RowPropagation = { state: result.state, seen: result.seen, total: result.total, done: update.done };
            this.set(record.id, next);
            if (announce && before !== next.state)
              this.options.announcer.announce(
                msg(str`${this.options.describe(record)}: ${propagationLabel(next)}.`, { id: 'propagation.announce' }),
              );
          },
        }),
      )
      .catch(() => {
        // checkPropagation turns network failures into "unknown"; anything else is a bug in the
        // answer handling, and the row then says it could not check.
        this.set(record.id, { state: 'unknown', seen: 0, total: 0, done: true });
      })
      .finally(() => {
        if (this.watches.get(record.id) === controller) this.watches.delete(record.id);
      });
  }

  private set(id: string, state: RowPropagation): void {
    const states = new Map(this.states);
    states.set(id, state);
    this.states = states;
    this.host.requestUpdate();
  }

  /** Stops every watch, keeping the states shown. */
  stopAll(): void {
    for (const controller of this.watches.values()) controller.abort();
    this.watches.clear();
  }

  /** Stops every watch and forgets the states (another domain, or checking turned off). */
  clear(): void {
    this.stopAll();
    this.states = new Map();
  }
}
