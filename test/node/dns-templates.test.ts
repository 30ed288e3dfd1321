import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TemplateRecord, TemplateZoneRecord } from '../../src/dns/index.js';
import { ids, plan, show, zr, type Run } from '../helpers/template-plan.js';

describe('planTemplate: variable substitution and names', () => {
  const cases: [string, TemplateRecord, Run, string][] = [
    ['%domain% in pointsTo', { type: 'CNAME', host: 'www', pointsTo: 'web.%domain%', ttl: 600 }, {}, 'CNAME www web.example.com'],
    ['%host% in data', { type: 'TXT', host: '@', data: 'site=%host%', ttl: 600 }, { host: 'blog' }, 'TXT blog site=blog'],
    ['%fqdn% under a host', { type: 'TXT', host: '@', data: 'x=%fqdn%', ttl: 600 }, { host: 'blog' }, 'TXT blog x=blog.example.com'],
    ['%fqdn% at the apex', { type: 'TXT', host: '@', data: 'x=%fqdn%', ttl: 600 }, {}, 'TXT @ x=example.com'],
    ['%host% is empty at the apex', { type: 'TXT', host: '@', data: 'h=%host%.', ttl: 600 }, { host: '@' }, 'TXT @ h=.'],
    ['built-ins are case-insensitive', { type: 'CNAME', host: 'www', pointsTo: 'x.%DOMAIN%', ttl: 600 }, {}, 'CNAME www x.example.com'],
    ['@ host is the applied host', { type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 600 }, { host: 'blog' }, 'A blog 192.0.2.1'],
    ['empty host is the applied host', { type: 'A', host: '', pointsTo: '192.0.2.1', ttl: 600 }, {}, 'A @ 192.0.2.1'],
    [
      'relative host under the applied host',
      { type: 'A', host: 'www', pointsTo: '192.0.2.1', ttl: 600 },
      { host: 'bar' },
      'A www.bar 192.0.2.1',
    ],
    [
      'absolute host ignores the applied host',
      { type: 'A', host: 'mail.example.com.', pointsTo: '192.0.2.1', ttl: 600 },
      { host: 'bar' },
      'A mail 192.0.2.1',
    ],
    [
      'absolute host at the zone is @',
      { type: 'A', host: 'example.com.', pointsTo: '192.0.2.1', ttl: 600 },
      { host: 'bar' },
      'A @ 192.0.2.1',
    ],
    ['@ pointsTo at the apex (spec example)', { type: 'CNAME', host: 'www', pointsTo: '@', ttl: 1800 }, {}, 'CNAME www example.com'],
    [
      '@ pointsTo under a host (spec example)',
      { type: 'CNAME', host: 'www', pointsTo: '@', ttl: 1800 },
      { host: 'bar' },
      'CNAME www.bar bar.example.com',
    ],
    [
      'parameter inside a value (spec example)',
      { type: 'A', host: '@', pointsTo: '198.51.100.%srv%', ttl: 600 },
      { params: { srv: '2' } },
      'A @ 198.51.100.2',
    ],
    [
      'parameter names are case-insensitive',
      { type: 'A', host: '@', pointsTo: '%IP%', ttl: 600 },
      { params: { Ip: '192.0.2.7' } },
      'A @ 192.0.2.7',
    ],
    ['parameter in the host', { type: 'TXT', host: '%token%', data: 'v', ttl: 600 }, { params: { token: 'abc123' } }, 'TXT abc123 v'],
    [
      'a % in a value is not substituted again',
      { type: 'TXT', host: '@', data: '%v%', ttl: 600 },
      { params: { v: '50%off%' } },
      'TXT @ 50%off%',
    ],
    [
      'final dot of a target dropped, lower-cased',
      { type: 'CNAME', host: 'www', pointsTo: 'Web.Example.NET.', ttl: 600 },
      {},
      'CNAME www web.example.net',
    ],
    ['host given in upper case', { type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 600 }, { host: 'Blog' }, 'A blog 192.0.2.1'],
    ['IPv6 made canonical', { type: 'AAAA', host: '@', pointsTo: '2001:DB8:0:0::1', ttl: 600 }, {}, 'AAAA @ 2001:db8::1'],
    ['MX with priority', { type: 'MX', host: '@', pointsTo: 'mx.%domain%', priority: 5, ttl: 600 }, {}, 'MX @ 5 mx.example.com'],
    [
      'priority from a variable',
      { type: 'MX', host: '@', pointsTo: 'mx.example.net', priority: '%p%', ttl: 600 },
      { params: { p: '20' } },
      'MX @ 20 mx.example.net',
    ],
    [
      'SRV owner from service, protocol and name',
      { type: 'SRV', name: '@', service: '_sip', protocol: '_tcp', target: 'sip.%domain%', priority: 10, weight: 20, port: 5060, ttl: 600 },
      {},
      'SRV _sip._tcp 10 20 5060 sip.example.com',
    ],
    [
      'SRV under a host, underscores optional',
      {
        type: 'SRV',
        name: 'voip',
        service: 'sip',
        protocol: 'TLS',
        target: 'sip.example.net',
        priority: '1',
        weight: '0',
        port: '5061',
        ttl: 600,
      },
      { host: 'bar' },
      'SRV _sip._tls.voip.bar 1 0 5061 sip.example.net',
    ],
  ];
  for (const [name, record, run, expected] of cases) {
    it(name, () => {
      const result = plan([record], run);
      assert.deepEqual(result.add.map(show), [expected]);
    });
  }

  it('takes a TTL from a lone variable', () => {
    const result = plan([{ type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: '%ttl%' }], { params: { ttl: '900' } });
    assert.equal(result.add[0]?.ttl, 900);
  });

  it('brings a TTL outside our range to the nearest one we accept, with a note', () => {
    const result = plan([
      { type: 'A', host: 'a', pointsTo: '192.0.2.1', ttl: 30 },
      { type: 'A', host: 'b', pointsTo: '192.0.2.1', ttl: 604800 },
    ]);
    assert.deepEqual(
      result.add.map((r) => r.ttl),
      [60, 86400],
    );
    assert.deepEqual(
      result.notes.map((n) => n.code),
      ['ttl-adjusted', 'ttl-adjusted'],
    );
    assert.match(result.notes[0]?.message ?? '', /TTL of 30 seconds.*uses 60/);
  });
});

