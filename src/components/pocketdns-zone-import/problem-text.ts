// Zone-file problems in the active locale. The parser (src/dns/zonefile) stays free of the UI and
// keeps its English `message`; each problem has a stable `code` and its `params`, from which this
// table writes the text. A record the rules refused (`invalid-record`) carries the failed rules'
// codes, said by the rules' table. Any shape this table does not know shows the parser's English,
// so a problem never shows nothing.
import { msg, str } from '@lit/localize';
import type { ZoneFileProblem } from '../../dns/zonefile/parse.js';
import { ruleText, type RuleFailure } from '../../internal/i18n-rules.js';

/** What a zone-file problem says, in the active locale. */
export function problemText(problem: ZoneFileProblem): string {
  const p = problem.params ?? {};
  const v = (key: string): string => String(p[key] ?? '');
  const kind = p['kind'];
  switch (problem.code) {
    case 'soa-skipped':
      return msg('SOA records are managed by PocketDNS and were left out.', { id: 'zone.soaSkipped' });
    case 'apex-ns-skipped':
      return msg(str`NS records of ${v('zone')} itself are managed by PocketDNS and were left out.`, { id: 'zone.apexNsSkipped' });
    case 'duplicate':
      return msg(str`This record repeats the one on line ${v('earlier')}; it is imported once.`, { id: 'zone.duplicate' });
    case 'include':
      return msg('$INCLUDE is not supported: an imported file cannot read other files. Paste the included records in its place.', {
        id: 'zone.include',
      });
    case 'directive':
      if (kind === 'origin')
        return msg(str`$ORIGIN ${v('value')} is not a valid domain name; the origin stays ${v('origin')}.`, {
          id: 'zone.directive.origin',
        });
      if (kind === 'empty') return msg(str`${v('directive')} needs a value, like ${v('example')}`, { id: 'zone.directive.empty' });
      if (kind === 'unsupported')
        return msg(str`${v('directive')} is not a directive we support; the line was left out.`, { id: 'zone.directive.unsupported' });
      return problem.message;
    case 'ttl':
      return kind === 'directive'
        ? msg(str`$TTL ${v('value')} is not a TTL: write seconds, like 3600, or units, like 1h.`, { id: 'zone.ttl.directive' })
        : msg(str`“${v('value')}” is not a TTL: write seconds, like 3600, or units, like 1h.`, { id: 'zone.ttl.record' });
    case 'class':
      return msg(str`Only the IN (Internet) class is supported; this ${v('class')} record was left out.`, { id: 'zone.class' });
    case 'unsupported-type':
      return msg(str`${v('type')} records are not supported yet.`, { id: 'zone.unsupportedType' });
    case 'unknown-type':
      return kind === 'missing'
        ? msg('This line has no record type.', { id: 'zone.unknownType.missing' })
        : msg(str`“${v('value')}” is not a record type, class or TTL.`, { id: 'zone.unknownType.value' });
    case 'outside-zone':
      return msg(str`${v('name')} is not inside ${v('zone')}, so this record was left out.`, { id: 'zone.outsideZone' });
    case 'owner':
      if (kind === 'blank')
        return msg('This record starts with a blank, which repeats the name of the record before it, but there is none.', {
          id: 'zone.owner.blank',
        });
      if (kind === 'escape')
        return msg(str`The name ${v('name')} uses an escape (\\); such names are not supported.`, { id: 'zone.owner.escape' });
      return problem.message;
    case 'invalid-record':
      return invalidText(problem);
    default:
      return lexText(problem);
  }
}

/** A record the rules refused: which one (when it got that far), then each rule's sentence. */
function invalidText(problem: ZoneFileProblem): string {
  if (!problem.rules || problem.rules.length === 0) return problem.message;
  const reasons = problem.rules.map(rdataText).join(' ');
  const p = problem.params;
  if (!p) return reasons;
  const type = String(p['type'] ?? '');
  const name = String(p['name'] ?? '');
  return msg(str`The ${type} record of ${name} was left out: ${reasons}`, { id: 'zone.invalidRecord' });
}

/** What each type's data looks like, for the sentence that shows the expected form. */
function shapeText(type: string): string {
  switch (type) {
    case 'A':
      return msg('an IPv4 address, like 192.0.2.1', { id: 'zone.shape.a' });
    case 'AAAA':
      return msg('an IPv6 address, like 2001:db8::1', { id: 'zone.shape.aaaa' });
    case 'CNAME':
      return msg('a host name, like target.example.net', { id: 'zone.shape.cname' });
    case 'NS':
      return msg('a host name, like ns1.example.net', { id: 'zone.shape.ns' });
    case 'MX':
      return msg('a priority and a host name, like 10 mail.example.net', { id: 'zone.shape.mx' });
    case 'SRV':
      return msg('priority, weight, port and target, like 10 5 5060 sip.example.net', { id: 'zone.shape.srv' });
    default:
      return msg('one or more quoted strings, like "v=spf1 -all"', { id: 'zone.shape.txt' });
  }
}

/** The record's data had the wrong shape (the parser's own rules), or a DNS rule by its code. */
function rdataText(rule: RuleFailure): string {
  const p = rule.params ?? {};
  const type = String(p['type'] ?? '');
  switch (rule.code) {
    case 'rdata.shapeEmpty':
      return msg(str`The ${type} record needs ${shapeText(type)}, but this one has nothing.`, { id: 'zone.rdata.shapeEmpty' });
    case 'rdata.shape':
      return msg(str`The ${type} record needs ${shapeText(type)}, but this one has “${String(p['found'] ?? '')}”.`, {
        id: 'zone.rdata.shape',
      });
    case 'rdata.escape':
      return msg('The text has a broken escape: use \\" for a quote, \\\\ for a backslash and \\DDD for a byte.', {
        id: 'zone.rdata.escape',
      });
    default:
      return ruleText(rule);
  }
}

/** The lexer's problems: parentheses, quotes and escapes. */
function lexText(problem: ZoneFileProblem): string {
  const kind = problem.params?.['kind'];
  switch (problem.code) {
    case 'parentheses':
      if (kind === 'nested')
        return msg('A parenthesis opens inside another one; close the first before opening a new one.', { id: 'zone.parentheses.nested' });
      if (kind === 'unopened') return msg('This closing parenthesis has no opening one before it.', { id: 'zone.parentheses.unopened' });
      if (kind === 'unclosed')
        return msg('The parenthesis opened on this line is never closed, so the rest of the file was left out.', {
          id: 'zone.parentheses.unclosed',
        });
      return problem.message;
    case 'quote':
      return msg('A quoted string is not closed before the end of the line: add the closing quote (").', { id: 'zone.quote' });
    case 'escape':
      return msg(
        'A quoted string has a broken escape: use \\" for a quote, \\\\ for a backslash and \\DDD (000–255) for a byte of UTF-8.',
        {
          id: 'zone.escape',
        },
      );
    default:
      return problem.message;
  }
}
