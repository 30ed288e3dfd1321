import type { DnsRecord } from '../../api/types.js';
import { validateRecord } from '../../dns/validate.js';
import type { RecordInput, RecordType } from '../../dns/types.js';

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
    priority: type === 'MX' || type === 'SRV' ? '10' : '',
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
  const withPriority = draft.type === 'MX' || draft.type === 'SRV';
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
    errors[field] ??= error.message.replace(/^Target: /, '');
  }
  return errors;
}

/** Puts a server message under the form field it names, without its `Field: ` prefix. */
export function placeServerMessage(message: string, type: RecordType): { field: DraftField | undefined; text: string } {
  const match = /^\s*(Type|Name|Value|Content|TTL|Priority|Weight|Port|Target)\s*:\s*(.*)$/is.exec(message);
  if (!match) return { field: undefined, text: message };
  const label = (match[1] ?? '').toLowerCase();
  const text = match[2] ?? message;
  const field = (label === 'content' ? 'value' : label) as DraftField;
  return { field: type === 'SRV' && field === 'value' ? srvField(text) : field, text };
}