describe('planTemplate: conflict removal per type', () => {
  const zone = (): TemplateZoneRecord[] => [
    zr('ns-apex', 'NS', '@', 'ns1.pocketdns.example'),
    zr('a-apex', 'A', '@', '192.0.2.1'),
    zr('aaaa-apex', 'AAAA', '@', '2001:db8::1'),
    zr('mx-apex', 'MX', '@', 'mx.old.example', 10),
    zr('txt-spf', 'TXT', '@', 'v=spf1 include:old.example ~all'),
    zr('txt-verify', 'TXT', '@', 'old-verify=123'),
    zr('txt-hello', 'TXT', '@', 'hello'),
    zr('cname-www', 'CNAME', 'www', 'old.host.example'),
    zr('a-shop', 'A', 'shop', '192.0.2.5'),
    zr('txt-shop', 'TXT', 'shop', 'x'),
    zr('mx-shop', 'MX', 'shop', 'mx.shop.example', 10),
    zr('a-x-shop', 'A', 'x.shop', '192.0.2.6'),
    zr('a-xshop', 'A', 'xshop', '192.0.2.7'),
    zr('srv-sip', 'SRV', '_sip._tcp', '10 5060 sip.old.example', 10),
    zr('ns-dev', 'NS', 'dev', 'ns1.dev.example'),
  ];
  const srv = { service: '_sip', protocol: '_tcp', target: 'sip.new.example', priority: 1, weight: 1, port: 5060 };
  const cases: [string, TemplateRecord, string[], string][] = [
    [
      'CNAME removes every other record at its host',
      { type: 'CNAME', host: 'shop', pointsTo: 'shops.example.net', ttl: 600 },
      ['a-shop', 'mx-shop', 'txt-shop'],
      'replaced-by-cname',
    ],
    ['CNAME replaces a CNAME', { type: 'CNAME', host: 'www', pointsTo: 'new.host.example', ttl: 600 }, ['cname-www'], 'replaced-by-cname'],
    [
      'A removes A and AAAA, keeps MX, TXT and NS',
      { type: 'A', host: '@', pointsTo: '203.0.113.2', ttl: 600 },
      ['a-apex', 'aaaa-apex'],
      'address-replaced',
    ],
    [
      'AAAA removes A and AAAA',
      { type: 'AAAA', host: '@', pointsTo: '2001:db8::2', ttl: 600 },
      ['a-apex', 'aaaa-apex'],
      'address-replaced',
    ],
    ['A removes a CNAME', { type: 'A', host: 'www', pointsTo: '203.0.113.2', ttl: 600 }, ['cname-www'], 'cname-removed'],
    ['MX removes MX only', { type: 'MX', host: '@', pointsTo: 'mx.new.example', priority: 1, ttl: 600 }, ['mx-apex'], 'mx-replaced'],
    ['MX removes a CNAME', { type: 'MX', host: 'www', pointsTo: 'mx.new.example', priority: 1, ttl: 600 }, ['cname-www'], 'cname-removed'],
    ['TXT None removes no TXT', { type: 'TXT', host: '@', data: 'new', ttl: 600 }, [], ''],
    ['TXT None removes a CNAME', { type: 'TXT', host: 'www', data: 'new', ttl: 600 }, ['cname-www'], 'cname-removed'],
    [
      'TXT All removes every TXT',
      { type: 'TXT', host: '@', data: 'new', ttl: 600, txtConflictMatchingMode: 'All' },
      ['txt-hello', 'txt-spf', 'txt-verify'],
      'txt-all-match',
    ],
    [
      'TXT Prefix removes the TXT starting with the prefix',
      {
        type: 'TXT',
        host: '@',
        data: 'old-verify=456',
        ttl: 600,
        txtConflictMatchingMode: 'Prefix',
        txtConflictMatchingPrefix: 'old-verify=',
      },
      ['txt-verify'],
      'txt-prefix-match',
    ],
    ['SRV removes SRV at its name', { type: 'SRV', name: '@', ...srv, ttl: 600 }, ['srv-sip'], 'srv-replaced'],
    [
      'NS removes what lies at and below it, not beside',
      { type: 'NS', host: 'shop', pointsTo: 'ns1.other.example', ttl: 600 },
      ['a-shop', 'a-x-shop', 'mx-shop', 'txt-shop'],
      'ns-delegation',
    ],
    ['a record at a delegated name removes the NS', { type: 'A', host: 'dev', pointsTo: '192.0.2.9', ttl: 600 }, ['ns-dev'], 'ns-removed'],
    ['a record below a delegated name removes the NS', { type: 'TXT', host: 'x.dev', data: 'y', ttl: 600 }, ['ns-dev'], 'ns-removed'],
    ['a record beside a delegated name keeps it', { type: 'A', host: 'xdev', pointsTo: '192.0.2.9', ttl: 600 }, [], ''],
  ];
  for (const [name, record, removed, code] of cases) {
    it(name, () => {
      const result = plan([record], { zone: zone() });
      assert.deepEqual(ids(result.remove), removed);
      assert.deepEqual(
        result.notes.map((n) => n.code),
        removed.map(() => code),
      );
      assert.equal(result.add.length, 1, JSON.stringify(result.blocked));
    });
  }

  it('removes the very zone objects it was given, and explains each in a sentence', () => {
    const given = zone();
    const result = plan([{ type: 'CNAME', host: 'www', pointsTo: 'cname.vercel-dns.com', ttl: 600 }], {
      zone: given,
      extra: { providerName: 'Vercel' },
    });
    assert.equal(
      result.remove[0],
      given.find((r) => r.id === 'cname-www'),
    );
    assert.equal(result.notes[0]?.record, result.remove[0]);
    assert.equal(result.notes[0]?.message, 'Replaces the CNAME record for www because Vercel needs a CNAME there.');
  });

  it('matches names and values as DNS does: case and final dots aside', () => {
    const result = plan([{ type: 'A', host: 'WWW', pointsTo: '203.0.113.2', ttl: 600 }], {
      zone: [zr('c', 'CNAME', 'www.example.com.', 'Old.Example.')],
    });
    assert.deepEqual(ids(result.remove), ['c']);
  });

  it('applies the specification’s zone-merging example', () => {
    const given = [
      zr('ns1', 'NS', '@', 'ns11.example.net'),
      zr('a1', 'A', '@', '192.0.2.1'),
      zr('a2', 'A', '@', '192.0.2.2'),
      zr('aaaa1', 'AAAA', '@', '2001:db8:1234::'),
      zr('mx1', 'MX', '@', 'mx1.example.net', 10),
      zr('spf', 'TXT', '@', 'v=spf1 a include:spf.example.org ~all'),
      zr('www', 'CNAME', 'www', 'other.host.example'),
    ];
    const result = plan(
      [
        { type: 'A', host: '@', pointsTo: '203.0.113.2', ttl: '1800' },
        { type: 'A', host: 'www', pointsTo: '203.0.113.2', ttl: '1800' },
        { type: 'SPFM', host: '@', spfRules: 'a include:spf.hoster.example' },
      ],
      { zone: given },
    );
    assert.deepEqual(result.add.map(show), ['A @ 203.0.113.2', 'A www 203.0.113.2']);
    assert.deepEqual(ids(result.remove), ['a1', 'a2', 'aaaa1', 'www']);
    assert.deepEqual(
      result.change.map((c) => [c.from.id, c.to.value]),
      [['spf', 'v=spf1 a include:spf.example.org include:spf.hoster.example ~all']],
    );
  });
});

