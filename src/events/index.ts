export { PocketDnsDomainSelectEvent, type DomainSelectDetail } from './domain-select.js';
export { PocketDnsRecordCreateEvent, type RecordEventDetail } from './record-create.js';
export { PocketDnsRecordUpdateEvent, type RecordUpdateDetail } from './record-update.js';
export { PocketDnsRecordDeleteEvent } from './record-delete.js';
export { PocketDnsBeforeChangeEvent, type BeforeChangeDetail, type ChangeAction } from './before-change.js';
export { PocketDnsErrorEvent, type ErrorDetail } from './error.js';
export { PocketDnsSessionEndEvent, type SessionEndDetail } from './session-end.js';
