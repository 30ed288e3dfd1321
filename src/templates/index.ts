/**
 * The catalog of common services as Domain Connect templates, for `planTemplate` and
 * `<pocketdns-connect>`. A separate entry (`@pocketdns/widget/templates`), so the data stays
 * out of the script that only manages records. Partners add their own templates to the list
 * they pass to the UI: `[...catalog, myTemplate]`.
 * @packageDocumentation
 */
import { fastmail } from './fastmail.js';
import { googleWorkspace } from './google-workspace.js';
import { microsoft365 } from './microsoft-365.js';
import { netlify } from './netlify.js';
import { shopify } from './shopify.js';
import type { CatalogTemplate } from './types.js';
import type { DomainConnectTemplate } from '../dns/index.js';
import { vercel } from './vercel.js';
import { verifyDomain } from './verify-domain.js';

export type { CatalogCategory, CatalogParam, CatalogTemplate } from './types.js';
export { fastmail, googleWorkspace, microsoft365, netlify, shopify, vercel, verifyDomain };

/** Every template of the catalog: mail first, then websites, then verification. */
export const catalog: readonly CatalogTemplate[] = [googleWorkspace, microsoft365, fastmail, vercel, netlify, shopify, verifyDomain];

/** The catalog template with this provider and service id (compared exactly, as the specification says). */
export function findTemplate(providerId: string, serviceId: string): CatalogTemplate | undefined;
/** The template with this provider and service id in `templates`: the catalog plus a partner's own, say. */
export function findTemplate<T extends DomainConnectTemplate>(
  providerId: string,
  serviceId: string,
  templates: readonly T[],
): T | undefined;
export function findTemplate(
  providerId: string,
  serviceId: string,
  templates: readonly DomainConnectTemplate[] = catalog,
): DomainConnectTemplate | undefined {
  return templates.find((t) => t.providerId === providerId && t.serviceId === serviceId);
}
