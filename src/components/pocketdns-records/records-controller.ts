import { msg, str } from '@lit/localize';
import { initialState, Task } from '../../internal/task.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord, DomainDetails } from '../../api/types.js';
import { normalizeZone } from '../../dns/names.js';
import type { NormalizedRecord } from '../../dns/types.js';
import { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import { PocketDnsRecordDeleteEvent } from '../../events/record-delete.js';
import { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import { withRateLimitRetries } from '../../internal/rate-limit-retry.js';
import type { Connection } from '../../session/connection.js';
import { RecordQuery } from './record-query.js';
import {
  ChangedElsewhereError,
  findCreated,
  holds,
  isNotFound,
  isUnknownOutcome,
  readRecord,
  stillUnknown,
  unchangedElsewhere,
} from './reconcile.js';
import { Reconciler } from './reconciler.js';
import { ZoneSync } from './zone-sync.js';

/** What the controller needs from its element. */
export interface RecordsControllerOptions {
  /** The connection to use, once the session is ready. */
  connection(): Connection | undefined;
  /** The domain to show. */
  domainId(): string;
  /** Reports a failure to the partner's page and gives it back typed. */
  reportError(error: unknown): PocketDnsApiError;
  /** A rate-limited change waits until `until` (undefined: the wait is over). */
  onRateLimitWait(until: Date | undefined): void;
  /** A change whose answer was lost turned out to have been made (or a delete to be done already). */
  onRecovered(message: string): void;
}

/**
 * The records of one domain as the element shows them: loads them, keeps the list, marks
 * changes in flight, and makes every change optimistic: the list shows it at once, and puts
 * things back as they were when PocketDNS refuses it. Rate-limited changes wait for the reset
 * and try again. Fires the record events after PocketDNS confirmed a change.
 */
export class RecordsController implements ReactiveController {
  /** The domain, once loaded. */
  domain: DomainDetails | undefined;
  /** The records as the customer should see them now. */
  records: DnsRecord[] = [];
  /** Records with a change in flight, with what to show ("Saving…"). */
  pending: ReadonlyMap<string, string> = new Map();
  /** Filtering and sorting over {@link records}. */
  readonly query = new RecordQuery();
  /** Loads the domain's details. */
  readonly task: Task<readonly [Connection | undefined, string], DomainDetails>;
  private tempSeq = 0;
  private connected = false;
  /** Changes sent and not yet answered (a delete shows no pending row, so rows cannot tell). */
  private inFlight = 0;
  /** Brings the list back in line with PocketDNS after an outcome it cannot know. */
  private readonly reconciler = new Reconciler({
    connection: () => this.options.connection(),
    domainId: () => this.options.domainId(),
    busy: () => this.inFlight > 0,
    connected: () => this.connected,
    show: (details) => {
      this.domain = details;
      this.records = details.dns_records;
      this.host.requestUpdate();
    },
  }); /** Changes made elsewhere (other tabs, other elements) make this list read the domain again. */
  private readonly sync = new ZoneSync((domainId) => {
    if (domainId !== this.options.domainId()) return;
    // With a change of this list in flight, the read waits for it to settle.
    if (this.inFlight === 0) this.refresh();
    else this.reconciler.start(domainId);
  });
  /** Creates whose outcome stayed unknown: checked at PocketDNS before they are sent again. */
  private readonly unsure = new Set<string>();

  /**
   * @param host the element
   * @param options what the controller needs from it
   */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: RecordsControllerOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([connection, domainId]) => {
        if (!connection || !domainId) return initialState;
        try {
          const details = await connection.domains.get(domainId);
          this.checkZone(details.name);
          return details;
        } catch (error) {
          throw options.reportError(error);
        }
      },
      args: () => [options.connection(), options.domainId()] as const,
      onComplete: (details) => {
        this.domain = details;
        this.records = details.dns_records;
        const loaded = this.records;
        this.query.prepare(loaded, () => this.records === loaded);
      },
    });
  }

  /** Listens to changes made elsewhere (other tabs, a connection, an undo, an import); the load task starts itself. */
  hostConnected(): void {
    this.connected = true;
    this.sync.open();
  }

  /** Stops listening. */
  hostDisconnected(): void {
    this.connected = false;
    this.sync.close();
  }

  /** True when no change is in flight and the list is not being checked against PocketDNS. */
  get settled(): boolean {
    return this.inFlight === 0 && !this.reconciler.active;
  }

  /**
   * After a change that failed in a way that may leave the list and PocketDNS apart (a lost
   * answer, a record changed or deleted elsewhere), reads the domain again until it agrees.
   * A refusal (422, 400, 403) changed nothing: its rollback is exact.
   */
  private reconcileAfter(error: unknown): void {
    if (error instanceof PocketDnsApiError && ['validation_failed', 'bad_request', 'forbidden'].includes(error.code)) return;
    this.reconciler.start(this.options.domainId());
  }

  /** Runs a change, counting it as in flight until it is answered. */
  private async counted<T>(run: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await run();
    } finally {
      this.inFlight -= 1;
      this.host.requestUpdate();
    }
  }

  /** The domain's zone name, normalized ('' until loaded). */
  get zone(): string {
    return this.domain ? normalizeZone(this.domain.name) : '';
  }

  /** Refuses a domain whose name the DNS rules cannot read, so the element shows an error instead of failing to render. */
  private checkZone(name: string): void {
    try {
      normalizeZone(name);
    } catch (cause) {
      throw new PocketDnsApiError({
        status: 200,
        code: 'invalid_response',
        messages: [
          msg(str`PocketDNS sent a domain name that is not valid (${JSON.stringify(name)}), so its records cannot be shown.`, {
            id: 'records.badZone',
          }),
        ],
        cause,
      });
    }
  }

  /** Forgets the shown domain (another one was chosen). */
  clear(): void {
    this.domain = undefined;
    this.records = [];
    this.pending = new Map();
  }

  /** Loads the records again from PocketDNS. */
  refresh(): void {
    const domainId = this.options.domainId();
    if (domainId) this.options.connection()?.domains.invalidate(domainId);
    void this.task.run();
  }

  /** Records the customer may clash with: everything but other changes still in flight. */
  settledRecords(exceptId?: string): DnsRecord[] {
    // The same array while nothing is in flight: no copy of the zone on every render.
    if (this.pending.size === 0) return this.records;
    return this.records.filter((r) => !this.pending.has(r.id) || r.id === exceptId);
  }

  /**
   * Adds a record: sent first, then shown as pending (`onSent` is called then too), replaced
   * by PocketDNS's answer, removed if refused. When the answer is lost, PocketDNS is asked
   * whether the record exists before anything is said, so a retry cannot make a duplicate.
   */
  create(record: NormalizedRecord, onSent?: () => void): Promise<DnsRecord> {
    return this.counted(() => this.createNow(record, onSent));
  }

  private async createNow(record: NormalizedRecord, onSent?: () => void): Promise<DnsRecord> {
    const connection = this.require();
    const domainId = this.options.domainId();
    const before = this.records;
    const knownIds = (): Set<string> => new Set(before.map((r) => r.id));
    const stamp = new Date().toISOString();
    const tempId = `pending-${String((this.tempSeq += 1))}`;
    // Nothing that renders runs before the request has left: the optimistic row is painted after.
    let shown = false;
    const show = (): void => {
      if (shown) return;
      shown = true;
      this.records = [...this.records, { id: tempId, domain_id: domainId, ...record, created_at: stamp, updated_at: stamp }];
      this.setPending(tempId, msg('Saving…', { id: 'records.pending' }));
      onSent?.();
    };
    const key = JSON.stringify([domainId, record.type, record.name, record.value, record.priority]);
    try {
      let created: DnsRecord | undefined;
      try {
        // A create whose answer was lost may exist: sending it again would make a duplicate.
        if (this.unsure.has(key)) {
          show();
          created = await findCreated(connection.client, domainId, record, knownIds());
        }
        created ??= await this.withRetries(() => connection.client.createRecord({ domain_id: domainId, ...record }, { onSend: show }));
        this.unsure.delete(key);
      } catch (error) {
        show();
        if (isUnknownOutcome(error)) this.unsure.add(key);
        const found = await this.afterLostAnswer(error, () => findCreated(connection.client, domainId, record, knownIds()), 'saved');
        if (!found) throw error;
        this.unsure.delete(key);
        created = found;
        this.options.onRecovered(
          msg(str`PocketDNS saved the ${record.type} record ${record.name} after all.`, { id: 'records.recovered.created' }),
        );
      }
      connection.domains.invalidate(domainId);
      this.replace(tempId, created);
      this.host.dispatchEvent(new PocketDnsRecordCreateEvent({ record: created }));
      this.sync.changed(domainId);
      return created;
    } catch (error) {
      this.replace(tempId, undefined);
      this.reconcileAfter(error);
      throw this.options.reportError(error);
    } finally {
      this.setPending(tempId, undefined);
    }
  }

  /**
   * Changes a record: shown changed at once, put back as it was if refused. A lost answer is
   * checked against what PocketDNS holds; a record deleted elsewhere leaves the list.
   */
  update(previous: DnsRecord, record: NormalizedRecord): Promise<DnsRecord> {
    return this.counted(() => this.updateNow(previous, record));
  }

  private async updateNow(previous: DnsRecord, record: NormalizedRecord): Promise<DnsRecord> {
    const connection = this.require();
    this.replace(previous.id, { ...previous, ...record });
    this.setPending(previous.id, msg('Saving…', { id: 'records.pending' }));
    try {
      await unchangedElsewhere(connection.client, previous, 'changed');
      const { name, value, ttl, priority } = record;
      let updated: DnsRecord;
      try {
        updated = await this.withRetries(() => connection.client.updateRecord(previous.id, { name, value, ttl, priority }));
      } catch (error) {
        const now = isNotFound(error)
          ? 'gone'
          : await this.afterLostAnswer(error, () => readRecord(connection.client, previous.id), 'saved');
        if (now === 'gone') {
          this.replace(previous.id, undefined);
          throw new PocketDnsApiError({
            status: 404,
            messages: [
              msg('This record was deleted elsewhere (another tab or device), so the change was not saved.', {
                id: 'records.deletedElsewhere',
              }),
            ],
          });
        }
        if (!now || !holds(now, record)) throw error;
        updated = now;
        this.options.onRecovered(
          msg(str`PocketDNS saved the change to the ${record.type} record ${record.name} after all.`, { id: 'records.recovered.updated' }),
        );
      }
      connection.domains.invalidate(previous.domain_id);
      this.replace(previous.id, updated);
      this.host.dispatchEvent(new PocketDnsRecordUpdateEvent({ record: updated, previous }));
      this.sync.changed(previous.domain_id);
      return updated;
    } catch (error) {
      if (this.records.some((r) => r.id === previous.id))
        this.replace(previous.id, error instanceof ChangedElsewhereError ? error.current : previous);
      this.reconcileAfter(error);
      throw this.options.reportError(error);
    } finally {
      this.setPending(previous.id, undefined);
    }
  }

  /**
   * Deletes a record: gone at once, put back in its place if refused. A 404 means it is gone
   * already; a lost answer is checked against PocketDNS.
   */
  remove(record: DnsRecord): Promise<void> {
    return this.counted(() => this.removeNow(record));
  }

  private async removeNow(record: DnsRecord): Promise<void> {
    const connection = this.require();
    const index = this.records.findIndex((r) => r.id === record.id);
    this.replace(record.id, undefined);
    try {
      try {
        await unchangedElsewhere(connection.client, record, 'deleted');
        await this.withRetries(() => connection.client.deleteRecord(record.id));
      } catch (error) {
        const now = isNotFound(error)
          ? 'gone'
          : await this.afterLostAnswer(error, () => readRecord(connection.client, record.id), 'deleted');
        if (now !== 'gone') throw error;
        if (!isNotFound(error))
          this.options.onRecovered(
            msg(str`PocketDNS deleted the ${record.type} record ${record.name} after all.`, { id: 'records.recovered.deleted' }),
          );
      }
      connection.domains.invalidate(record.domain_id);
      this.host.dispatchEvent(new PocketDnsRecordDeleteEvent({ record }));
      this.sync.changed(record.domain_id);
    } catch (error) {
      const restored = [...this.records];
      restored.splice(Math.max(0, index), 0, error instanceof ChangedElsewhereError ? error.current : record);
      this.records = restored;
      this.host.requestUpdate();
      this.reconcileAfter(error);
      throw this.options.reportError(error);
    }
  }

  /**
   * After a failed change: for a lost answer, what PocketDNS holds now (`check`), else
   * undefined. When the check fails too, throws an error that says the outcome is unknown.
   */
  private async afterLostAnswer<T>(error: unknown, check: () => Promise<T>, what: 'saved' | 'deleted'): Promise<T | undefined> {
    if (!isUnknownOutcome(error)) return undefined;
    try {
      return await check();
    } catch {
      throw stillUnknown(error as PocketDnsApiError, what);
    }
  }

  private require(): Connection {
    const connection = this.options.connection();
    if (!connection) throw new PocketDnsApiError({ status: 0, code: 'session_unavailable', messages: [] });
    return connection;
  }

  /** Runs a change, waiting out rate limits and saying when it will retry. */
  private withRetries<T>(run: () => Promise<T>): Promise<T> {
    return withRateLimitRetries(run, {
      onWait: (until) => {
        this.options.onRateLimitWait(until);
      },
    });
  }

  private setPending(id: string, label: string | undefined): void {
    const pending = new Map(this.pending);
    if (label) pending.set(id, label);
    else pending.delete(id);
    this.pending = pending;
    this.host.requestUpdate();
  }

  private replace(id: string, record: DnsRecord | undefined): void {
    this.records = record ? this.records.map((r) => (r.id === id ? record : r)) : this.records.filter((r) => r.id !== id);
    this.host.requestUpdate();
  }
}
