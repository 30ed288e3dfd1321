export { PocketDnsDomainSelectEvent, type DomainSelectDetail } from './domain-select.js';
export {
  PocketDnsRecordCreateEvent,
  PocketDnsRecordUpdateEvent,
  PocketDnsRecordDeleteEvent,
  type RecordEventDetail,
} from './record-change.js';
export { PocketDnsBeforeChangeEvent, type BeforeChangeDetail, type ChangeAction } from './before-change.js';
export { PocketDnsErrorEvent, type ErrorDetail } from './error.js';
export { PocketDnsSessionEndEvent, type SessionEndDetail } from './session-end.js';
