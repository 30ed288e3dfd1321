import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkConflicts, formatTtl, normalizeZone, splitTxtValue, toUnicodeName, type ZoneRecord } from '../../src/dns/index.js';
import { zoneName } from '../../src/dns/names.js';

const zone: ZoneRecord[] = [
  { id: 'rec_a', type: 'A', name: 'www', value: '192.0.2.1' },
  { id: 'rec_aaaa', type: 'AAAA', name: 'www', value: '2001:db8::1' },
  { id: 'rec_cname', type: 'CNAME', name: 'shop', value: 'shops.example.net' },
  { id: 'rec_mx', type: 'MX', name: '@', value: 'mail.example.com', priority: 10 },
  { id: 'rec_txt', type: 'TXT', name: '@', value: 'v=spf1 -all' },
];

const codes = (existing: ZoneRecord[], candidate: ZoneRecord): string[] => checkConflicts(existing, candidate).map((c) => c.code);

describe('checkConflicts', () => {
  it('accepts a record with no clash', () => {
    assert.deepEqual(codes(zone, { type: 'A', name: 'api', value: '192.0.2.9' }), []);
  });

  it('refuses a CNAME at the apex, on the type field', () => {
    const [conflict] = checkConflicts([], { type: 'CNAME', name: '@', value: 'example.net' });
    assert.ok(conflict);
    assert.equal(conflict.code, 'cname-at-apex');
    assert.equal(conflict.field, 'type');
    assert.match(conflict.message, /cannot be at the apex/);
  });

  it('treats an empty name as the apex', () => {
    assert.deepEqual(codes([], { type: 'CNAME', name: '', value: 'example.net' }), ['cname-at-apex']);
  });

  it('refuses a CNAME where other records exist, listing them', () => {
    const [conflict] = checkConflicts(zone, { type: 'CNAME', name: 'www', value: 'example.net' });
    assert.ok(conflict);
    assert.equal(conflict.code, 'cname-not-alone');
    assert.deepEqual(
      conflict.records.map((r) => r.id),
      ['rec_a', 'rec_aaaa'],
    );
    assert.match(conflict.message, /www already has 2 records \(A, AAAA\)/);
  });

  it('refuses a second CNAME at the same name', () => {
    assert.deepEqual(codes(zone, { type: 'CNAME', name: 'shop', value: 'other.example.net' }), ['cname-not-alone']);
  });

  it('refuses any record beside an existing CNAME', () => {
    for (const type of ['A', 'AAAA', 'MX', 'TXT', 'NS', 'SRV'] as const) {
      assert.deepEqual(codes(zone, { type, name: 'shop', value: 'x' }), ['name-has-cname'], type);
    }
  });

  it('compares names case-insensitively and ignores a final dot', () => {
    assert.deepEqual(codes(zone, { type: 'A', name: 'SHOP.', value: '192.0.2.1' }), ['name-has-cname']);
  });

  it('finds an exact duplicate, ignoring host-name case and the final dot', () => {
    assert.deepEqual(codes(zone, { type: 'A', name: 'www', value: '192.0.2.1' }), ['duplicate']);
    assert.deepEqual(codes(zone, { type: 'MX', name: '@', value: 'MAIL.example.com.', priority: 10 }), ['duplicate']);
  });

  it('does not call records with another priority or TXT case duplicates', () => {
    assert.deepEqual(codes(zone, { type: 'MX', name: '@', value: 'mail.example.com', priority: 20 }), []);
    assert.deepEqual(codes(zone, { type: 'TXT', name: '@', value: 'V=SPF1 -ALL' }), []);
  });

  it('leaves the record being edited out of the comparison', () => {
    assert.deepEqual(codes(zone, { id: 'rec_cname', type: 'CNAME', name: 'shop', value: 'new.example.net' }), []);
    assert.deepEqual(codes(zone, { id: 'rec_a', type: 'A', name: 'www', value: '192.0.2.1' }), []);
    // Turning the A record at www into a CNAME still clashes with the AAAA beside it.
    assert.deepEqual(codes(zone, { id: 'rec_a', type: 'CNAME', name: 'www', value: 'example.net' }), ['cname-not-alone']);
  });

  it('reports several problems together', () => {
    const existing: ZoneRecord[] = [{ id: 'x', type: 'CNAME', name: '@', value: 'a.example.net' }];
    assert.deepEqual(codes(existing, { type: 'CNAME', name: '@', value: 'a.example.net' }), [
      'cname-at-apex',
      'cname-not-alone',
      'duplicate',
    ]);
  });
});

