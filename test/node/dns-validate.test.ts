import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RECORD_TYPES, validateRecord, type RecordField, type RecordInput } from '../../src/dns/index.js';

const ZONE = 'example.com';

/** A case that must pass, with the normalized fields it must give (others as input). */
interface Valid {
  input: RecordInput;
  expect?: Partial<{ name: string; value: string; ttl: number; priority: number | null; type: string }>;
  zone?: string;
}
/** A case that must fail on `field`, with a message matching `message`. */
interface Invalid {
  input: RecordInput;
  field: RecordField;
  message: RegExp;
  zone?: string;
}

const r = (type: string, name: string, value: string, ttl: number | string = 3600, priority?: number | string | null): RecordInput => ({
  type,
  name,
  value,
  ttl,
  priority,
});

const valid: Valid[] = [
  // A
  { input: r('A', 'www', '192.0.2.1', 300), expect: { name: 'www', value: '192.0.2.1', ttl: 300, priority: null } },
  { input: r('a', 'WWW', '192.0.2.1'), expect: { type: 'A', name: 'www' } },
  { input: r('A', '@', '203.0.113.9'), expect: { name: '@' } },
  { input: r('A', '', '203.0.113.9'), expect: { name: '@' } },
  { input: r('A', '  api  ', ' 198.51.100.7 '), expect: { name: 'api', value: '198.51.100.7' } },
  { input: r('A', '*', '192.0.2.1'), expect: { name: '*' } },
  { input: r('A', '*.shop', '192.0.2.1'), expect: { name: '*.shop' } },
  { input: r('A', 'a.b.c.d', '0.0.0.0'), expect: { name: 'a.b.c.d' } },
  { input: r('A', 'x', '255.255.255.255'), expect: { value: '255.255.255.255' } },
  { input: r('A', 'www.example.com', '192.0.2.1'), expect: { name: 'www' } },
  { input: r('A', 'www.example.com.', '192.0.2.1'), expect: { name: 'www' } },
  { input: r('A', 'example.com.', '192.0.2.1'), expect: { name: '@' } },
  { input: r('A', 'bücher', '192.0.2.1'), expect: { name: 'xn--bcher-kva' } },
  { input: r('A', 'ｗｗｗ', '192.0.2.1'), expect: { name: 'www' } },
  { input: r('A', 'shop。eu', '192.0.2.1'), expect: { name: 'shop.eu' } },
  { input: r('A', 'xn--bcher-kva', '192.0.2.1'), expect: { name: 'xn--bcher-kva' } },
  // UTS-46 (what browsers use) maps emoji labels to punycode; registries may refuse them, DNS does not.
  { input: r('A', '💩', '192.0.2.1'), expect: { name: 'xn--ls8h' } },
  { input: r('A', '_acme-challenge', '192.0.2.1'), expect: { name: '_acme-challenge' } },
  { input: r('A', 'a'.repeat(63), '192.0.2.1'), expect: { name: 'a'.repeat(63) } },
  { input: r('A', 'mail-01', '192.0.2.1'), expect: { name: 'mail-01' } },
  { input: r('A', '123', '192.0.2.1'), expect: { name: '123' } },
  { input: r('A', 'www', '192.0.2.1', '60'), expect: { ttl: 60 } },
  { input: r('A', 'www', '192.0.2.1', 86400), expect: { ttl: 86400 } },
  { input: r('A', 'www', '192.0.2.1', 300, ''), expect: { priority: null } },
  { input: r('A', 'www', '192.0.2.1', 300, null), expect: { priority: null } },
  { input: r('A', 'www', '192.0.2.1'), zone: 'Example.COM.', expect: { name: 'www' } },
  { input: r('A', 'www.bücher.de', '192.0.2.1'), zone: 'bücher.de', expect: { name: 'www' } },
  { input: r('A', 'www.xn--bcher-kva.de', '192.0.2.1'), zone: 'bücher.de', expect: { name: 'www' } },
  // AAAA
  { input: r('AAAA', '@', '2001:db8::1'), expect: { value: '2001:db8::1' } },
  { input: r('AAAA', 'v6', '2001:0DB8:0000:0000:0000:0000:0000:0001'), expect: { value: '2001:db8::1' } },
  { input: r('AAAA', 'v6', '2001:db8:0:0:1:0:0:1'), expect: { value: '2001:db8::1:0:0:1' } },
  { input: r('AAAA', 'v6', '::1'), expect: { value: '::1' } },
  { input: r('AAAA', 'v6', '::'), expect: { value: '::' } },
  { input: r('AAAA', 'v6', 'FE80::ABCD'), expect: { value: 'fe80::abcd' } },
  { input: r('AAAA', 'v6', '2001:db8:85a3:0:0:8a2e:370:7334'), expect: { value: '2001:db8:85a3::8a2e:370:7334' } },
  { input: r('AAAA', 'v6', '::ffff:192.0.2.1'), expect: { value: '::ffff:c000:201' } },
  // CNAME
  { input: r('CNAME', 'www', 'example.net'), expect: { value: 'example.net' } },
  { input: r('CNAME', 'www', 'Target.Example.NET.'), expect: { value: 'target.example.net' } },
  { input: r('CNAME', 'docs', 'sites.bücher.de'), expect: { value: 'sites.xn--bcher-kva.de' } },
  { input: r('CNAME', 's1._domainkey', 's1.domainkey.u123.wl.sendgrid.net'), expect: { name: 's1._domainkey' } },
  { input: r('CNAME', 'em', 'u123._domainkey.sendgrid.net'), expect: { value: 'u123._domainkey.sendgrid.net' } },
  { input: r('CNAME', 'www', '@'), expect: { value: 'example.com' } },
  { input: r('CNAME', '*', 'lb.example.net'), expect: { name: '*' } },
  { input: r('CNAME', 'www', 'a-b.c-d.example'), expect: { value: 'a-b.c-d.example' } },
  // MX
  { input: r('MX', '@', 'mail.example.com', 3600, 10), expect: { value: 'mail.example.com', priority: 10 } },
  { input: r('MX', '@', 'mx1.example.net.', 3600, '0'), expect: { value: 'mx1.example.net', priority: 0 } },
  { input: r('MX', 'sub', 'mx.example.net', 3600, 65535), expect: { priority: 65535 } },
  { input: r('MX', '@', 'ASPMX.L.GOOGLE.COM', 3600, 1), expect: { value: 'aspmx.l.google.com' } },
  // TXT
  { input: r('TXT', '@', 'v=spf1 include:_spf.google.com ~all'), expect: { value: 'v=spf1 include:_spf.google.com ~all' } },
  { input: r('TXT', '_dmarc', 'v=DMARC1; p=none; rua=mailto:d@example.com'), expect: { name: '_dmarc' } },
  { input: r('TXT', '@', 'x'.repeat(255)) },
  { input: r('TXT', '@', 'x'.repeat(256)) },
  { input: r('TXT', '@', 'x'.repeat(4096)) },
  { input: r('TXT', '@', '<img src=x onerror=alert(1)>'), expect: { value: '<img src=x onerror=alert(1)>' } },
  { input: r('TXT', '@', '  spaced  '), expect: { value: '  spaced  ' } },
  { input: r('TXT', '@', 'Case Matters'), expect: { value: 'Case Matters' } },
  { input: r('TXT', '@', 'ünïcödé ✓'), expect: { value: 'ünïcödé ✓' } },
  { input: r('TXT', '@', '"quoted"'), expect: { value: '"quoted"' } },
  { input: r('TXT', 'google._domainkey', 'v=DKIM1; k=rsa; p=MIIBIjANBgkq') },
  // SRV
  { input: r('SRV', '_sip._tcp', '5 5060 sip.example.com', 3600, 10), expect: { value: '5 5060 sip.example.com', priority: 10 } },
  { input: r('SRV', '_sip._tcp', ' 5   5060  SIP.example.com. ', 3600, 10), expect: { value: '5 5060 sip.example.com' } },
  { input: r('SRV', '_xmpp._tcp.chat', '0 5222 xmpp.example.net', 3600, 0), expect: { name: '_xmpp._tcp.chat' } },
  { input: r('SRV', '_imaps._tcp', '0 0 .', 3600, 0), expect: { value: '0 0 .' } },
  { input: r('SRV', '_sip._udp', '65535 65535 sip.example.com', 3600, '20'), expect: { priority: 20 } },
  // NS
  { input: r('NS', 'sub', 'ns1.example.net'), expect: { value: 'ns1.example.net' } },
  { input: r('NS', 'delegated.zone', 'NS2.EXAMPLE.NET.'), expect: { value: 'ns2.example.net' } },
  { input: r('NS', '@', 'ns1.pocketdns.com'), expect: { name: '@' } },
];

