import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDraft, type RecordDraft } from '../../src/components/pocketdns-record-form/draft.js';
import { presaveFindings } from '../../src/components/pocketdns-record-form/presave-lint.js';
import type { ZoneRecord } from '../../src/dns/conflicts.js';

const zone = 'example.com';
const records: ZoneRecord[] = [
  { id: 'spf', type: 'TXT', name: '@', value: 'v=spf1 include:_spf.mailhost.example.net ~all' },
  { id: 'www', type: 'A', name: 'www', value: '192.0.2.1' },
];
const txt = (name: string, value: string): RecordDraft => ({ ...emptyDraft('TXT'), name, value });
const codes = (draft: RecordDraft, recordId?: string, zoneName = zone): string[] =>
  presaveFindings({ zone: zoneName, draft, records, recordId }).map((f) => f.code);

describe('presaveFindings (the record form before Save)', () => {
  it('warns that a second SPF record at a name breaks SPF', () => {
    const findings = presaveFindings({ zone, draft: txt('@', 'v=spf1 include:_spf.google.com ~all'), records, recordId: undefined });
    assert.deepEqual(
      findings.map((f) => [f.code, [...f.recordIds].sort()]),
      [['spf-multiple', ['candidate', 'spf']]],
    );
  });

  it('says nothing for a healthy record, an invalid draft, or no zone yet', () => {
    assert.deepEqual(codes(txt('other', 'v=spf1 include:_spf.google.com ~all')), []);
    assert.deepEqual(codes({ ...emptyDraft('A'), name: 'x', value: 'not an address' }), []);
    assert.deepEqual(codes(txt('@', 'v=spf1 include:_spf.google.com ~all'), undefined, ''), []);
  });

  it('lints an edit in place of the record it changes', () => {
    // Editing the one SPF record: still one at the apex, but now with +all.
    assert.deepEqual(codes(txt('@', 'v=spf1 +all'), 'spf'), ['spf-plus-all']);
  });
});
