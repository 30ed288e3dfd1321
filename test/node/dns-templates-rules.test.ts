import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  planTemplate,
  TemplateError,
  type DomainConnectTemplate,
  type TemplateErrorCode,
  type TemplateRecord,
  type TemplateZoneRecord,
} from '../../src/dns/index.js';
import { acmeSitesTemplate, applyPlan } from '../helpers/acme-sites-template.js';
import { ids, plan, show, template, zr, type Run } from '../helpers/template-plan.js';

describe('planTemplate: groups and hostRequired', () => {
  const records: TemplateRecord[] = [
    { type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 600, groupId: 'site' },
    { type: 'MX', host: '@', pointsTo: 'mx.example.net', priority: 10, ttl: 600, groupId: 'mail' },
    { type: 'CAA', host: '@', data: '0 issue "ca.example"', ttl: 600, groupId: 'caa' },
    { type: 'TXT', host: '@', data: 'always', ttl: 600 },
  ];
  const cases: [string, string[], string[]][] = [
    ['one group, plus the records without a group', ['mail'], ['MX @ 10 mx.example.net', 'TXT @ always']],
    ['two groups', ['site', 'mail'], ['A @ 192.0.2.1', 'MX @ 10 mx.example.net', 'TXT @ always']],
  ];
  for (const [name, groupIds, expected] of cases) {
    it(name, () => {
      const result = plan(records, { groupIds });
      assert.deepEqual(result.add.map(show), expected);
      assert.deepEqual(
        result.add.map((r) => r.groupId),
        expected.map((e) => (e.startsWith('TXT') ? undefined : e.startsWith('A') ? 'site' : 'mail')),
      );
    });
  }

  it('applies every group when none is chosen (and so meets the unsupported one)', () => {
    assert.throws(() => plan(records), { code: 'UnsupportedType' });
    assert.throws(() => plan(records, { groupIds: [] }), { code: 'UnsupportedType' });
  });

  it('applies a hostRequired template under a host', () => {
    const result = plan([{ type: 'CNAME', host: '@', pointsTo: 'x.example.net', ttl: 600 }], {
      host: 'shop',
      extra: { hostRequired: true },
    });
    assert.deepEqual(result.add.map(show), ['CNAME shop x.example.net']);
  });
});

