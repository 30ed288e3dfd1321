// Record health findings in the active locale. The dns rules (src/dns/lint) stay free of the UI
// and keep English `message` and `fix` for servers; each finding has a stable `code` and its
// `params`, from which this table writes the text. Where the rules add an English phrase of their
// own (why an SPF term or a tag value is invalid), the translation names the term instead. A code
// this table does not know shows the rules' English, so a new rule never shows nothing.
import { msg, str } from '@lit/localize';
import type { Finding } from '../../dns/lint/types.js';

type Params = NonNullable<Finding['params']>;

/** A record name as the findings show it: `@` says it is the domain itself. */
function shown(name: string): string {
  return name === '@' ? msg('@ (the domain itself)', { id: 'lint.apex' }) : name;
}

/** What a finding says, in the active locale. */
export function findingText(finding: Finding): string {
  const p: Params = finding.params ?? {};
  const v = (key: string): string => String(p[key] ?? '');
  const name = shown(v('name'));
  switch (finding.code) {
    case 'spf-multiple':
      return msg(str`${name} has ${v('count')} SPF records; receivers then reject SPF for all your mail.`, { id: 'lint.spfMultiple' });
    case 'spf-syntax':
      if (p['problem'] !== undefined) return msg(str`The SPF term “${v('term')}” is not valid.`, { id: 'lint.spfSyntax.term' });
      if (finding.fix === undefined)
        return msg(str`The SPF record has “${v('term')}” more than once; it may appear only once.`, { id: 'lint.spfSyntax.repeated' });
      return msg(str`The SPF record at ${name} has no space after “v=spf1”, so receivers do not read it as SPF.`, {
        id: 'lint.spfSyntax.space',
      });
    case 'spf-unknown-modifier':
      return msg(str`“${v('term')}” is not an SPF modifier; receivers ignore it.`, { id: 'lint.spfUnknownModifier' });
    case 'spf-all-not-last':
      return msg(str`In the SPF record, “${v('terms')}” comes after “all” and is never checked.`, { id: 'lint.spfAllNotLast' });
    case 'spf-redirect-ignored':
      return msg('The SPF record has both “all” and “redirect=”; receivers ignore the redirect.', { id: 'lint.spfRedirectIgnored' });
    case 'spf-too-many-lookups':
      return msg(
        str`The SPF record makes ${v('lookups')} DNS lookups itself (the limit is ${v('limit')}), and each include may add more; receivers will reject SPF.`,
        { id: 'lint.spfTooManyLookups' },
      );
    case 'spf-plus-all':
      return msg('This SPF record lets any server on the internet send mail as this domain.', { id: 'lint.spfPlusAll' });
    case 'spf-ptr':
      return msg('The SPF “ptr” mechanism is deprecated and many receivers skip it.', { id: 'lint.spfPtr' });
    case 'spf-neutral-all':
      return msg('“?all” makes SPF neutral: receivers neither accept nor reject mail from other servers because of it.', {
        id: 'lint.spfNeutralAll',
      });
    case 'spf-no-all':
      return msg('The SPF record does not end in “all”, so mail from servers it does not list gets a neutral result.', {
        id: 'lint.spfNoAll',
      });
    case 'dmarc-multiple':
      return msg(str`${name} has ${v('count')} DMARC records; receivers then apply none of them.`, { id: 'lint.dmarcMultiple' });
    case 'dmarc-not-first':
      return msg(str`The DMARC record at ${name} does not start with “v=DMARC1”, so receivers ignore it.`, { id: 'lint.dmarcNotFirst' });
    case 'dmarc-policy':
      return v('value')
        ? msg(str`The DMARC policy “p=${v('value')}” is not valid; it must be none, quarantine or reject.`, {
            id: 'lint.dmarcPolicy.invalid',
          })
        : msg('The DMARC record has no policy (p=), so receivers ignore it.', { id: 'lint.dmarcPolicy.missing' });
    case 'dmarc-tag':
      if (p['kind'] === 'pair') return msg(str`“${v('tag')}” in the DMARC record is not a tag=value pair.`, { id: 'lint.dmarcTag.pair' });
      if (p['kind'] === 'repeated') return msg(str`The DMARC tag “${v('tag')}” appears more than once.`, { id: 'lint.dmarcTag.repeated' });
      if (p['kind'] === 'value') return msg(str`The DMARC tag “${v('tag')}=${v('value')}” is not valid.`, { id: 'lint.dmarcTag.value' });
      return finding.message;
    case 'dmarc-uri':
      return msg(str`The DMARC report address “${v('uri')}” in ${v('tag')}= is not a mailto: address, so no reports will arrive there.`, {
        id: 'lint.dmarcUri',
      });
    case 'dmarc-none':
      return msg(
        'DMARC is set to p=none: receivers send reports but still deliver mail that fails the checks, so the domain can still be spoofed.',
        { id: 'lint.dmarcNone' },
      );
    default:
      return otherText(finding, p, name);
  }
}

