// Reading an error body in any form the Partner API (or a server in front of it) writes: one
// parser for the client, the handler and the session layer. No DOM, no Node.
import { fieldOfLabel, parseFieldMessage, type MessageField } from './field-message.js';

/** Messages and per-field messages read from an error body in any form we know. */
export interface NormalizedErrorBody {
  /** Messages for people (may be empty when the body said nothing useful). */
  messages: string[];
  /** Messages by field. */
  fields: Partial<Record<MessageField, string[]>>;
}

type Note = (message: string, field?: MessageField) => void;

const fieldOf = (message: string): MessageField | undefined => parseFieldMessage(message).field;

function textOf(item: unknown): string | undefined {
  if (typeof item === 'string') return item.trim() || undefined;
  if (typeof item === 'object' && item !== null) {
    const obj = item as Record<string, unknown>;
    for (const key of ['message', 'detail', 'error', 'title']) {
      if (typeof obj[key] === 'string' && obj[key].trim() !== '') return obj[key].trim();
    }
  }
  return undefined;
}

/**
 * Reads an error body: the seed's `{errors: [...]}` (strings or objects with a message), and
 * the prose pages' `{error, message, details}`, whose `details` may be a string, a list or an
 * object of field → message(s).
 */
export function normalizeErrorBody(body: unknown): NormalizedErrorBody {
  const messages: string[] = [];
  const fields: Partial<Record<MessageField, string[]>> = {};
  const note: Note = (message, field) => {
    messages.push(message);
    const target = field ?? fieldOf(message);
    if (target) (fields[target] ??= []).push(message);
  };
  if (typeof body === 'string') {
    if (body.trim() !== '') note(body.trim());
    return { messages, fields };
  }
  if (typeof body !== 'object' || body === null) return { messages, fields };
  const obj = body as Record<string, unknown>;
  if (Array.isArray(obj.errors)) {
    for (const item of obj.errors) {
      const text = textOf(item);
      const field = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).field : undefined;
      if (text) note(text, typeof field === 'string' ? fieldOfLabel(field) : undefined);
    }
  } else if (typeof obj.errors === 'object' && obj.errors !== null) {
    readDetails(obj.errors, note);
  }
  if (messages.length === 0) {
    const main = textOf(obj.message) ?? textOf(obj.error);
    const hadDetails = obj.details !== undefined && readDetails(obj.details, note);
    if (main && !hadDetails) note(main);
    else if (main) messages.unshift(main);
  }
  return { messages, fields };
}

/** Reads a `details`-like value into `note`; says whether it found anything. */
function readDetails(details: unknown, note: Note): boolean {
  let found = false;
  const add: Note = (message, field) => {
    found = true;
    note(message, field);
  };
  if (typeof details === 'string') {
    if (details.trim() !== '') add(details.trim());
  } else if (Array.isArray(details)) {
    for (const item of details) {
      const text = textOf(item);
      if (text) add(text);
    }
  } else if (typeof details === 'object' && details !== null) {
    for (const [key, raw] of Object.entries(details)) {
      const field = fieldOfLabel(key);
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        const text = textOf(item);
        if (!text) continue;
        // "must be at least 60" reads badly alone: prefix the field when the text lacks it.
        const sentence = fieldOf(text) === field && field ? text : `${key}: ${text}`;
        add(sentence, field);
      }
    }
  }
  return found;
}