const invalid: Invalid[] = [
  // type
  { input: r('', 'www', '192.0.2.1'), field: 'type', message: /Choose a record type/ },
  { input: r('CAA', 'www', '0 issue "x"'), field: 'type', message: /“CAA” is not a record type we support/ },
  { input: r('PTR', 'www', 'x.example.com'), field: 'type', message: /not a record type/ },
  { input: { type: 5, name: 'www', value: 'x', ttl: 300 } as unknown as RecordInput, field: 'type', message: /Choose a record type/ },
  // name
  { input: r('A', 'a..b', '192.0.2.1'), field: 'name', message: /empty part/ },
  { input: r('A', '.www', '192.0.2.1'), field: 'name', message: /empty part/ },
  { input: r('A', 'a b', '192.0.2.1'), field: 'name', message: /cannot contain spaces/ },
  { input: r('A', 'a/b', '192.0.2.1'), field: 'name', message: /“\/” cannot be used/ },
  { input: r('A', 'user@host', '192.0.2.1'), field: 'name', message: /“@” cannot be used/ },
  { input: r('A', 'a:b', '192.0.2.1'), field: 'name', message: /“:” cannot be used/ },
  { input: r('A', 'tab\u0007', '192.0.2.1'), field: 'name', message: /U\+0007 cannot be used/ },
  { input: r('A', '-www', '192.0.2.1'), field: 'name', message: /cannot start or end with a hyphen/ },
  { input: r('A', 'www-', '192.0.2.1'), field: 'name', message: /cannot start or end with a hyphen/ },
  { input: r('A', 'a'.repeat(64), '192.0.2.1'), field: 'name', message: /64 characters long; each part of a name can have at most 63/ },
  {
    input: r('A', `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}`, '192.0.2.1'),
    field: 'name',
    message: /full name is \d+ characters long; the limit is 253/,
  },
  { input: r('A', 'foo.*', '192.0.2.1'), field: 'name', message: /can only be the first part/ },
  { input: r('A', 'a.*.b', '192.0.2.1'), field: 'name', message: /can only be the first part/ },
  { input: r('A', '*foo', '192.0.2.1'), field: 'name', message: /must stand alone/ },
  { input: r('A', 'www.other.org.', '192.0.2.1'), field: 'name', message: /not inside example\.com/ },
  { input: r('A', 'a\uFFFDb', '192.0.2.1'), field: 'name', message: /cannot be used in a domain name/ },
  { input: r('A', 'x\u200Dy', '192.0.2.1'), field: 'name', message: /cannot be used in a domain name/ },
  { input: r('A', 'ü'.repeat(60), '192.0.2.1'), field: 'name', message: /xn--.* in DNS\) is \d+ characters long/ },
  // A
  { input: r('A', 'www', ''), field: 'value', message: /Enter an IPv4 address/ },
  { input: r('A', 'www', '256.1.1.1'), field: 'value', message: /four numbers from 0 to 255/ },
  { input: r('A', 'www', '1.2.3'), field: 'value', message: /four numbers from 0 to 255/ },
  { input: r('A', 'www', '01.2.3.4'), field: 'value', message: /four numbers/ },
  { input: r('A', 'www', '2001:db8::1'), field: 'value', message: /IPv6 address: use an AAAA record/ },
  { input: r('A', 'www', 'example.net'), field: 'value', message: /use a CNAME record/ },
  { input: r('A', 'www', '192.0.2.1/24'), field: 'value', message: /A record points to an IPv4 address/ },
  { input: { type: 'A', name: 'www', ttl: 300 } as unknown as RecordInput, field: 'value', message: /Enter an IPv4 address/ },
  // AAAA
  { input: r('AAAA', 'v6', ''), field: 'value', message: /Enter an IPv6 address/ },
  { input: r('AAAA', 'v6', '192.0.2.1'), field: 'value', message: /IPv4 address: use an A record/ },
  { input: r('AAAA', 'v6', '2001:db8::g'), field: 'value', message: /valid IPv6 address/ },
  { input: r('AAAA', 'v6', '2001:db8:::1'), field: 'value', message: /valid IPv6 address/ },
  { input: r('AAAA', 'v6', '1:2:3:4:5:6:7:8:9'), field: 'value', message: /valid IPv6 address/ },
  { input: r('AAAA', 'v6', 'fe80::1%eth0'), field: 'value', message: /valid IPv6 address/ },
  // CNAME
  { input: r('CNAME', 'www', ''), field: 'value', message: /Enter a host name/ },
  { input: r('CNAME', 'www', '192.0.2.1'), field: 'value', message: /host name, not an IP address/ },
  { input: r('CNAME', 'www', '2001:db8::1'), field: 'value', message: /host name, not an IP address/ },
  { input: r('CNAME', 'www', 'target'), field: 'value', message: /full host name, like target\.example\.com/ },
  { input: r('CNAME', 'www', 'a b.example.com'), field: 'value', message: /cannot contain spaces/ },
  { input: r('CNAME', 'www', '*.example.net'), field: 'value', message: /cannot contain an asterisk/ },
  { input: r('CNAME', 'www', 'x..example.net'), field: 'value', message: /empty part/ },
  { input: r('CNAME', 'www', 'https://example.net/'), field: 'value', message: /not an IP address|cannot be used/ },
  {
    input: r('CNAME', 'www', `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.net`),
    field: 'value',
    message: /limit is 253/,
  },
  { input: r('CNAME', 'www', '-bad.example.net'), field: 'value', message: /hyphen/ },
  // MX
  { input: r('MX', '@', 'mail.example.com'), field: 'priority', message: /Enter a priority from 0 to 65535/ },
  { input: r('MX', '@', 'mail.example.com', 3600, ''), field: 'priority', message: /Enter a priority/ },
  { input: r('MX', '@', 'mail.example.com', 3600, -1), field: 'priority', message: /Priority must be a whole number from 0 to 65535/ },
  { input: r('MX', '@', 'mail.example.com', 3600, 65536), field: 'priority', message: /0 to 65535/ },
  { input: r('MX', '@', 'mail.example.com', 3600, 1.5), field: 'priority', message: /whole number/ },
  { input: r('MX', '@', 'mail.example.com', 3600, 'ten'), field: 'priority', message: /whole number/ },
  { input: r('MX', '@', '192.0.2.25', 3600, 10), field: 'value', message: /not an IP address/ },
  { input: r('MX', '@', '', 3600, 10), field: 'value', message: /Enter a host name/ },
  { input: r('MX', '@', 'mail', 3600, 10), field: 'value', message: /full host name/ },
  // priority on other types
  { input: r('A', 'www', '192.0.2.1', 300, 10), field: 'priority', message: /only to MX and SRV/ },
  { input: r('TXT', '@', 'hello', 300, 0), field: 'priority', message: /only to MX and SRV/ },
  { input: r('CNAME', 'www', 'example.net', 300, '5'), field: 'priority', message: /only to MX and SRV/ },
  // TXT
  { input: r('TXT', '@', ''), field: 'value', message: /Enter the text/ },
  { input: r('TXT', '@', 'x'.repeat(4097)), field: 'value', message: /4097 characters long; the limit is 4096/ },
  { input: r('TXT', '@', 'line one\nline two'), field: 'value', message: /line breaks/ },
  { input: r('TXT', '@', 'tab\there'), field: 'value', message: /control characters/ },
  { input: r('TXT', '@', 'nul\u0000'), field: 'value', message: /control characters/ },
  // SRV
  { input: r('SRV', '_sip._tcp', '', 3600, 10), field: 'value', message: /Enter the weight, port and target/ },
  { input: r('SRV', '_sip._tcp', '5060 sip.example.com', 3600, 10), field: 'value', message: /three parts/ },
  { input: r('SRV', '_sip._tcp', '1 2 3 4', 3600, 10), field: 'value', message: /three parts/ },
  { input: r('SRV', '_sip._tcp', 'x 5060 sip.example.com', 3600, 10), field: 'value', message: /Weight must be a whole number/ },
  {
    input: r('SRV', '_sip._tcp', '5 70000 sip.example.com', 3600, 10),
    field: 'value',
    message: /Port must be a whole number from 0 to 65535/,
  },
  { input: r('SRV', '_sip._tcp', '5 -1 sip.example.com', 3600, 10), field: 'value', message: /Port must be/ },
  { input: r('SRV', '_sip._tcp', '5 5060 192.0.2.1', 3600, 10), field: 'value', message: /Target: This must be a host name/ },
  { input: r('SRV', '_sip._tcp', '5 5060 sip', 3600, 10), field: 'value', message: /Target: Enter the full host name/ },
  { input: r('SRV', '_sip._tcp', '5 5060 sip.example.com'), field: 'priority', message: /Enter a priority/ },
  // NS
  { input: r('NS', 'sub', ''), field: 'value', message: /Enter a host name/ },
  { input: r('NS', 'sub', '192.0.2.53'), field: 'value', message: /not an IP address/ },
  { input: r('NS', 'sub', 'ns1'), field: 'value', message: /full host name/ },
  // TTL
  { input: r('A', 'www', '192.0.2.1', 59), field: 'ttl', message: /at least 60 seconds \(1 minute\)/ },
  { input: r('A', 'www', '192.0.2.1', 0), field: 'ttl', message: /at least 60/ },
  { input: r('A', 'www', '192.0.2.1', 86401), field: 'ttl', message: /at most 86400 seconds \(1 day\)/ },
  { input: r('A', 'www', '192.0.2.1', 300.5), field: 'ttl', message: /whole number of seconds/ },
  { input: r('A', 'www', '192.0.2.1', 'abc'), field: 'ttl', message: /whole number of seconds/ },
  { input: r('A', 'www', '192.0.2.1', '-5'), field: 'ttl', message: /whole number of seconds/ },
  { input: r('A', 'www', '192.0.2.1', ''), field: 'ttl', message: /Enter a TTL in seconds, from 60/ },
  { input: { type: 'A', name: 'www', value: '192.0.2.1' } as unknown as RecordInput, field: 'ttl', message: /Enter a TTL/ },
  { input: r('A', 'www', '192.0.2.1', Number.NaN), field: 'ttl', message: /whole number/ },
];