describe('planTemplate: SPFM merging', () => {
  const spfm = (rules: string, host = '@'): TemplateRecord => ({ type: 'SPFM', host, spfRules: rules });
  const changeCases: [string, string, string, string][] = [
    [
      'adds the rules before all',
      'v=spf1 include:old.example ~all',
      'include:_spf.google.com',
      'v=spf1 include:old.example include:_spf.google.com ~all',
    ],
    [
      'keeps a rule already there once',
      'v=spf1 a include:x.example ~all',
      'a include:y.example',
      'v=spf1 a include:x.example include:y.example ~all',
    ],
    ['-all becomes Domain Connect’s ~all', 'v=spf1 mx -all', 'include:y.example', 'v=spf1 mx include:y.example ~all'],
    ['a less restrictive ?all stays', 'v=spf1 mx ?all', 'include:y.example', 'v=spf1 mx include:y.example ?all'],
    [
      'the least restrictive qualifier wins for the same rule',
      'v=spf1 -include:y.example ~all',
      'include:y.example ip4:192.0.2.1',
      'v=spf1 include:y.example ip4:192.0.2.1 ~all',
    ],
    [
      'modifiers stay last',
      'v=spf1 mx redirect=_spf.example.net',
      'include:y.example',
      'v=spf1 mx include:y.example redirect=_spf.example.net',
    ],
  ];
  for (const [name, existing, rules, expected] of changeCases) {
    it(name, () => {
      const given = [zr('spf', 'TXT', '@', existing, null, 1800)];
      const result = plan([spfm(rules)], { zone: given });
      assert.equal(result.change.length, 1);
      assert.equal(result.change[0]?.from, given[0]);
      assert.deepEqual(result.change[0]?.to, { type: 'TXT', name: '@', value: expected, ttl: 1800, priority: null });
      assert.deepEqual(result.remove, []);
      assert.deepEqual(
        result.notes.map((n) => n.code),
        ['spf-merged'],
      );
    });
  }

  it('creates an SPF record with ~all when there is none, leaving other TXT alone', () => {
    const result = plan([spfm('include:_spf.google.com')], { zone: [zr('t', 'TXT', '@', 'hello')] });
    assert.deepEqual(result.add, [{ type: 'TXT', name: '@', value: 'v=spf1 include:_spf.google.com ~all', ttl: 3600, priority: null }]);
    assert.deepEqual(result.remove, []);
  });

  it('merges two SPFM records of one template into one record', () => {
    const result = plan([spfm('include:a.example'), spfm('include:b.example')]);
    assert.deepEqual(result.add.map(show), ['TXT @ v=spf1 include:a.example include:b.example ~all']);
  });

  it('is unchanged when the rules are already in the SPF record', () => {
    const result = plan([spfm('include:_spf.google.com')], { zone: [zr('spf', 'TXT', '@', 'v=spf1 include:_spf.google.com ~all')] });
    assert.deepEqual(result.unchanged.map(show), ['TXT @ v=spf1 include:_spf.google.com ~all']);
    assert.equal(result.alreadyApplied, true);
  });

  it('blocks the merge when the name already has two SPF records', () => {
    const given = [zr('s1', 'TXT', '@', 'v=spf1 a ~all'), zr('s2', 'TXT', '@', 'v=spf1 mx ~all')];
    const result = plan([spfm('include:x.example')], { zone: given });
    assert.equal(result.blocked.length, 1);
    assert.match(result.blocked[0]?.reasons[0] ?? '', /2 SPF records/);
    assert.deepEqual([result.add, result.change, result.remove], [[], [], []]);
  });

  it('merges under the applied host and removes a CNAME there', () => {
    const result = plan([spfm('include:x.example')], { host: 'news', zone: [zr('c', 'CNAME', 'news', 'x.example.net')] });
    assert.deepEqual(result.add.map(show), ['TXT news v=spf1 include:x.example ~all']);
    assert.deepEqual(ids(result.remove), ['c']);
  });
});
