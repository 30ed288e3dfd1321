import type { DnsRecord, Domain, DomainDetails } from '../api/types.js';
import type { SandboxData, SandboxDomain, SandboxUser } from './model.js';

/** The sandbox's state in indexed form: records by id and by domain, so a 10,000-record domain stays fast. */
export class SandboxStore {
  /** Users by identifier. */
  readonly users = new Map<string, SandboxUser>();
  /** Domains by id. */
  readonly domains = new Map<string, SandboxDomain>();
  /** Records by id. */
  readonly records = new Map<string, DnsRecord>();
  /** Records of each domain, by domain id then record id (insertion order is creation order). */
  readonly byDomain = new Map<string, Map<string, DnsRecord>>();
  /** Counter behind new ids. */
  nextId = 1;

  /** Replaces the state with `data`. */
  load(data: SandboxData): void {
    this.users.clear();
    this.domains.clear();
    this.records.clear();
    this.byDomain.clear();
    for (const user of data.users) this.users.set(user.user_identifier, { ...user });
    for (const domain of data.domains) {
      this.domains.set(domain.id, { ...domain, nameservers: [...domain.nameservers] });
      this.byDomain.set(domain.id, new Map());
    }
    for (const record of data.records) this.put({ ...record });
    this.nextId = data.nextId;
  }

  /** The state as plain data, for persistence. */
  toData(): SandboxData {
    return {
      version: 1,
      nextId: this.nextId,
      users: [...this.users.values()],
      domains: [...this.domains.values()],
      records: [...this.records.values()],
    };
  }

  /** Adds or replaces a record. */
  put(record: DnsRecord): void {
    this.records.set(record.id, record);
    let list = this.byDomain.get(record.domain_id);
    if (!list) {
      list = new Map();
      this.byDomain.set(record.domain_id, list);
    }
    list.set(record.id, record);
  }

  /** Removes a record. */
  remove(record: DnsRecord): void {
    this.records.delete(record.id);
    this.byDomain.get(record.domain_id)?.delete(record.id);
  }

  /** The records of a domain. */
  recordsOf(domainId: string): DnsRecord[] {
    return [...(this.byDomain.get(domainId)?.values() ?? [])];
  }

  /** A domain as the list operation shows it. */
  domainView(domain: SandboxDomain): Domain {
    return {
      id: domain.id,
      name: domain.name,
      status: domain.status,
      purchased_at: domain.purchased_at,
      expires_at: domain.expires_at,
      auto_renew: domain.auto_renew,
      dns_records_count: this.byDomain.get(domain.id)?.size ?? 0,
      registrar: domain.registrar,
    };
  }

  /** A domain as the details operation shows it. */
  domainDetails(domain: SandboxDomain): DomainDetails {
    return {
      ...this.domainView(domain),
      user_identifier: domain.user_identifier,
      nameservers: [...domain.nameservers],
      whois_privacy: domain.whois_privacy,
      dns_records: this.recordsOf(domain.id),
    };
  }
}
