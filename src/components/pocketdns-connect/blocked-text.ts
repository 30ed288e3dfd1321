// Why a Domain Connect plan cannot be applied, in the active locale. The planner (src/dns/templates)
// keeps its English reasons for servers and logs; each has a code and params (`causes`), from which
// the rules' and conflicts' tables, or this file for the planner's own reason, write the text.
import { msg, str } from '@lit/localize';
import type { BlockedCause, PlannedRecord } from '../../dns/templates/types.js';
import { conflictText, ruleText } from '../../internal/i18n-rules.js';

/** One reason PocketDNS would refuse `record`, in the active locale. */
export function blockedText(cause: BlockedCause, record: PlannedRecord): string {
  switch (cause.source) {
    case 'rule':
      return ruleText(cause);
    case 'conflict':
      return conflictText({ code: cause.code, field: 'name', message: cause.message, records: cause.records }, record);
    case 'plan': {
      const { name, count } = cause.params;
      return msg(
        str`${String(name)} already has ${String(count)} SPF records, and a name may have only one. Merge them into one record, then apply the template again.`,
        { id: 'connect.blocked.spfMultiple' },
      );
    }
  }
}
