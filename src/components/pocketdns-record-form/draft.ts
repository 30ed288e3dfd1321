import type { ApiErrorField, PocketDnsApiError } from '../../api/errors.js';
import { ruleText } from '../../internal/i18n-rules.js';
import type { DnsRecord } from '../../api/types.js';
import { parseFieldMessage } from '../../contract/field-message.js';
import { validateRecord } from '../../dns/validate.js';
import { TYPES_WITH_PRIORITY, type RecordInput, type RecordType } from '../../dns/types.js';

/** The form's fields, as the customer typed them (strings, as inputs give them). */
export interface RecordDraft {
  type: RecordType;
  name: string;
  value: string;
  ttl: string;
  priority: string;
  /** SRV only: the three parts the form shows for `value`. */
  weight: string;
  port: string;
  target: string;
}

/** A form field's id, and the field its messages go under. */
export type DraftField = 'type' | 'name' | 'value' | 'ttl' | 'priority' | 'weight' | 'port' | 'target';

/** A new, empty record. */
export function emptyDraft(type: RecordType = 'A'): RecordDraft {
  return {
    type,
    name: '',
    value: '',
    ttl: '3600',
    priority: TYPES_WITH_PRIORITY.includes(type) ? '10' : '',
    weight: '',
    port: '',
    target: '',
  };
}

/** The form filled in from an existing record. */
export function draftFromRecord(record: DnsRecord): RecordDraft {
  const draft: RecordDraft = {
    ...emptyDraft(record.type),
    name: record.name,
    value: record.value,
    ttl: String(record.ttl),
    priority: record.priority === null || record.priority === undefined ? '' : String(record.priority),
  };
  if (record.type === 'SRV') {
    const [weight = '', port = '', target = ''] = record.value.split(/\s+/);
    Object.assign(draft, { weight, port, target });
  }
  return draft;
}

/** The record the draft describes, for the dns rules. */
export function draftToInput(draft: RecordDraft): RecordInput {
  const withPriority = TYPES_WITH_PRIORITY.includes(draft.type);
  return {
    type: draft.type,
    name: draft.name,
    value:
      draft.type === 'SRV'
        ? [draft.weight, draft.port, draft.target]
            .map((p) => p.trim())
            .join(' ')
            .trim()
        : draft.value,
    ttl: draft.ttl,
    priority: withPriority ? draft.priority : null,
  };
}

/** Where an SRV value message belongs: the rules prefix weight, port and target problems. */
function srvField(message: string): DraftField {
  if (message.startsWith('Weight')) return 'weight';
  if (message.startsWith('Port')) return 'port';
  return 'target';
}

/**
 * Checks the draft with the same rules the server uses and gives one message per form field
 * (SRV value messages go under weight, port or target).
 */
export function draftErrors(draft: RecordDraft, zone: string): Partial<Record<DraftField, string>> {
  const result = validateRecord(draftToInput(draft), { zone });
  if (result.ok) return {};
  const errors: Partial<Record<DraftField, string>> = {};
  for (const error of result.errors) {
    const field: DraftField = draft.type === 'SRV' && error.field === 'value' ? srvField(error.message) : error.field;
    errors[field] ??= ruleText(error);
  }
  return errors;
}

/** A server's refusal, placed on the form: messages under their fields, the rest for the whole form. */
export interface PlacedServerErrors {
  /** One message per field, without its `Field: ` prefix. */
  fields: Partial<Record<DraftField, string>>;
  /** Messages that name no field of the form. */
  unplaced: string[];
}

/**
 * Places a failed save's messages: for a refusal (422, 400) each message the client filed
 * under a field (`PocketDnsApiError.fields`) goes under that form field (SRV value messages
 * under weight, port or target), and every other message is for the whole form.
 */
export function placeServerErrors(error: PocketDnsApiError, type: RecordType): PlacedServerErrors {
  const fields: Partial<Record<DraftField, string>> = {};
  const unplaced: string[] = [];
  const placed = new Set<string>();
  if (error.code === 'validation_failed' || error.code === 'bad_request') {
    for (const [field, messages] of Object.entries(error.fields) as [ApiErrorField, string[]][]) {
      for (const message of messages) {
        const { text } = parseFieldMessage(message);
        const target: DraftField | undefined =
          field === 'domain_id' ? undefined : type === 'SRV' && field === 'value' ? srvField(text) : field;
        if (!target || fields[target] !== undefined) continue;
        fields[target] = text;
        placed.add(message);
      }
    }
  }
  for (const message of error.messages) if (!placed.has(message)) unplaced.push(message);
  return { fields, unplaced };
}
