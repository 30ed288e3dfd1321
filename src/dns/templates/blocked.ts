import { checkConflicts, type ZoneRecord } from '../conflicts.js';
import { validateRecord } from '../validate.js';
import type { BlockedCause, PlannedRecord } from './types.js';

/**
 * Why PocketDNS would refuse a planned record: `validateRecord`'s field errors, then
 * `checkConflicts`'s against the zone as it would be after the plan. Empty when it is fine.
 * Each keeps its code, so the UI can say it in another language.
 */
export function blockedCauses(record: PlannedRecord, others: readonly ZoneRecord[], domain: string): BlockedCause[] {
  const validated = validateRecord(record, { zone: domain });
  if (!validated.ok)
    return validated.errors.map(({ code, message, params }) => ({
      source: 'rule',
      message,
      ...(code ? { code } : {}),
      ...(params ? { params } : {}),
    }));
  return checkConflicts(others, validated.record).map(({ code, message, records }) => ({ source: 'conflict', code, message, records }));
}
