import * as z from 'zod/mini';
import { parseRecordName } from './names.js';
import { parsePriority, parseRecordType, parseRecordValue, parseTtl } from './values.js';
import { RECORD_TYPES, type RecordType, type RuleResult } from './types.js';

/**
 * Turns one of our rules into a zod/mini field: the rule both checks and normalizes, and its
 * message becomes the zod issue's message, so every path gives the same customer wording.
 */
function ruleField<T>(rule: (raw: unknown) => RuleResult<T>) {
  return z.pipe(
    z.unknown(),
    z.transform((raw: unknown, ctx): T => {
      const result = rule(raw);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', message: result.message, input: raw, params: { rule: result.code, values: result.params } });
      return z.NEVER;
    }),
  );
}

/** The zod/mini schema of a record type's type field, for code that wants only that. */
export const recordTypeSchema = ruleField(parseRecordType);

/** The zod/mini schema of a TTL field. */
export const ttlSchema = ruleField(parseTtl);

/** Builds the schema of a record of one `type` in a normalized `zone`. */
function buildRecordSchema(type: RecordType, zone: string) {
  return z.object({
    type: z.pipe(recordTypeSchema, z.literal(type)),
    name: ruleField((raw) => parseRecordName(typeof raw === 'string' ? raw : '', zone)),
    value: ruleField((raw) => parseRecordValue(raw, type, zone)),
    ttl: ttlSchema,
    priority: ruleField((raw) => parsePriority(raw, type)),
  });
}

/** The normalized output of a record schema. */
export type RecordSchemaOutput = z.output<ReturnType<typeof buildRecordSchema>>;

/** The schema of the fields every record has, used when the type itself is unknown. */
function buildCommonSchema(zone: string) {
  return z.object({
    name: ruleField((raw) => parseRecordName(typeof raw === 'string' ? raw : '', zone)),
    ttl: ttlSchema,
  });
}

// Schemas are built per zone (the name rules need it); a page or a server sees few zones at
// once, so a small cache keeps validation of a 10,000-record import from rebuilding them.
const CACHE_LIMIT = 32;
const cache = new Map<
  string,
  { byType: Map<RecordType, ReturnType<typeof buildRecordSchema>>; common: ReturnType<typeof buildCommonSchema> }
>();

function zoneSchemas(zone: string) {
  let entry = cache.get(zone);
  if (!entry) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    entry = {
      byType: new Map(RECORD_TYPES.map((type) => [type, buildRecordSchema(type, zone)])),
      common: buildCommonSchema(zone),
    };
    cache.set(zone, entry);
  }
  return entry;
}

/**
 * The zod/mini schema of a record of `type` in `zone` (normalized with `normalizeZone`).
 * Parsing with it gives a normalized record or issues whose `path[0]` is the field.
 */
export function recordSchema(type: RecordType, zone: string) {
  const schema = zoneSchemas(zone).byType.get(type);
  if (!schema) throw new TypeError(`Unknown record type ${type}`);
  return schema;
}

/** The zod/mini schema of the fields shared by all types (name, ttl) in `zone`. */
export function commonRecordSchema(zone: string) {
  return zoneSchemas(zone).common;
}
