// How the Partner API reads record bodies: the rules the sandbox (emulating PocketDNS) and
// the partner handler (checking before PocketDNS) must apply identically. No DOM, no Node.
import type { DnsRecord } from '../api/types.js';
import type { RecordField, RecordInput } from '../dns/types.js';
import { formatFieldMessage } from './field-message.js';

/** A valid `user_identifier`: 1–255 of `A-Z a-z 0-9 _ -`. */
export const USER_IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;

/** `Label: message`, so clients can put the message under its field. */
export function fieldMessage(field: RecordField | 'domain_id', message: string): string {
  return formatFieldMessage(field, message);
}

/** {@link fieldMessage} for each problem. */
export function fieldMessages(errors: readonly { field: RecordField | 'domain_id'; message: string }[]): string[] {
  return errors.map((e) => fieldMessage(e.field, e.message));
}

/** The record a create body describes: `content` accepted for `value`, TTL 3600 by default. */
export function createInput(body: Record<string, unknown>): RecordInput {
  return {
    type: body.type as string,
    name: body.name as string,
    value: (body.value ?? body.content) as string,
    ttl: (body.ttl ?? 3600) as number,
    priority: body.priority as number | undefined,
  };
}

/** What {@link mergeUpdate} gives. */
export type MergedUpdate = { ok: true; input: RecordInput; changed: boolean } | { ok: false; message: string };

/**
 * The record an update body makes of `record`: fields left out keep their value, `content`
 * is accepted for `value`, and the type and the domain cannot change. `changed` says whether
 * the body named any field that can change.
 */
export function mergeUpdate(record: DnsRecord, changes: Record<string, unknown>): MergedUpdate {
  if (changes.type !== undefined && changes.type !== record.type) {
    return { ok: false, message: fieldMessage('type', 'The type of a record cannot be changed; delete it and create a new one.') };
  }
  if (changes.domain_id !== undefined && changes.domain_id !== record.domain_id) {
    return { ok: false, message: fieldMessage('domain_id', 'A record cannot be moved to another domain.') };
  }
  const value = changes.value ?? changes.content;
  return {
    ok: true,
    changed: [changes.name, value, changes.ttl, changes.priority].some((v) => v !== undefined),
    input: {
      type: record.type,
      name: (changes.name ?? record.name) as string,
      value: (value ?? record.value) as string,
      ttl: (changes.ttl ?? record.ttl) as number,
      priority: (changes.priority === undefined ? record.priority : changes.priority) as number | null,
    },
  };
}

/**
 * The 422 message for a `name` that is present but not text (`null`, `0`, `[]`, `{}`), which
 * would otherwise read as the apex; undefined when the name is text or left out.
 */
export function nonTextName(body: Record<string, unknown>): string | undefined {
  return body.name === undefined || typeof body.name === 'string'
    ? undefined
    : fieldMessage('name', 'Name must be text (use @ for the apex).');
}
