import type { DnsRecord, Domain, DomainStatus } from '../api/types.js';

/** A user of the sandbox. */
export interface SandboxUser {
  /** The partner's identifier. */
  user_identifier: string;
  /** Email, if given. */
  email: string | null;
  /** When the user was created (ISO 8601). */
  created_at: string;
}

/** A domain as the sandbox keeps it (records live apart). */
export interface SandboxDomain extends Omit<Domain, 'dns_records_count'> {
  /** Owner. */
  user_identifier: string;
  /** Authoritative nameservers. */
  nameservers: string[];
  /** Whether WHOIS privacy is on. */
  whois_privacy: boolean;
  /** Domain status. */
  status: DomainStatus;
}

/** The whole sandbox state, as persisted to `dataFile` (version 1). */
export interface SandboxData {
  /** Format version of the file. */
  version: 1;
  /** Counter behind new ids. */
  nextId: number;
  /** Users. */
  users: SandboxUser[];
  /** Domains. */
  domains: SandboxDomain[];
  /** Records. */
  records: DnsRecord[];
}