describe('planTemplate: TemplateError', () => {
  const a = (pointsTo: string): TemplateRecord => ({ type: 'A', host: '@', pointsTo, ttl: 600 });
  const cases: [string, () => unknown, TemplateErrorCode, RegExp][] = [
    ['unpaired %', () => plan([a('%ip')]), 'InvalidTemplate', /Record 1 \(A @\).*without its closing/],
    ['empty variable', () => plan([a('%%')]), 'InvalidTemplate', /empty variable/],
    [
      'missing pointsTo',
      () => plan([{ type: 'CNAME', host: 'www', ttl: 600 }]),
      'InvalidTemplate',
      /Record 1 \(CNAME www\) has no “pointsTo”/,
    ],
    ['missing ttl', () => plan([{ type: 'A', host: '@', pointsTo: '192.0.2.1' }]), 'InvalidTemplate', /no “ttl”/],
    ['MX without priority', () => plan([{ type: 'MX', host: '@', pointsTo: 'mx.example.net', ttl: 600 }]), 'InvalidTemplate', /“priority”/],
    [
      'SRV without port',
      () => plan([{ type: 'SRV', name: '@', service: 'sip', protocol: 'tcp', target: 'x.example.net', priority: 1, weight: 1, ttl: 600 }]),
      'InvalidTemplate',
      /“port”/,
    ],
    ['variable with a suffix in ttl', () => plan([{ ...a('192.0.2.1'), ttl: '%t%0' }]), 'InvalidTemplate', /whole value/],
    ['variable in groupId', () => plan([{ ...a('192.0.2.1'), groupId: '%g%' }]), 'InvalidTemplate', /groupId/],
    [
      'unknown matching mode',
      () => plan([{ type: 'TXT', host: '@', data: 'x', ttl: 600, txtConflictMatchingMode: 'Some' as 'All' }]),
      'InvalidTemplate',
      /None, All or Prefix/,
    ],
    [
      'Prefix without prefix',
      () => plan([{ type: 'TXT', host: '@', data: 'x', ttl: 600, txtConflictMatchingMode: 'Prefix' }]),
      'InvalidTemplate',
      /no “txtConflictMatchingPrefix”/,
    ],
    ['a type that is no type', () => plan([{ type: 'A B', host: '@', data: 'x', ttl: 600 }]), 'InvalidTemplate', /not a record type/],
    ['no providerId', () => plan([a('192.0.2.1')], { extra: { providerId: '' } }), 'InvalidTemplate', /providerId/],
    ['no records', () => plan(undefined as unknown as TemplateRecord[]), 'InvalidTemplate', /no “records”/],
    ['variable without value', () => plan([a('%ip%')]), 'MissingParameter', /variable “ip”/],
    ['missing parameter in host', () => plan([{ type: 'TXT', host: '%token%', data: 'x', ttl: 600 }]), 'MissingParameter', /“token”/],
    [
      'A that is not IPv4',
      () => plan([a('%ip%')], { params: { ip: 'example.net' } }),
      'InvalidData',
      /Record 1 \(A @\), pointsTo, is “example.net”/,
    ],
    ['AAAA given IPv4', () => plan([{ type: 'AAAA', host: '@', pointsTo: '192.0.2.1', ttl: 600 }]), 'InvalidData', /IPv4 address/],
    [
      'CNAME to a non-host',
      () => plan([{ type: 'CNAME', host: 'www', pointsTo: 'not a host!', ttl: 600 }]),
      'InvalidData',
      /not a valid host name/,
    ],
    [
      'host with a space',
      () => plan([{ type: 'A', host: '%h%', pointsTo: '192.0.2.1', ttl: 600 }], { params: { h: 'a b' } }),
      'InvalidData',
      /not a valid name/,
    ],
    [
      'absolute host outside the zone',
      () => plan([{ type: 'A', host: 'www.other.example.', pointsTo: '192.0.2.1', ttl: 600 }]),
      'InvalidData',
      /not inside example.com/,
    ],
    [
      'priority not a number',
      () => plan([{ type: 'MX', host: '@', pointsTo: 'mx.example.net', priority: '%p%', ttl: 600 }], { params: { p: 'high' } }),
      'InvalidData',
      /whole number/,
    ],
    [
      'priority over 65535',
      () => plan([{ type: 'MX', host: '@', pointsTo: 'mx.example.net', priority: 70000, ttl: 600 }]),
      'InvalidData',
      /at most 65535/,
    ],
    [
      'SRV protocol',
      () =>
        plan([
          { type: 'SRV', name: '@', service: 'sip', protocol: 'sctp', target: 'x.example.net', priority: 1, weight: 1, port: 1, ttl: 600 },
        ]),
      'InvalidData',
      /_tcp, _udp or _tls/,
    ],
    [
      'invalid domain',
      () => planTemplate({ zone: [], domain: 'not a domain', template: template([a('192.0.2.1')]) }),
      'InvalidData',
      /not a valid zone name/,
    ],
    ['invalid applied host', () => plan([a('192.0.2.1')], { host: 'a..b' }), 'InvalidData', /host “a..b”/],
    [
      'unknown group',
      () => plan([{ ...a('192.0.2.1'), groupId: 'site' }], { groupIds: ['mail'] }),
      'InvalidData',
      /no group “mail”; its groups are site/,
    ],
    ['hostRequired without host', () => plan([a('192.0.2.1')], { extra: { hostRequired: true } }), 'HostRequired', /sub-domain/],
    [
      'CNAME at the applied apex',
      () => plan([{ type: 'CNAME', host: '@', pointsTo: 'x.example.net', ttl: 600 }]),
      'HostRequired',
      /Record 1 \(CNAME @\)/,
    ],
    ['NS at the applied apex', () => plan([{ type: 'NS', host: '', pointsTo: 'ns.example.net', ttl: 600 }]), 'HostRequired', /NS record/],
    [
      'CNAME at an absolute apex under a host',
      () => plan([{ type: 'CNAME', host: 'example.com.', pointsTo: 'x.example.net', ttl: 600 }], { host: 'shop' }),
      'InvalidData',
      /cannot be at the domain itself/,
    ],
    ['CAA', () => plan([{ type: 'CAA', host: '@', data: '0 issue "ca.example"', ttl: 600 }]), 'UnsupportedType', /cannot set CAA records/],
    ['APEXCNAME', () => plan([{ type: 'APEXCNAME', host: '@', pointsTo: 'x.example.net', ttl: 600 }]), 'UnsupportedType', /APEXCNAME/],
    [
      'REDIR301',
      () => plan([{ type: 'REDIR301', host: '@', target: 'https://x.example', ttl: 600, groupId: 'r' }]),
      'UnsupportedType',
      /group “r”/,
    ],
    ['TYPE257', () => plan([{ type: 'TYPE257', host: '@', data: '\\# 0', ttl: 600 }]), 'UnsupportedType', /TYPE257/],
  ];
  for (const [name, run, code, message] of cases) {
    it(`${code}: ${name}`, () => {
      assert.throws(run, (error: unknown) => {
        assert.ok(error instanceof TemplateError, String(error));
        assert.ok(error instanceof Error);
        assert.equal(error.code, code);
        assert.equal(error.name, 'TemplateError');
        assert.match(error.message, message);
        return true;
      });
    });
  }
});

