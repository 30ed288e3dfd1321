// Adding, changing and deleting records, made optimistic: the list shows a change at once and
// puts things back as they were when PocketDNS refuses it; rate-limited changes wait for the
// reset and try again; a change whose answer was lost is checked at PocketDNS before anything is
// said (or sent again). Fires the record events after PocketDNS confirmed a change. Part of the
// extras (loaded after the first rows): the list itself is records-controller.ts.
import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';
import { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import { PocketDnsRecordDeleteEvent } from '../../events/record-delete.js';
import { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import { withRateLimitRetries } from '../../internal/rate-limit-retry.js';
import type { Connection } from '../../session/connection.js';
import type { FlowOptions } from './extras-hook.js';
import type { RecordsController } from './records-controller.js';
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

/** The changes the customer makes to one element's records. */
export class RecordChanges {
  private tempSeq = 0;
  /** Creates whose outcome stayed unknown: checked at PocketDNS before they are sent again. */
  private readonly unsure = new Set<string>();

  /**
   * @param host the element: record events are fired on it
   * @param list the records shown, with their changes in flight
   * @param say where to tell the customer what happens: the banner above the table, the live region, the locale of times
   */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly list: RecordsController,
    private readonly say: Pick<FlowOptions, 'banner' | 'announcer' | 'intlLocale'>,
  ) {}

  /** A change whose answer was lost turned out to have been made (or a delete to be done already). */
  private recovered(message: string): void {
    this.say.banner({ kind: 'success', message });
    this.say.announcer.announce(message);
  }

  /** A rate-limited change waits until `until` (undefined: the wait is over). */
  private waiting(until: Date | undefined): void {
    if (!until) {
      this.say.banner(undefined);
      return;
    }
    const seconds = Math.ceil((until.getTime() - Date.now()) / 1000);
    const time = until.toLocaleTimeString(this.say.intlLocale());
    const message = msg(str`Too many changes at once. Retrying at ${time} (in ${seconds} s)…`, { id: 'records.rateLimitWait' });
    this.say.banner({ kind: 'warning', message });
    this.say.announcer.announce(message);
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
    const domainId = this.list.options.domainId();
    const before = this.list.records;
    const knownIds = (): Set<string> => new Set(before.map((r) => r.id));
    const stamp = new Date().toISOString();
    const tempId = `pending-${String((this.tempSeq += 1))}`;
    // Nothing that renders runs before the request has left: the optimistic row is painted after.
    let shown = false;
    const show = (): void => {
      if (shown) return;
      shown = true;
      this.list.records = [...this.list.records, { id: tempId, domain_id: domainId, ...record, created_at: stamp, updated_at: stamp }];
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
        this.recovered(msg(str`PocketDNS saved the ${record.type} record ${record.name} after all.`, { id: 'records.recovered.created' }));
      }
      connection.domains.invalidate(domainId);
      this.replace(tempId, created);
      this.host.dispatchEvent(new PocketDnsRecordCreateEvent({ record: created }));
      this.list.changed(domainId);
      return created;
    } catch (error) {
      this.replace(tempId, undefined);
      this.reconcileAfter(error);
      throw this.list.options.reportError(error);
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
        this.recovered(
          msg(str`PocketDNS saved the change to the ${record.type} record ${record.name} after all.`, { id: 'records.recovered.updated' }),
        );
      }
      connection.domains.invalidate(previous.domain_id);
      this.replace(previous.id, updated);
      this.host.dispatchEvent(new PocketDnsRecordUpdateEvent({ record: updated, previous }));
      this.list.changed(previous.domain_id);
      return updated;
    } catch (error) {
      if (this.list.records.some((r) => r.id === previous.id))
        this.replace(previous.id, error instanceof ChangedElsewhereError ? error.current : previous);
      this.reconcileAfter(error);
      throw this.list.options.reportError(error);
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
    const index = this.list.records.findIndex((r) => r.id === record.id);
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
          this.recovered(
            msg(str`PocketDNS deleted the ${record.type} record ${record.name} after all.`, { id: 'records.recovered.deleted' }),
          );
      }
      connection.domains.invalidate(record.domain_id);
      this.host.dispatchEvent(new PocketDnsRecordDeleteEvent({ record }));
      this.list.changed(record.domain_id);
    } catch (error) {
      const restored = [...this.list.records];
      restored.splice(Math.max(0, index), 0, error instanceof ChangedElsewhereError ? error.current : record);
      this.list.records = restored;
      this.host.requestUpdate();
      this.reconcileAfter(error);
      throw this.list.options.reportError(error);
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
    const connection = this.list.options.connection();
    if (!connection) throw new PocketDnsApiError({ status: 0, code: 'session_unavailable', messages: [] });
    return connection;
  }

  /** Runs a change, waiting out rate limits and saying when it will retry. */
  private withRetries<T>(run: () => Promise<T>): Promise<T> {
    return withRateLimitRetries(run, {
      onWait: (until) => {
        this.waiting(until);
      },
    });
  }

  /**
   * After a change that failed in a way that may leave the list and PocketDNS apart (a lost
   * answer, a record changed or deleted elsewhere), reads the domain again until it agrees.
   * A refusal (422, 400, 403) changed nothing: its rollback is exact.
   */
  private reconcileAfter(error: unknown): void {
    if (error instanceof PocketDnsApiError && ['validation_failed', 'bad_request', 'forbidden'].includes(error.code)) return;
    this.list.reconciler.start(this.list.options.domainId());
  }

  /** Runs a change, counting it as in flight until it is answered. */
  private async counted<T>(run: () => Promise<T>): Promise<T> {
    this.list.inFlight += 1;
    try {
      return await run();
    } finally {
      this.list.inFlight -= 1;
      this.host.requestUpdate();
    }
  }

  /** Records the customer may clash with: everything but other changes still in flight. */
  settledRecords(exceptId?: string): DnsRecord[] {
    const { records, pending } = this.list;
    // The same array while nothing is in flight: no copy of the zone on every render.
    if (pending.size === 0) return records;
    return records.filter((r) => !pending.has(r.id) || r.id === exceptId);
  }

  /** Marks a record as having a change in flight (`label` says what), or no longer. */
  private setPending(id: string, label: string | undefined): void {
    const pending = new Map(this.list.pending);
    if (label) pending.set(id, label);
    else pending.delete(id);
    this.list.pending = pending;
    this.host.requestUpdate();
  }

  /** Shows `record` in place of the record `id` (undefined: removes it). */
  private replace(id: string, record: DnsRecord | undefined): void {
    const { records } = this.list;
    this.list.records = record ? records.map((r) => (r.id === id ? record : r)) : records.filter((r) => r.id !== id);
    this.host.requestUpdate();
  }
}