describe('validateRecord: valid records', () => {
  for (const c of valid) {
    it(`${c.input.type} ${JSON.stringify(c.input.name)} ${JSON.stringify(c.input.value.slice(0, 40))} passes`, () => {
      const result = validateRecord(c.input, { zone: c.zone ?? ZONE });
      assert.equal(result.ok, true, JSON.stringify(result));
      for (const [key, want] of Object.entries(c.expect ?? {})) {
        assert.deepEqual(result.record[key as keyof typeof result.record], want, key);
      }
    });
  }
});

describe('validateRecord: invalid records', () => {
  for (const c of invalid) {
    it(`${c.input.type} ${JSON.stringify(c.input.name)} fails on ${c.field}`, () => {
      const result = validateRecord(c.input, { zone: c.zone ?? ZONE });
      assert.equal(result.ok, false, 'expected a failure');
      const error = result.errors.find((e) => e.field === c.field);
      assert.ok(error, `no error on ${c.field}: ${JSON.stringify(result.errors)}`);
      assert.match(error.message, c.message);
      assert.match(error.message, /^[A-Z0-9“*]/u, 'messages are sentences');
      assert.match(error.message, /[.]$/, 'messages end with a full stop');
    });
  }
});

describe('validateRecord: whole-record behaviour', () => {
  it('has a passing and a failing table case for every record type the widget manages', () => {
    // Fails when a type joins RECORD_TYPES without cases of its own in the tables above.
    // One case gives a number on purpose (a type that is not a string): typeof keeps it out.
    const typesOf = (cases: readonly { input: RecordInput }[]): Set<string> =>
      new Set(
        cases
          .map((c) => c.input.type as unknown)
          .filter((t) => typeof t === 'string')
          .map((t) => t.toUpperCase()),
      );
    const passing = typesOf(valid);
    const failing = typesOf(invalid);
    assert.deepEqual(
      RECORD_TYPES.filter((type) => !passing.has(type) || !failing.has(type)),
      [],
    );
  });

  it('reports every broken field at once, in form order, one message per field', () => {
    const result = validateRecord(r('A', '-x', 'nope', 5, 1), { zone: ZONE });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e) => e.field),
      ['name', 'value', 'ttl', 'priority'],
    );
  });

  it('still checks name and TTL when the type is unknown', () => {
    const result = validateRecord(r('BOGUS', 'a..b', 'x', 1), { zone: ZONE });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e) => e.field),
      ['type', 'name', 'ttl'],
    );
  });

  it('drops fields that are not part of a record', () => {
    const input = { ...r('A', 'www', '192.0.2.1'), id: 'rec_1', admin: true } as RecordInput;
    const result = validateRecord(input, { zone: ZONE });
    assert.equal(result.ok, true);
    assert.deepEqual(Object.keys(result.record).sort(), ['name', 'priority', 'ttl', 'type', 'value']);
  });

  it('rejects an invalid zone as a programming error', () => {
    assert.throws(() => validateRecord(r('A', 'www', '192.0.2.1'), { zone: 'bad zone!' }), TypeError);
    assert.throws(() => validateRecord(r('A', 'www', '192.0.2.1'), { zone: '' }), TypeError);
  });

  it('counts the zone in the 253-octet limit', () => {
    const label = 'a'.repeat(63);
    const name = `${label}.${label}.${label}`; // 191 octets
    const longZone = `${'z'.repeat(60)}.com`; // 64 octets: 191 + 1 + 64 = 256
    assert.equal(validateRecord(r('A', name, '192.0.2.1'), { zone: 'example.com' }).ok, true);
    const result = validateRecord(r('A', name, '192.0.2.1'), { zone: longZone });
    assert.equal(result.ok, false);
  });
});
