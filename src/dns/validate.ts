import { normalizeZone } from './names.js';
import { commonRecordSchema, recordSchema } from './schemas.js';
import { parseRecordType } from './values.js';
import type { FieldError, RecordField, RecordInput, RuleParams, ValidationResult } from './types.js';

/** Options of {@link validateRecord}. */
export interface ValidateOptions {
  /** The domain the record belongs to, like `example.com` (Unicode or punycode). */
  zone: string;
}

const FIELDS: readonly RecordField[] = ['type', 'name', 'value', 'ttl', 'priority'];

/** A zod issue as our rule fields make it (`params` carries the rule's code and values). */
interface RuleIssue {
  path: readonly PropertyKey[];
  message: string;
  params?: { rule?: string; values?: RuleParams } | undefined;
}

function toFieldErrors(issues: readonly RuleIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const key = issue.path[0];
    const field = FIELDS.find((f) => f === key) ?? 'value';
    // One message per field: the first problem is the one to fix first.
    if (errors.some((e) => e.field === field)) continue;
    const { rule, values } = issue.params ?? {};
    errors.push({ field, message: issue.message, ...(rule ? { code: rule } : {}), ...(values ? { params: values } : {}) });
  }
  return errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
}

/**
 * Checks one record and gives it its canonical form, or says what is wrong, field by field,
 * in sentences a customer understands. Every field is checked, so a form can show all
 * problems at once. Zone-level rules (CNAME exclusivity, duplicates) are `checkConflicts`'s.
 *
 * @example
 * validateRecord({type: 'A', name: 'WWW', value: '192.0.2.1', ttl: 300}, {zone: 'example.com'})
 * // {ok: true, record: {type: 'A', name: 'www', value: '192.0.2.1', ttl: 300, priority: null}}
 */
export function validateRecord(input: RecordInput, options: ValidateOptions): ValidationResult {
  const zone = normalizeZone(options.zone);
  // Partners' JavaScript and request bodies can hand in anything, whatever the type says.
  const given: unknown = input;
  const raw: Partial<Record<RecordField, unknown>> = typeof given === 'object' && given !== null ? given : {};
  // Every field present (zod reports an absent key apart from an undefined one), stray keys dropped.
  const source = { type: raw.type, name: raw.name, value: raw.value, ttl: raw.ttl, priority: raw.priority };
  const type = parseRecordType(source.type);
  if (!type.ok) {
    const common = commonRecordSchema(zone).safeParse(source);
    return {
      ok: false,
      errors: [
        { field: 'type', message: type.message, code: type.code ?? 'type.missing' },
        ...(common.success ? [] : toFieldErrors(common.error.issues)),
      ],
    };
  }
  const parsed = recordSchema(type.value, zone).safeParse(source);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error.issues) };
  return { ok: true, record: parsed.data };
}
