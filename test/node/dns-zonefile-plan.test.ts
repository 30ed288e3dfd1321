import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planZoneImport, type NormalizedRecord, type RecordType, type ZoneImportPlan } from '../../src/dns/index.js';

interface Stored extends NormalizedRecord {
  id: string;
}

/** `type name value [ttl] [priority]` in one string, for short tables. */
function parse(spec: string): NormalizedRecord {
  const [type = 'A', name = '@', value = '', ttl = '3600', priority] = spec.split(' ');
  return { type: type as RecordType, name, value, ttl: Number(ttl), priority: priority === undefined ? null : Number(priority) };
}
const zone = (...specs: string[]): Stored[] => specs.map((s, i) => ({ id: `rec_${i + 1}`, ...parse(s) }));
const file = (...specs: string[]): NormalizedRecord[] => specs.map(parse);
const show = (r: NormalizedRecord): string => [r.type, r.name, r.value, r.ttl, ...(r.priority === null ? [] : [r.priority])].join(' ');
/** The plan as short strings; current records by id, so the test sees the same objects come back. */
function summary(plan: ZoneImportPlan<Stored>) {
  return {
    add: plan.add.map(show),
    change: plan.change.map(({ from, to }) => `${from.id} -> ${show(to)}`),
    remove: plan.remove.map((r) => r.id),
    unchanged: plan.unchanged.map(show),
    kept: plan.kept.map((r) => r.id),
  };
}

describe('planZoneImport', () => {
  const cases: {
    title: string;
    current: Stored[];
    imported: NormalizedRecord[];
    mode: 'merge' | 'replace';
    expect: ReturnType<typeof summary>;
  }[] = [
    {
      title: 'an identical record is unchanged; a new name is added',
      current: zone('A www 192.0.2.1 300'),
      imported: file('A www 192.0.2.1 300', 'A api 192.0.2.9 300'),
      mode: 'merge',
      expect: { add: ['A api 192.0.2.9 300'], change: [], remove: [], unchanged: ['A www 192.0.2.1 300'], kept: [] },
    },
    {
      title: 'same name and type with another value is a change, not an add and a remove',
      current: zone('A www 192.0.2.1 300'),
      imported: file('A www 192.0.2.2 300'),
      mode: 'replace',
      expect: { add: [], change: ['rec_1 -> A www 192.0.2.2 300'], remove: [], unchanged: [], kept: [] },
    },
    {
      title: 'same value with another TTL is a change',
      current: zone('TXT @ v=spf1 3600'),
      imported: file('TXT @ v=spf1 300'),
      mode: 'merge',
      expect: { add: [], change: ['rec_1 -> TXT @ v=spf1 300'], remove: [], unchanged: [], kept: [] },
    },
    {
      title: 'an MX with the same host and another priority is a change of that MX',
      current: zone('MX @ mx1.example.net 3600 10', 'MX @ mx2.example.net 3600 20'),
      imported: file('MX @ mx2.example.net 3600 5', 'MX @ mx1.example.net 3600 10'),
      mode: 'merge',
      expect: {
        add: [],
        change: ['rec_2 -> MX @ mx2.example.net 3600 5'],
        remove: [],
        unchanged: ['MX @ mx1.example.net 3600 10'],
        kept: [],
      },
    },
    {
      title: 'in a set, values match first and the rest pair up as changes in value order',
      current: zone('A @ 192.0.2.1', 'A @ 192.0.2.2', 'A @ 192.0.2.3'),
      imported: file('A @ 192.0.2.9', 'A @ 192.0.2.2', 'A @ 192.0.2.8', 'A @ 192.0.2.7'),
      mode: 'merge',
      expect: {
        add: ['A @ 192.0.2.9 3600'],
        change: ['rec_1 -> A @ 192.0.2.7 3600', 'rec_3 -> A @ 192.0.2.8 3600'],
        remove: [],
        unchanged: ['A @ 192.0.2.2 3600'],
        kept: [],
      },
    },
    {
      title: 'merge mode removes nothing: records the file does not mention are kept',
      current: zone('A www 192.0.2.1', 'A @ 192.0.2.1', 'A @ 192.0.2.2', 'CNAME blog pages.example.net'),
      imported: file('A @ 192.0.2.1'),
      mode: 'merge',
      expect: { add: [], change: [], remove: [], unchanged: ['A @ 192.0.2.1 3600'], kept: ['rec_1', 'rec_3', 'rec_4'] },
    },
    {
      title: 'replace mode removes what the file does not have, except the apex NS records',
      current: zone('A www 192.0.2.1', 'A @ 192.0.2.1', 'A @ 192.0.2.2', 'NS @ ns1.pocketdns.com', 'NS shop ns1.example.net'),
      imported: file('A @ 192.0.2.1', 'CNAME www example.com'),
      mode: 'replace',
      expect: {
        add: ['CNAME www example.com 3600'],
        change: [],
        remove: ['rec_1', 'rec_3', 'rec_5'],
        unchanged: ['A @ 192.0.2.1 3600'],
        kept: ['rec_4'],
      },
    },
    {
      title: 'TXT values compare case-sensitively',
      current: zone('TXT @ Hello'),
      imported: file('TXT @ hello'),
      mode: 'merge',
      expect: { add: [], change: ['rec_1 -> TXT @ hello 3600'], remove: [], unchanged: [], kept: [] },
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const plan = planZoneImport(c.current, c.imported, { mode: c.mode });
      assert.deepEqual(summary(plan), c.expect);
      for (const r of [...plan.remove, ...plan.kept, ...plan.change.map((x) => x.from)]) {
        assert.ok(c.current.includes(r), 'current records come back as the same objects');
      }
    });
  }

  describe('asks the customer to type the domain name when more than 30% of a zone of 10 or more records changes or goes', () => {
    const ten = zone(...Array.from({ length: 10 }, (_, i) => `A h${i} 192.0.2.${i}`));
    const table: [
      title: string,
      current: Stored[],
      imported: NormalizedRecord[],
      mode: 'merge' | 'replace',
      ratio: number,
      confirm: boolean,
    ][] = [
      ['3 of 10 changed: exactly 30%', ten, file('A h0 192.0.2.100', 'A h1 192.0.2.101', 'A h2 192.0.2.102'), 'merge', 0.3, false],
      ['4 of 10 changed', ten, file('A h0 192.0.2.100', 'A h1 192.0.2.101', 'A h2 192.0.2.102', 'A h3 192.0.2.103'), 'merge', 0.4, true],
      ['replace with 6 of 10 kept: 4 removed', ten, file(...ten.slice(0, 6).map(show)), 'replace', 0.4, true],
      ['merge with 6 of 10 in the file: nothing removed', ten, file(...ten.slice(0, 6).map(show)), 'merge', 0, false],
      ['9 records, all replaced: too small to ask', ten.slice(0, 9), file('A x 192.0.2.1'), 'replace', 1, false],
      ['an empty zone', [], file('A x 192.0.2.1'), 'replace', 0, false],
      [
        'adding 100 records to 10 changes nothing',
        ten,
        file(...Array.from({ length: 100 }, (_, i) => `A n${i} 192.0.2.1`)),
        'merge',
        0,
        false,
      ],
    ];
    for (const [title, current, imported, mode, ratio, confirm] of table) {
      it(title, () => {
        const plan = planZoneImport(current, imported, { mode });
        assert.equal(plan.changeRatio, ratio);
        assert.equal(plan.needsConfirmation, confirm);
      });
    }
  });
});
