/**
 * Domain Connect templates: planning what applying one does to a zone.
 * @packageDocumentation
 */
export { planTemplate } from './plan.js';
export { TemplateError, type TemplateErrorCode } from './errors.js';
export { templateVariables } from './substitute.js';
export { isSpf, mergeSpf } from './spf.js';
export type * from './types.js';