/** DKIM, targets, text and names: the rest of {@link findingText}. */
function otherText(finding: Finding, p: Params, name: string): string {
  const v = (key: string): string => String(p[key] ?? '');
  const selector = v('selector');
  switch (finding.code) {
    case 'dkim-syntax':
      if (p['kind'] === 'pair')
        return msg(str`“${v('tag')}” in the DKIM key of selector ${selector} is not a tag=value pair.`, { id: 'lint.dkimSyntax.pair' });
      if (p['kind'] === 'repeated')
        return msg(str`The DKIM tag “${v('tag')}” appears more than once in selector ${selector}.`, { id: 'lint.dkimSyntax.repeated' });
      if (p['kind'] === 'version')
        return msg(str`In the DKIM key of selector ${selector}, v=DKIM1 must come first.`, { id: 'lint.dkimSyntax.version' });
      if (p['kind'] === 'value')
        return msg(str`The DKIM tag “${v('tag')}=${v('value')}” of selector ${selector} is not valid.`, { id: 'lint.dkimSyntax.value' });
      if (p['kind'] === 'noKey')
        return msg(str`The DKIM record of selector ${selector} has no public key (p=), so signatures cannot be checked.`, {
          id: 'lint.dkimSyntax.noKey',
        });
      return finding.message;
    case 'dkim-key':
      return msg(str`The DKIM public key of selector ${selector} is not valid base64, so signatures cannot be checked.`, {
        id: 'lint.dkimKey',
      });
    case 'dkim-revoked':
      return msg(str`The DKIM key of selector ${selector} is empty, which means it is revoked: mail signed with it fails DKIM.`, {
        id: 'lint.dkimRevoked',
      });
    case 'mx-to-cname':
      return msg(str`The MX record at ${name} points to ${v('target')}, which is a CNAME. Mail servers may refuse to follow it.`, {
        id: 'lint.mxToCname',
      });
    case 'ns-to-cname':
      return msg(str`The NS record at ${name} points to ${v('target')}, which is a CNAME. Resolvers may refuse to follow it.`, {
        id: 'lint.nsToCname',
      });
    case 'dangling-target':
      return msg(str`The ${v('type')} record at ${name} points to ${v('target')}, which has no records in this domain.`, {
        id: 'lint.danglingTarget',
      });
    case 'hosted-target':
      return msg(
        str`${name} points to ${v('service')} (${v('target')}). Check that the service still serves this name: if the site was deleted, someone else could claim it.`,
        { id: 'lint.hostedTarget' },
      );
    case 'invisible-characters':
      return msg(
        str`The TXT record at ${name} contains invisible or text-direction characters (${v('characters')}); what you see is not what it says.`,
        { id: 'lint.invisibleCharacters' },
      );
    case 'homograph-name':
      return homographText(p);
    default:
      return finding.message;
  }
}

/** A name that could pass for another: mixed alphabets or another alphabet, maybe like a known name. */
function homographText(p: Params): string {
  const unicode = String(p['unicode'] ?? '');
  const ascii = String(p['ascii'] ?? '');
  const lookalike = p['lookalike'] === undefined ? undefined : String(p['lookalike']);
  if (p['reason'] === 'mixed-script') {
    return lookalike === undefined
      ? msg(str`“${unicode}” (${ascii}) mixes letters from different alphabets; it may not be the name it seems.`, {
          id: 'lint.homograph.mixed',
        })
      : msg(
          str`“${unicode}” (${ascii}) mixes letters from different alphabets and looks like “${lookalike}”; it may not be the name it seems.`,
          {
            id: 'lint.homograph.mixedLike',
          },
        );
  }
  return lookalike === undefined
    ? msg(str`“${unicode}” (${ascii}) is written in letters of another alphabet; it may not be the name it seems.`, {
        id: 'lint.homograph.other',
      })
    : msg(
        str`“${unicode}” (${ascii}) is written in letters of another alphabet and looks like “${lookalike}”; it may not be the name it seems.`,
        {
          id: 'lint.homograph.otherLike',
        },
      );
}

