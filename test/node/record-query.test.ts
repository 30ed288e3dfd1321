import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DnsRecord } from '../../src/api/types.js';
import { displayName, RecordQuery, recordOrder, type RecordSort } from '../../src/components/pocketdns-records/record-query.js';

const record = (id: string, type: string, name: string, value: string): DnsRecord => ({
  id,
  domain_id: 'dom_1',
  type: type as DnsRecord['type'],
  name,
  value,
  ttl: 3600,
  priority: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});

const ZONE: DnsRecord[] = [
  record('r1', 'TXT', 'www', 'v=spf1 -all'),
  record('r2', 'A', 'www', '192.0.2.1'),
  record('r3', 'MX', '@', 'mail.example.net'),
  record('r4', 'A', 'api', '192.0.2.7'),
  record('r5', 'CNAME', 'shop', 'shops.example.net'),
  record('r6', 'A', '@', '192.0.2.9'),
];
const byName: RecordSort = { key: 'name', descending: false };
const ids = (rows: readonly DnsRecord[]): string[] => rows.map((r) => r.id);

/** What the rows must be: the whole list filtered and sorted from scratch, no caches. */
function expected(records: readonly DnsRecord[], filter: string, sort: RecordSort): string[] {
  const needle = filter.trim().toLowerCase();
  const matches = records.filter((r) => `${r.type} ${r.name} ${displayName(r.name)} ${r.value}`.toLowerCase().includes(needle));
  return ids(matches.sort(recordOrder(sort)));
}

describe('RecordQuery', () => {
  it('sorts by name (the apex first, then by type) or by type, either way round', () => {
    const query = new RecordQuery();
    assert.deepEqual(ids(query.rows(ZONE, '', byName)), ['r6', 'r3', 'r4', 'r5', 'r2', 'r1']);
    assert.deepEqual(ids(query.rows(ZONE, '', { key: 'name', descending: true })), ['r1', 'r2', 'r5', 'r4', 'r3', 'r6']);
    assert.deepEqual(ids(query.rows(ZONE, '', { key: 'type', descending: false })), ['r6', 'r4', 'r2', 'r5', 'r3', 'r1']);
    // Back to a sort asked for before: the same rows again.
    assert.deepEqual(ids(query.rows(ZONE, '', byName)), ['r6', 'r3', 'r4', 'r5', 'r2', 'r1']);
  });

  it('filters case-insensitively on type, name and value, keeping the sort', () => {
    const query = new RecordQuery();
    assert.deepEqual(ids(query.rows(ZONE, 'a', { key: 'type', descending: false })), ['r6', 'r4', 'r2', 'r5', 'r3', 'r1']);
    assert.deepEqual(ids(query.rows(ZONE, ' 192.0.2 ', byName)), ['r6', 'r4', 'r2']);
    assert.deepEqual(ids(query.rows(ZONE, 'EXAMPLE.NET', byName)), ['r3', 'r5']);
    assert.deepEqual(ids(query.rows(ZONE, 'nothing like it', byName)), []);
    // Never across two records (r6 "… 192.0.2.9" sorts just before r3 "mx @ …").
    assert.deepEqual(ids(query.rows(ZONE, '.9 mx', byName)), []);
    assert.deepEqual(ids(query.rows(ZONE, '2.9', byName)), ['r6']);
  });

  it('gives the same rows typing a filter letter by letter, deleting it, and changing the sort in between', () => {
    const query = new RecordQuery();
    const typed = ['w', 'ww', 'www', 'www', 'ww', 'w', '', 's', 'sh', 'shop', 'sho', 'x', ''];
    const sorts: RecordSort[] = [byName, { key: 'type', descending: true }];
    for (const sort of sorts) {
      for (const filter of typed)
        assert.deepEqual(ids(query.rows(ZONE, filter, sort)), expected(ZONE, filter, sort), `${filter} ${sort.key}`);
    }
  });

  it('reads a new list when the list changes (a record added or changed is a new array)', () => {
    const query = new RecordQuery();
    assert.deepEqual(ids(query.rows(ZONE, 'www', byName)), ['r2', 'r1']);
    const added = [...ZONE, record('r7', 'AAAA', 'www', '2001:db8::1')];
    assert.deepEqual(ids(query.rows(added, 'www', byName)), ['r2', 'r7', 'r1']);
    assert.deepEqual(ids(query.rows(added, 'wwww', byName)), []);
    const changed = added.map((r) => (r.id === 'r2' ? { ...r, name: 'web' } : r));
    assert.deepEqual(ids(query.rows(changed, 'www', byName)), ['r7', 'r1']);
  });

  it('keeps the answer while nothing changed, and never changes the list it was given', () => {
    const query = new RecordQuery();
    const before = ids(ZONE);
    const rows = query.rows(ZONE, 'a', byName);
    assert.equal(query.rows(ZONE, 'a', byName), rows);
    query.rows(ZONE, '', { key: 'type', descending: true });
    assert.deepEqual(ids(ZONE), before);
  });
});
