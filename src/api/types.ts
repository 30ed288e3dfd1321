import type { components } from './schema.gen.js';

type Schemas = components['schemas'];

/** A domain as listed for a user. */
export type Domain = Schemas['Domain'];
/** The answer of the domain list operation. */
export type DomainList = Schemas['DomainList'];
/** A domain with nameservers, WHOIS privacy and its records. */
export type DomainDetails = Schemas['DomainDetails'];
/** A domain's status. */
export type DomainStatus = Schemas['DomainStatus'];
/** A DNS record as the API returns it (`value` always set: `content` is renamed on the way in). */
export type DnsRecord = Schemas['DnsRecord'];
/** The body that creates a record. */
export type DnsRecordCreate = Schemas['DnsRecordCreate'];
/** The body that changes a record. */
export type DnsRecordUpdate = Schemas['DnsRecordUpdate'];
/** The Partner API's session answer. */
export type UserSession = Schemas['UserSession'];
/** The body that starts a session. */
export type UserSessionRequest = Schemas['UserSessionRequest'];
/** The error body of every failure. */
export type ErrorBody = Schemas['Error'];
