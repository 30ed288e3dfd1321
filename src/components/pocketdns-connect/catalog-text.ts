// The built-in catalog's text for customers, in the active locale. src/templates stays plain
// English data (partners pass their own templates too, which the widget does not translate), so
// the UI finds a translation by the template's identity (provider and service id, then param name
// or group id), and uses it only where the template still says what the built-in one says: a
// partner's own wording, even on a template that reuses a built-in id, is shown as written.
// Sample values (`example-com`, `my-site`) and product names are data and stay as they are;
// `description` is for developers (the Domain Connect format says so) and is not shown.
import { msg } from '@lit/localize';
import type { DomainConnectTemplate } from '../../dns/templates/types.js';
import { findTemplate } from '../../templates/index.js';
import type { CatalogParam } from '../../templates/types.js';

/**
 * A built-in template's texts by field: `serviceName`, `providerName`, `<param>.label`,
 * `<param>.placeholder`, `<param>.help`, `group.<groupId>`.
 */
type Texts = Readonly<Record<string, string>>;

/** Said the same for Google and Microsoft: one message. */
const verificationCode = (): string => msg('Verification code', { id: 'catalog.verificationCode' });

/** The translations, by `providerId/serviceId`; each called at render time, in the active locale. */
export const CATALOG_TEXTS: Readonly<Record<string, () => Texts>> = {
  'google.com/workspace-mail': () => ({
    serviceName: msg('Gmail for your domain', { id: 'catalog.google.service' }),
    'verification.label': verificationCode(),
    'verification.placeholder': msg('the code after google-site-verification=', { id: 'catalog.google.code.placeholder' }),
    'verification.help': msg('In the Google Admin console, under Domains, choose to verify with a TXT record and copy the code.', {
      id: 'catalog.google.code.help',
    }),
    'group.verification': msg('Verify the domain with Google', { id: 'catalog.google.verify' }),
  }),
  'microsoft.com/exchange-online': () => ({
    serviceName: msg('Outlook mail for your domain', { id: 'catalog.microsoft.service' }),
    'mxhost.label': msg('Mail host', { id: 'catalog.microsoft.mxhost.label' }),
    'mxhost.help': msg(
      'Shown in the Microsoft 365 admin center under Settings, Domains, DNS records: the part before .mail.protection.outlook.com, usually your domain with its dots replaced by dashes.',
      { id: 'catalog.microsoft.mxhost.help' },
    ),
    'verification.label': verificationCode(),
    'verification.help': msg('Shown in the Microsoft 365 admin center when you add the domain: the TXT value after MS=.', {
      id: 'catalog.microsoft.code.help',
    }),
    'group.verification': msg('Verify the domain with Microsoft', { id: 'catalog.microsoft.verify' }),
  }),
  'fastmail.com/mail': () => ({
    serviceName: msg('Fastmail for your domain', { id: 'catalog.fastmail.service' }),
  }),
  'vercel.com/website': () => ({
    serviceName: msg('Vercel project', { id: 'catalog.vercel.service' }),
    'verification.label': msg('Verification value', { id: 'catalog.vercel.value.label' }),
    'verification.help': msg(
      'Only when Vercel asks you to verify the domain: copy the TXT value for _vercel from the project’s Domains settings.',
      { id: 'catalog.vercel.value.help' },
    ),
    'group.verification': msg('Verify the domain with Vercel', { id: 'catalog.vercel.verify' }),
  }),
  'netlify.com/website': () => ({
    serviceName: msg('Netlify site', { id: 'catalog.netlify.service' }),
    'site.label': msg('Netlify site name', { id: 'catalog.netlify.site.label' }),
    'site.help': msg('The name in your site’s netlify.app address, under Site configuration in Netlify.', {
      id: 'catalog.netlify.site.help',
    }),
  }),
  'shopify.com/store': () => ({
    serviceName: msg('Shopify store', { id: 'catalog.shopify.service' }),
  }),
  'pocketdns.com/verify-domain': () => ({
    providerName: msg('Domain verification', { id: 'catalog.verify.provider' }),
    serviceName: msg('Verify domain ownership', { id: 'catalog.verify.service' }),
    'token.label': msg('TXT value', { id: 'catalog.verify.token.label' }),
    'token.help': msg('Copy the whole TXT value the service shows you; if it names a host too, enter that as the name to apply it to.', {
      id: 'catalog.verify.token.help',
    }),
  }),
};

/** A template's params and groups as read loosely: any Domain Connect template may come. */
interface Extras {
  params?: readonly Partial<CatalogParam>[];
  optionalGroups?: readonly { groupId: string; label: string }[];
}

/**
 * `template` with its customer-facing text in the active locale, where it is a built-in
 * template's English text; anything else as it is. For showing only: the plan, events and
 * the partner get `template` itself.
 */
export function shownTemplate<T extends DomainConnectTemplate>(template: T): T {
  const texts = CATALOG_TEXTS[`${template.providerId}/${template.serviceId}`];
  const builtin = findTemplate(template.providerId, template.serviceId);
  if (!texts || !builtin) return template;
  const ours = texts();
  const text = <S extends string | undefined>(key: string, own: S, english: string | undefined): S =>
    own === english && ours[key] !== undefined ? (ours[key] as S) : own;
  const { params, optionalGroups } = template as T & Extras;
  const shown: T & Extras = {
    ...template,
    providerName: text('providerName', template.providerName, builtin.providerName),
    serviceName: text('serviceName', template.serviceName, builtin.serviceName),
  };
  if (params)
    shown.params = params.map((p) => {
      const english = builtin.params.find((b) => b.name === p.name);
      return {
        ...p,
        label: text(`${String(p.name)}.label`, p.label, english?.label),
        placeholder: text(`${String(p.name)}.placeholder`, p.placeholder, english?.placeholder),
        help: text(`${String(p.name)}.help`, p.help, english?.help),
      };
    });
  if (optionalGroups)
    shown.optionalGroups = optionalGroups.map((g) => ({
      ...g,
      label: text(`group.${g.groupId}`, g.label, builtin.optionalGroups?.find((b) => b.groupId === g.groupId)?.label),
    }));
  return shown;
}
