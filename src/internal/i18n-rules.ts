import { msg, str } from '@lit/localize';
import type { Conflict } from '../dns/conflicts.js';
import type { RuleParams } from '../dns/types.js';

/** A failed rule as the dns rules give it: English `message`, and `code` with `params` to translate. */
export interface RuleFailure {
  message: string;
  code?: string | undefined;
  params?: RuleParams | undefined;
}

/**
 * The dns rules' message in the active locale, by its code (the rules stay free of the UI and
 * keep English for servers); the English message for a code this table does not know.
 */
export function ruleText(failure: RuleFailure): string {
  const p = failure.params ?? {};
  const v = (key: string): string => String(p[key] ?? '');
  switch (failure.code) {
    case 'name.badChar':
      return msg(str`${v('char')} cannot be used in a DNS name. Use letters, digits, hyphens (-) and underscores (_).`, {
        id: 'rule.name.badChar',
      });
    case 'name.asteriskAlone':
      return msg('An asterisk (*) must stand alone as a whole part of a name.', { id: 'rule.name.asteriskAlone' });
    case 'name.invalidLabel':
      return msg(str`“${v('label')}” contains characters that cannot be used in a domain name.`, { id: 'rule.name.invalidLabel' });
    case 'host.asterisk':
      return msg('A host name cannot contain an asterisk (*).', { id: 'rule.host.asterisk' });
    case 'name.asteriskFirst':
      return msg('An asterisk (*) can only be the first part of a name, like * or *.shop.', { id: 'rule.name.asteriskFirst' });
    case 'name.asteriskAloneLike':
      return msg('An asterisk (*) must stand alone as a whole part of a name, like *.shop.', { id: 'rule.name.asteriskAloneLike' });
    case 'name.labelTooLong':
      return msg(str`${v('label')} is ${v('length')} characters long; each part of a name can have at most ${v('max')}.`, {
        id: 'rule.name.labelTooLong',
      });
    case 'name.hyphen':
      return msg(str`“${v('label')}” cannot start or end with a hyphen.`, { id: 'rule.name.hyphen' });
    case 'name.emptyLabel':
      return msg('The name has an empty part: check for two dots in a row or a dot at the start.', { id: 'rule.name.emptyLabel' });
    case 'name.spaces':
      return msg('A name cannot contain spaces.', { id: 'rule.name.spaces' });
    case 'name.outsideZone':
      return msg(str`The name ${v('name')} is not inside ${v('zone')}. Enter a name relative to ${v('zone')}, like www.`, {
        id: 'rule.name.outsideZone',
      });
    case 'name.tooLong':
      return msg(str`The full name is ${v('length')} characters long; the limit is ${v('max')}.`, { id: 'rule.name.tooLong' });
    case 'host.empty':
      return msg('Enter a host name, like mail.example.com.', { id: 'rule.host.empty' });
    case 'host.spaces':
      return msg('A host name cannot contain spaces.', { id: 'rule.host.spaces' });
    case 'host.ip':
      return msg('This must be a host name, not an IP address.', { id: 'rule.host.ip' });
    case 'host.full':
      return msg(str`Enter the full host name, like ${v('example')}.`, { id: 'rule.host.full' });
    case 'host.tooLong':
      return msg(str`The host name is ${v('length')} characters long; the limit is ${v('max')}.`, { id: 'rule.host.tooLong' });
    case 'type.missing':
      return msg(str`Choose a record type: ${v('list')}.`, { id: 'rule.type.missing' });
    case 'type.unknown':
      return msg(str`“${v('type')}” is not a record type we support. Choose one of ${v('list')}.`, { id: 'rule.type.unknown' });
    case 'ttl.missing':
      return msg(str`Enter a TTL in seconds, from ${v('min')} (1 minute) to ${v('max')} (1 day).`, { id: 'rule.ttl.missing' });
    case 'ttl.notInteger':
      return msg('The TTL must be a whole number of seconds.', { id: 'rule.ttl.notInteger' });
    case 'ttl.tooLow':
      return msg(str`The TTL must be at least ${v('min')} seconds (1 minute).`, { id: 'rule.ttl.tooLow' });
    case 'ttl.tooHigh':
      return msg(str`The TTL can be at most ${v('max')} seconds (1 day).`, { id: 'rule.ttl.tooHigh' });
    case 'priority.missing':
      return msg(str`Enter a priority from 0 to ${v('max')}; lower numbers are tried first.`, { id: 'rule.priority.missing' });
    case 'priority.range':
      return msg(str`Priority must be a whole number from 0 to ${v('max')}.`, { id: 'rule.priority.range' });
    case 'priority.notApplicable':
      return msg('Priority applies only to MX and SRV records; leave it empty.', { id: 'rule.priority.notApplicable' });
    case 'weight.missing':
      return msg(str`Enter weight: a whole number from 0 to ${v('max')}.`, { id: 'rule.weight.missing' });
    case 'weight.range':
      return msg(str`Weight must be a whole number from 0 to ${v('max')}.`, { id: 'rule.weight.range' });
    case 'port.missing':
      return msg(str`Enter port: a whole number from 0 to ${v('max')}.`, { id: 'rule.port.missing' });
    case 'port.range':
      return msg(str`Port must be a whole number from 0 to ${v('max')}.`, { id: 'rule.port.range' });
    case 'a.empty':
      return msg('Enter an IPv4 address, like 192.0.2.1.', { id: 'rule.a.empty' });
    case 'a.isIpv6':
      return msg(str`${v('value')} is an IPv6 address: use an AAAA record for it.`, { id: 'rule.a.isIpv6' });
    case 'a.invalid':
      return msg('Enter an IPv4 address as four numbers from 0 to 255, like 192.0.2.1.', { id: 'rule.a.invalid' });
    case 'a.notAddress':
      return msg('An A record points to an IPv4 address, like 192.0.2.1. To point to a host name, use a CNAME record.', {
        id: 'rule.a.notAddress',
      });
    case 'aaaa.empty':
      return msg('Enter an IPv6 address, like 2001:db8::1.', { id: 'rule.aaaa.empty' });
    case 'aaaa.isIpv4':
      return msg(str`${v('value')} is an IPv4 address: use an A record for it.`, { id: 'rule.aaaa.isIpv4' });
    case 'aaaa.invalid':
      return msg('Enter a valid IPv6 address, like 2001:db8::1.', { id: 'rule.aaaa.invalid' });
    case 'txt.empty':
      return msg('Enter the text of the record.', { id: 'rule.txt.empty' });
    case 'txt.control':
      return msg('The text cannot contain line breaks, tabs or other control characters.', { id: 'rule.txt.control' });
    case 'txt.tooLong':
      return msg(str`The text is ${v('length')} characters long; the limit is ${v('max')}.`, { id: 'rule.txt.tooLong' });
    case 'srv.empty':
      return msg('Enter the weight, port and target separated by spaces, like 10 5060 sip.example.com.', { id: 'rule.srv.empty' });
    case 'srv.parts':
      return msg('An SRV value has three parts, weight, port and target, separated by spaces, like 10 5060 sip.example.com.', {
        id: 'rule.srv.parts',
      });
    default:
      return failure.message;
  }
}

