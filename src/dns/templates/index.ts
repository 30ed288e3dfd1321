/**
 * Domain Connect templates: what applying one would do to a zone, by the specification's
 * rules ("Applying a template"), without changing anything.
 *
 * Where the specification leaves a choice to the DNS provider, PocketDNS decides so:
 * - A CNAME removes every other record at its name, SRV included (the specification lists
 *   A, AAAA, CNAME, MX and TXT; a CNAME must be alone, so anything left would be refused),
 *   and every other type removes a CNAME at its name. NS delegations are handled by the NS
 *   rule: at and below for an NS record, at or above (short of the apex) for the others.
 * - Records without a `groupId` are applied whichever groups are chosen.
 * - TTLs outside 60–86400 s are brought to the nearest bound (with a `ttl-adjusted` note), as
 *   the specification asks providers to do rather than refuse.
 * - Types PocketDNS cannot store (CAA, TYPEnnn, APEXCNAME, REDIR301/302…) throw
 *   `UnsupportedType` instead of being dropped, unless their group is left out.
 * - SPFM merges into the one SPF record at its name; the merged `all` is the less restrictive
 *   of the existing one and `~all`; two SPF records at the name block the merge.
 * - A CNAME or NS record that lands at the domain itself throws `HostRequired` when no host
 *   was given (it works under a sub-domain), `InvalidData` otherwise.
 * @packageDocumentation
 */
export { planTemplate } from './plan.js';
export { TemplateError, type TemplateErrorCode } from './errors.js';
export { templateVariables } from './substitute.js';
export { isSpf, mergeSpf } from './spf.js';
export type * from './types.js';