describe('planTemplate: blocked, unchanged and already applied', () => {
  it('blocks what validateRecord refuses, with its message, and adds nothing for it', () => {
    const result = plan([
      { type: 'TXT', host: '@', data: 'x'.repeat(5000), ttl: 600 },
      { type: 'MX', host: '@', pointsTo: 'localhost', priority: 1, ttl: 600 },
      { type: 'A', host: 'ok', pointsTo: '192.0.2.1', ttl: 600 },
    ]);
    assert.deepEqual(result.add.map(show), ['A ok 192.0.2.1']);
    assert.deepEqual(
      result.blocked.map((b) => [b.record.type, b.reasons.length]),
      [
        ['TXT', 1],
        ['MX', 1],
      ],
    );
    assert.match(result.blocked[0]?.reasons[0] ?? '', /5000 characters long; the limit is 4096/);
    assert.match(result.blocked[1]?.reasons[0] ?? '', /full host name/);
    assert.equal(result.alreadyApplied, false);
  });

  it('blocks records that clash within the template, and keeps what only they would remove', () => {
    const given = [zr('a-www', 'A', 'www', '192.0.2.1')];
    const result = plan(
      [
        { type: 'CNAME', host: 'www', pointsTo: 'x.example.net', ttl: 600 },
        { type: 'TXT', host: 'www', data: 'hi', ttl: 600 },
      ],
      { zone: given },
    );
    assert.deepEqual(result.add, []);
    assert.deepEqual(
      result.blocked.map((b) => b.record.type),
      ['CNAME', 'TXT'],
    );
    assert.match(result.blocked[0]?.reasons.join(' ') ?? '', /must be the only record/);
    assert.match(result.blocked[1]?.reasons.join(' ') ?? '', /has a CNAME record/);
    assert.deepEqual(result.remove, []);
    assert.deepEqual(result.notes, []);
  });

  it('leaves a record already present exactly in place, removing only the others', () => {
    const given = [zr('keep', 'A', '@', '192.0.2.1', null, 600), zr('old', 'A', '@', '192.0.2.2', null, 600)];
    const result = plan([{ type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 600 }], { zone: given });
    assert.deepEqual(result.unchanged.map(show), ['A @ 192.0.2.1']);
    assert.deepEqual(result.add, []);
    assert.deepEqual(ids(result.remove), ['old']);
    assert.equal(result.alreadyApplied, false);
  });

  it('rewrites only the TTL of a record present with another TTL', () => {
    const given = [zr('t', 'TXT', '@', 'hello', null, 3600)];
    const result = plan([{ type: 'TXT', host: '@', data: 'hello', ttl: 600 }], { zone: given });
    assert.deepEqual(
      result.change.map((c) => [c.from, c.to.ttl]),
      [[given[0], 600]],
    );
    assert.deepEqual(
      result.notes.map((n) => n.code),
      ['ttl-updated'],
    );
    assert.deepEqual([result.add, result.remove], [[], []]);
  });

  it('sets a record the template lists twice only once', () => {
    const record: TemplateRecord = { type: 'A', host: '@', pointsTo: '192.0.2.1', ttl: 600 };
    assert.equal(plan([record, { ...record }]).add.length, 1);
  });

  const idempotence: [string, DomainConnectTemplate, Run][] = [
    ['Acme Sites (partner fixture)', acmeSitesTemplate, { params: { ip: '203.0.113.10', token: 'abc' } }],
    [
      'mail with SPF and MX',
      template([
        { type: 'MX', host: '@', pointsTo: 'mx1.mail.example', priority: 10, ttl: 3600 },
        { type: 'MX', host: '@', pointsTo: 'mx2.mail.example', priority: 20, ttl: 3600 },
        { type: 'SPFM', host: '@', spfRules: 'include:spf.mail.example' },
      ]),
      {},
    ],
    ['NS delegation under a host', template([{ type: 'NS', host: '@', pointsTo: 'ns1.other.example', ttl: 3600 }]), { host: 'shop' }],
    [
      'SRV and TXT All',
      template([
        {
          type: 'SRV',
          name: '@',
          service: 'sip',
          protocol: 'tcp',
          target: 'sip.example.net',
          priority: 1,
          weight: 5,
          port: 5060,
          ttl: 600,
        },
        { type: 'TXT', host: '@', data: 'only', ttl: 600, txtConflictMatchingMode: 'All' },
      ]),
      {},
    ],
  ];
  const busyZone = (): TemplateZoneRecord[] => [
    zr('ns', 'NS', '@', 'ns1.pocketdns.example'),
    zr('a', 'A', '@', '192.0.2.1'),
    zr('mx', 'MX', '@', 'mx.old.example', 5),
    zr('spf', 'TXT', '@', 'v=spf1 include:old.example -all'),
    zr('acme', 'TXT', '_acme-verify', 'acme-verify=old'),
    zr('www', 'A', 'www', '192.0.2.1'),
    zr('shop', 'A', 'x.shop', '192.0.2.1'),
    zr('srv', 'SRV', '_sip._tcp', '1 1 old.example', 1),
  ];
  for (const [name, tpl, run] of idempotence) {
    it(`applying the plan's result again is already applied: ${name}`, () => {
      const options = { domain: 'example.com', host: run.host, template: tpl, params: run.params };
      const zone = busyZone();
      const first = planTemplate({ ...options, zone });
      assert.equal(first.alreadyApplied, false);
      assert.deepEqual(first.blocked, []);
      const second = planTemplate({ ...options, zone: applyPlan(zone, first) });
      assert.deepEqual([second.add, second.remove, second.change, second.blocked], [[], [], [], []]);
      assert.equal(second.alreadyApplied, true);
      assert.equal(second.unchanged.length, first.add.length + first.change.length + first.unchanged.length);
    });
  }
});
