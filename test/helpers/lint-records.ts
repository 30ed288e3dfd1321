import { generateKeyPairSync } from 'node:crypto';
import type { Finding, LintCode, LintRecord, RecordType } from '../../src/dns/index.js';

let nextId = 0;
/** A record in our normalized shape with a fresh id (or the given one). */
export const rec = (type: RecordType, name: string, value: string, extra: { id?: string; priority?: number } = {}): LintRecord => ({
  id: extra.id ?? `r${(nextId += 1)}`,
  type,
  name,
  value,
  priority: extra.priority ?? null,
});
/** A TXT record. */
export const txt = (name: string, value: string, id?: string): LintRecord => rec('TXT', name, value, id === undefined ? {} : { id });

/** A real RSA public key (base64 DER), so "valid key" cases check genuine base64. */
export const rsaKey = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .publicKey.export({ type: 'spki', format: 'der' })
  .toString('base64');

/** The codes of some findings, in order. */
export const codesOf = (findings: readonly Finding[]): LintCode[] => findings.map((f) => f.code);
