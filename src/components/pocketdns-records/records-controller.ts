import { initialState, Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PocketDnsApiError } from '../../api/errors.js';
import { sleep } from '../../api/rate-limit.js';
import type { DnsRecord, DomainDetails } from '../../api/types.js';
import { normalizeZone } from '../../dns/names.js';
import type { NormalizedRecord } from '../../dns/types.js';
import type { PocketDnsConnectEvent } from '../../events/connect.js';
import type { PocketDnsZoneChangeEvent } from '../../events/zone-change.js';
import { PocketDnsRecordCreateEvent } from '../../events/record-create.js';
import { PocketDnsRecordDeleteEvent } from '../../events/record-delete.js';
import { PocketDnsRecordUpdateEvent } from '../../events/record-update.js';
import type { Connection } from '../../session/connection.js';
import { RecordQuery } from './record-query.js';

/** How often a rate-limited change is retried before it fails. */
const RATE_LIMIT_RETRIES = 2;
/** Bounds of one rate-limit wait, in ms. */
const MIN_WAIT_MS = 500;
const MAX_WAIT_MS = 60_000;
/** The wait when PocketDNS does not say when to try again. */
const DEFAULT_WAIT_MS = 5_000;

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
          return await connection.domains.get(domainId);
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

  /** Listens for changes made elsewhere on the page (a connection, an undo, an import) to reload. */
  hostConnected(): void {
    document.addEventListener('pocketdns-connect', this.onZoneChanged);
    document.addEventListener('pocketdns-zone-change', this.onZoneChanged);
  }

  /** Stops listening. */
  hostDisconnected(): void {
    document.removeEventListener('pocketdns-connect', this.onZoneChanged);
    document.removeEventListener('pocketdns-zone-change', this.onZoneChanged);
  }

  private readonly onZoneChanged = (event: PocketDnsConnectEvent | PocketDnsZoneChangeEvent): void => {
    const domainId = this.options.domainId();
    if (domainId && event.detail.domainId === domainId) this.refresh();
  };

  /** The domain's zone name, normalized ('' until loaded). */
  get zone(): string {
    return this.domain ? normalizeZone(this.domain.name) : '';
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
    return this.records.filter((r) => !this.pending.has(r.id) || r.id === exceptId);
  }

  /** Adds a record: shown at once as pending, replaced by PocketDNS's answer, removed if refused. */
  async create(record: NormalizedRecord): Promise<DnsRecord> {
    const connection = this.require();
    const domainId = this.options.domainId();
    const stamp = new Date().toISOString();
    const tempId = `pending-${String((this.tempSeq += 1))}`;
    this.records = [...this.records, { id: tempId, domain_id: domainId, ...record, created_at: stamp, updated_at: stamp }];
    this.setPending(tempId, 'Saving…');
    try {
      const created = await this.withRetries(() => connection.client.createRecord({ domain_id: domainId, ...record }));
      connection.domains.invalidate(domainId);
      this.replace(tempId, created);
      this.host.dispatchEvent(new PocketDnsRecordCreateEvent({ record: created }));
      return created;
    } catch (error) {
      this.replace(tempId, undefined);
      throw this.options.reportError(error);
    } finally {
      this.setPending(tempId, undefined);
    }
  }

  /** Changes a record: shown changed at once, put back as it was if refused. */
  async update(previous: DnsRecord, record: NormalizedRecord): Promise<DnsRecord> {
    const connection = this.require();
    this.replace(previous.id, { ...previous, ...record });
    this.setPending(previous.id, 'Saving…');
    try {
      const { name, value, ttl, priority } = record;
      const updated = await this.withRetries(() => connection.client.updateRecord(previous.id, { name, value, ttl, priority }));
      connection.domains.invalidate(previous.domain_id);
      this.replace(previous.id, updated);
      this.host.dispatchEvent(new PocketDnsRecordUpdateEvent({ record: updated, previous }));
      return updated;
    } catch (error) {
      this.replace(previous.id, previous);
      throw this.options.reportError(error);
    } finally {
      this.setPending(previous.id, undefined);
    }
  }

  /** Deletes a record: gone at once, put back in its place if refused. */
  async remove(record: DnsRecord): Promise<void> {
    const connection = this.require();
    const index = this.records.findIndex((r) => r.id === record.id);
    this.replace(record.id, undefined);
    try {
      await this.withRetries(() => connection.client.deleteRecord(record.id));
      connection.domains.invalidate(record.domain_id);
      this.host.dispatchEvent(new PocketDnsRecordDeleteEvent({ record }));
    } catch (error) {
      const restored = [...this.records];
      restored.splice(Math.max(0, index), 0, record);
      this.records = restored;
      this.host.requestUpdate();
      throw this.options.reportError(error);
    }
  }

  private require(): Connection {
    const connection = this.options.connection();
    if (!connection) throw new PocketDnsApiError({ status: 0, code: 'session_unavailable', messages: [] });
    return connection;
  }

  /** Runs a change, waiting out rate limits (twice at most) and saying when it will retry. */
  private async withRetries<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof PocketDnsApiError) || error.code !== 'rate_limited' || attempt >= RATE_LIMIT_RETRIES) throw error;
        const at = error.retryAt?.getTime() ?? Date.now() + DEFAULT_WAIT_MS;
        const wait = Math.min(Math.max(at - Date.now(), MIN_WAIT_MS), MAX_WAIT_MS);
        this.options.onRateLimitWait(new Date(Date.now() + wait));
        await sleep(wait);
        this.options.onRateLimitWait(undefined);
      }
    }
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
