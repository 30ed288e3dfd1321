/**
 * Responses from the real service may name a record's value `content` (as the prose reference
 * pages do) where the seed says `value`. Records are renamed in place; returns whether any was.
 */
export function normalizeRecordsIn(body: unknown): boolean {
  if (Array.isArray(body)) {
    let changed = false;
    for (const item of body) changed = normalizeRecordsIn(item) || changed;
    return changed;
  }
  if (typeof body !== 'object' || body === null) return false;
  const obj = body as Record<string, unknown>;
  let changed = false;
  if (Array.isArray(obj.dns_records)) changed = normalizeRecordsIn(obj.dns_records);
  if (typeof obj.type === 'string' && ('content' in obj || 'value' in obj)) {
    if (obj.value === undefined && 'content' in obj) {
      obj.value = obj.content;
      changed = true;
    }
    if ('content' in obj) {
      delete obj.content;
      changed = true;
    }
    if (obj.priority === undefined) {
      obj.priority = null;
      changed = true;
    }
  }
  return changed;
}