/** A zone conflict in the active locale, from its code and the records it concerns. */
export function conflictText(conflict: Conflict, candidate: { type: string; name: string }): string {
  const name = candidate.name.trim().toLowerCase().replace(/\.$/, '') || '@';
  const shown = name === '@' ? msg('The apex (@)', { id: 'conflict.apex' }) : name;
  switch (conflict.code) {
    case 'cname-at-apex':
      return msg(
        'A CNAME record cannot be at the apex (@): the domain’s own records, like NS and MX, must live there. Use an A or AAAA record instead.',
        { id: 'conflict.cnameAtApex' },
      );
    case 'cname-not-alone': {
      const types = [...new Set(conflict.records.map((r) => r.type))].join(', ');
      const count = conflict.records.length;
      return count === 1
        ? msg(str`${shown} already has a record (${types}). A CNAME must be the only record at its name.`, {
            id: 'conflict.cnameNotAloneOne',
          })
        : msg(str`${shown} already has ${count} records (${types}). A CNAME must be the only record at its name.`, {
            id: 'conflict.cnameNotAlone',
          });
    }
    case 'name-has-cname':
      return msg(str`${shown} has a CNAME record, so it cannot have other records. Change or delete the CNAME first.`, {
        id: 'conflict.nameHasCname',
      });
    case 'duplicate':
      return msg(str`An identical ${candidate.type} record for ${name} already exists.`, { id: 'conflict.duplicate' });
  }
}