describe('display helpers', () => {
  it('shows punycode names in Unicode and leaves others alone', () => {
    assert.equal(toUnicodeName('xn--bcher-kva.example'), 'bücher.example');
    assert.equal(toUnicodeName('www.example.com'), 'www.example.com');
    assert.equal(toUnicodeName('xn--.broken'), 'xn--.broken');
  });

  it('normalizes zone names, and zoneName agrees without the words', () => {
    for (const [zone, expected] of [
      ['Example.COM.', 'example.com'],
      ['bücher.de', 'xn--bcher-kva.de'],
      ['shop。example', 'shop.example'],
    ] as const) {
      assert.equal(normalizeZone(zone), expected);
      assert.equal(zoneName(zone), expected);
    }
    for (const [zone, why] of [
      ['', /empty/],
      ['two..dots', /empty part/],
      ['-lead.example', /hyphen/],
      ['*.example', /asterisk/],
      [`${'a'.repeat(64)}.example`, /at most 63/],
      ['sp ace.example', /cannot be used in a DNS name/],
    ] as const) {
      assert.throws(() => normalizeZone(zone), why, zone);
      assert.equal(zoneName(zone), undefined, zone);
    }
  });

  it('splits TXT values into 255-byte strings without cutting characters', () => {
    assert.deepEqual(splitTxtValue('short'), ['short']);
    assert.deepEqual(splitTxtValue(''), ['']);
    const ascii = splitTxtValue('x'.repeat(600));
    assert.deepEqual(
      ascii.map((s) => s.length),
      [255, 255, 90],
    );
    const wide = splitTxtValue('é'.repeat(200)); // 2 bytes each
    const encoder = new TextEncoder();
    assert.deepEqual(
      wide.map((s) => encoder.encode(s).length),
      [254, 146],
    );
    assert.equal(wide.join(''), 'é'.repeat(200));
  });

  it('says TTLs in words', () => {
    assert.equal(formatTtl(60), '1 min');
    assert.equal(formatTtl(300), '5 min');
    assert.equal(formatTtl(3600), '1 hour');
    assert.equal(formatTtl(5400), '1 hour 30 min');
    assert.equal(formatTtl(86_400), '1 day');
    assert.equal(formatTtl(90_061), '1 day 1 hour');
    assert.equal(formatTtl(45), '45 seconds');
  });
});

describe('punycode decoding', () => {
  it('agrees with Node’s domainToUnicode on a spread of scripts', async () => {
    const { domainToASCII, domainToUnicode } = await import('node:url');
    const words = [
      'bücher',
      'münchen',
      'straße',
      'ñandú',
      'café',
      'ελληνικά',
      'русский',
      '한국어',
      '日本語',
      '中文网',
      'العربية',
      'עברית',
      'हिन्दी',
      'ไทย',
      'tiếng-việt',
      'ąęśćź',
      'ÆØÅ',
      '💩',
      'a-ü-b',
      'x1ü2y3',
      'ü'.repeat(20),
      'ɑɒɓ',
      'ꙮ',
      '𝒜𝒷',
      'ö-ä-ü-ß-é-è',
    ];
    let compared = 0;
    for (const word of words) {
      const ascii = domainToASCII(`${word}.example`);
      if (ascii === '') continue;
      assert.equal(toUnicodeName(ascii), domainToUnicode(ascii), ascii);
      compared += 1;
    }
    assert.ok(compared >= 20, `compared ${compared}`);
  });

  it('leaves labels that are not valid punycode as they are', () => {
    for (const bad of ['xn--', 'xn--a', 'xn--ab-', 'xn--99999999999', 'xn--abc!def']) {
      assert.equal(toUnicodeName(`${bad}.example`), `${bad}.example`, bad);
    }
  });
});
