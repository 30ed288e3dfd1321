import { msg, str } from '@lit/localize';
import { initialState, Task } from '../../internal/task.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PocketDnsApiError } from '../../api/errors.js';
import type { DnsRecord, DomainDetails } from '../../api/types.js';
import { zoneName } from '../../dns/names.js';
import type { Connection } from '../../session/connection.js';
import { RecordQuery } from './record-query.js';
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
  private connected = false;
  /** Changes sent and not yet answered (a delete shows no pending row, so rows cannot tell). */
  inFlight = 0;
  /** Brings the list back in line with PocketDNS after an outcome it cannot know. */
  readonly reconciler = new Reconciler({
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

  /**
   * @param host the element
   * @param options what the controller needs from it
   */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** What the controller (and the changes made through it, record-changes.ts) need from the element. */
    readonly options: RecordsControllerOptions,
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

  /** The domain's zone name, normalized ('' until loaded). */
  get zone(): string {
    return (this.domain && zoneName(this.domain.name)) ?? '';
  }

  /** Refuses a domain whose name the DNS rules cannot read, so the element shows an error instead of failing to render. */
  private checkZone(name: string): void {
    if (zoneName(name) !== undefined) return;
    throw new PocketDnsApiError({
      status: 200,
      code: 'invalid_response',
      messages: [
        msg(str`PocketDNS sent a domain name that is not valid (${JSON.stringify(name)}), so its records cannot be shown.`, {
          id: 'records.badZone',
        }),
      ],
    });
  }

  /** Forgets the shown domain (another one was chosen). */
  clear(): void {
    this.domain = undefined;
    this.records = [];
    this.pending = new Map();
  }

  /** Tells this list's other copies (other tabs, other elements) that the domain changed. */
  changed(domainId: string): void {
    this.sync.changed(domainId);
  }

  /** Loads the records again from PocketDNS. */
  refresh(): void {
    const domainId = this.options.domainId();
    if (domainId) this.options.connection()?.domains.invalidate(domainId);
    void this.task.run();
  }
}