/** What to do about a finding, in the active locale; undefined when there is no one thing to do. */
export function fixText(finding: Finding): string | undefined {
  if (finding.fix === undefined) return undefined;
  const p: Params = finding.params ?? {};
  const v = (key: string): string => String(p[key] ?? '');
  switch (finding.code) {
    case 'spf-multiple':
      return msg('Merge them into one record: one v=spf1, the terms of each, and one all at the end.', { id: 'lint.fix.spfMultiple' });
    case 'spf-syntax':
      return p['problem'] !== undefined
        ? msg('Correct or remove this term; receivers treat the whole SPF record as broken.', { id: 'lint.fix.spfTerm' })
        : msg('Put a space after v=spf1.', { id: 'lint.fix.spfSpace' });
    case 'spf-unknown-modifier':
      return msg('Check the spelling, or remove it.', { id: 'lint.fix.spelling' });
    case 'spf-all-not-last':
      return msg('Move “all” to the end.', { id: 'lint.fix.allLast' });
    case 'spf-redirect-ignored':
      return msg('Keep either the redirect or the all mechanism.', { id: 'lint.fix.redirect' });
    case 'spf-too-many-lookups':
      return msg('Replace some include, a or mx terms with ip4 or ip6 ranges, or remove services you no longer use.', {
        id: 'lint.fix.lookups',
      });
    case 'spf-plus-all':
      return msg('Use “~all” (soft fail) or “-all” (fail) instead.', { id: 'lint.fix.plusAll' });
    case 'spf-ptr':
      return msg('Replace ptr with the ip4, ip6, a or include terms of your mail servers.', { id: 'lint.fix.ptr' });
    case 'spf-neutral-all':
      return msg('When every server that sends your mail is listed, change it to “~all” or “-all”.', { id: 'lint.fix.neutralAll' });
    case 'spf-no-all':
      return msg('Add “~all” or “-all” at the end.', { id: 'lint.fix.noAll' });
    case 'dmarc-policy':
      return msg('Put p=none, p=quarantine or p=reject right after v=DMARC1.', { id: 'lint.fix.dmarcPolicy' });
    case 'dmarc-none':
      return msg('Once the reports show all your own mail passing, change to p=quarantine and then p=reject.', {
        id: 'lint.fix.dmarcNone',
      });
    case 'dmarc-tag':
    case 'dkim-syntax':
      return otherFix(finding, p);
    case 'dmarc-uri':
      return msg('Write it as mailto:reports@example.com.', { id: 'lint.fix.dmarcUri' });
    case 'dmarc-not-first':
      return msg('Start the record with v=DMARC1; followed by the other tags.', { id: 'lint.fix.dmarcFirst' });
    case 'dmarc-multiple':
      return msg('Keep one DMARC record and delete the others.', { id: 'lint.fix.dmarcMultiple' });
    case 'dkim-revoked':
      return msg('If you still send mail with this selector, put the current key from your mail provider in p=.', {
        id: 'lint.fix.dkimRevoked',
      });
    case 'dkim-key':
      return msg('Copy the key again from your mail provider, without quotes or line breaks.', { id: 'lint.fix.dkimKey' });
    case 'mx-to-cname':
    case 'ns-to-cname':
      return msg(str`Point the ${v('type')} record to the host name the CNAME points to, or replace the CNAME with A/AAAA records.`, {
        id: 'lint.fix.toCname',
      });
    case 'dangling-target':
      return msg(str`Add an A or AAAA record for ${v('target')}, or point the ${v('type')} record elsewhere.`, { id: 'lint.fix.dangling' });
    case 'hosted-target':
      return msg(str`If you no longer use ${v('service')} for this name, delete this record.`, { id: 'lint.fix.hosted' });
    case 'invisible-characters':
      return msg('Retype the value, or paste it again as plain text.', { id: 'lint.fix.invisible' });
    case 'homograph-name':
      return msg('Check the name was typed on purpose; retype it with a plain keyboard if not.', { id: 'lint.fix.homograph' });
    default:
      return finding.fix;
  }
}

/** The fixes of tag-list findings (DMARC, DKIM), by the kind the rules give. */
function otherFix(finding: Finding, p: Params): string | undefined {
  if (p['kind'] === 'pair')
    return finding.code === 'dmarc-tag'
      ? msg('Separate tags with semicolons, like p=reject; rua=mailto:…', { id: 'lint.fix.dmarcPair' })
      : msg('Separate tags with semicolons, like v=DKIM1; k=rsa; p=…', { id: 'lint.fix.dkimPair' });
  if (p['kind'] === 'repeated') return msg('Keep one of them.', { id: 'lint.fix.repeated' });
  if (p['kind'] === 'version') return msg('Move v=DKIM1 to the start.', { id: 'lint.fix.dkimVersion' });
  if (p['kind'] === 'noKey') return msg('Copy the whole record your mail provider gives, including p=.', { id: 'lint.fix.dkimNoKey' });
  return finding.fix;
}
