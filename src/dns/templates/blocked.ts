import { checkConflicts, type ZoneRecord } from '../conflicts.js';
import { validateRecord } from '../validate.js';
import type { PlannedRecord } from './types.js';

/**
 * Why PocketDNS would refuse a planned record: `validateRecord`'s field messages, then
 * `checkConflicts`'s against the zone as it would be after the plan. Empty when it is fine.
 */
export function blockedReasons(record: PlannedRecord, others: readonly ZoneRecord[], domain: string): string[] {
  const validated = validateRecord(record, { zone: domain });
  if (!validated.ok) return validated.errors.map((e) => e.message);
  return checkConflicts(others, validated.record).map((c) => c.message);
}
