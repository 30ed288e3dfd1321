// The "Field: message" protocol: how the sandbox and the handler name the field a 422 message
// is about, and how the client and the elements read it back. One module, so the two sides
// cannot drift. No DOM, no Node.

/** A field a server message can be about. */
export type MessageField = 'type' | 'name' | 'value' | 'ttl' | 'priority' | 'domain_id';

/** How each field is named at the start of a message. */
export const FIELD_LABELS: Readonly<Record<MessageField, string>> = {
  type: 'Type',
  name: 'Name',
  value: 'Value',
  ttl: 'TTL',
  priority: 'Priority',
  domain_id: 'Domain',
};

// Words other servers use for the same fields (the prose pages say `content`; others `data`).
const ALIASES: Readonly<Record<string, MessageField>> = {
  type: 'type',
  name: 'name',
  value: 'value',
  content: 'value',
  data: 'value',
  ttl: 'ttl',
  priority: 'priority',
  domain_id: 'domain_id',
  domain: 'domain_id',
};

/** The field a label or alias (`Value`, `content`, `domain_id`) names, case-insensitively. */
export function fieldOfLabel(label: string): MessageField | undefined {
  return ALIASES[label.trim().toLowerCase()];
}

/** `Label: text`, the form every 422 message about one field takes. */
export function formatFieldMessage(field: MessageField, text: string): string {
  return `${FIELD_LABELS[field]}: ${text}`;
}

/** What {@link parseFieldMessage} reads from a message. */
export interface ParsedFieldMessage {
  /** The field the message is about, if it names one. */
  field: MessageField | undefined;
  /** The message without its `Label: ` prefix (unchanged when it had none). */
  text: string;
}

/**
 * Reads the field a server message is about: `Value: …` (any label or alias, then a colon)
 * gives the field and the text after the colon; a message whose first word names a field
 * (`TTL must be at least 60`) gives that field and the whole message.
 */
export function parseFieldMessage(message: string): ParsedFieldMessage {
  const prefixed = /^\s*([A-Za-z_]+)\s*:\s*([\s\S]*)$/.exec(message);
  if (prefixed) {
    const field = fieldOfLabel(prefixed[1] ?? '');
    if (field) return { field, text: (prefixed[2] ?? '').trim() };
  }
  const first = /^\s*([A-Za-z_]+)/.exec(message)?.[1];
  return { field: first === undefined ? undefined : fieldOfLabel(first), text: message.trim() };
}
