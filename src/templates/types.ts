import type { DomainConnectTemplate } from '../dns/index.js';

/** One variable of a catalog template, described for the form that asks for it. */
export interface CatalogParam {
  /** The variable's name, as in `%name%` (lower case). */
  name: string;
  /** The field's label. */
  label: string;
  /** What a value looks like. */
  placeholder: string;
  /** Where the customer finds the value, in one sentence. */
  help: string;
  /** A sample value, for the demo and tests. */
  example: string;
  /** The template group that needs it; absent when every application does. */
  groupId?: string;
}

/** What a service is for, so the UI can group the catalog. */
export type CatalogCategory = 'email' | 'website' | 'verification';

/** A Domain Connect template with what the UI needs to offer it. */
export interface CatalogTemplate extends DomainConnectTemplate {
  /** What the service is for. */
  category: CatalogCategory;
  /** Every variable the records use (built-ins aside), described for a form. */
  params: CatalogParam[];
  /** Groups the customer may leave out, with a label each, like "Verify ownership". */
  optionalGroups?: { groupId: string; label: string }[];
}
