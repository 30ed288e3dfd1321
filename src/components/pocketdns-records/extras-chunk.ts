// What the elements load after first paint (in idle time, or on first use): the record form,
// the record linter and the "Is it live?" checker. Imported dynamically, so the first rows of a
// zone do not wait for them; the script-tag build ships them as a third script.
import '../pocketdns-record-form/pocketdns-record-form.js';

export { draftFromRecord, emptyDraft } from '../pocketdns-record-form/draft.js';
export { lintRecords } from '../../dns/lint/lint.js';
export { watchPropagation } from '../../health/propagation.js';
export { createHealth } from './health-parts.js';
export { createFlows } from './flows-parts.js';
export { domainDetails } from '../pocketdns-domains/domain-details.js';
