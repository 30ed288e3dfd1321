import { normalizeZone, validateRecord, type RecordInput } from '../dns/index.js';
import type { DnsRecord, DomainStatus } from '../api/types.js';
import { mixId } from './ids.js';
import type { SandboxData, SandboxDomain } from './model.js';

/** The domain with 10,000 records, for scale work. */
export const BIG_DOMAIN_NAME = 'alice-big.net';
/** How many records the big domain has. */
export const BIG_DOMAIN_RECORDS = 10_000;

const SEEDED_AT = '2026-01-15T09:00:00Z';
const NAMESERVERS = ['ns1.pocketdns.com', 'ns2.pocketdns.com'];

type Rec = [type: string, name: string, value: string, ttl?: number, priority?: number];

interface DomainSeed {
  owner: string;
  name: string;
  status: DomainStatus;
  purchased: string;
  expires: string;
  autoRenew: boolean;
  whoisPrivacy: boolean;
  records: Rec[];
}

const DKIM =
  'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtKc2vY5hP0mNQ8rX3zJ7wB1uL9aE4fG6hK2jM5nR8sT0vW3xY6zA9bC' +
  'dE1fG4hI7jK0lM3nO6pQ9rS2tU5vW8xY1zA4bC7dE0fG3hI6jK9lM2nO5pQ8rS1tU4vW7xY0zA3bC6dE9fG2hI5jK8lM1nO4pQ7rS0tU3vW6xY9zA2bC5' +
  'dE8fG1hI4jK7lM0nO3pQ6rS9tU2vW5xY8zA1bC4dE7fG0hI3jK6lM9nO2pQ5rS8tU1vW4xY7zA0bC3dE6fG9hI2jK5lM8nO1pQ4rS7tU0vW3xY6IDAQAB';

const DOMAINS: DomainSeed[] = [
  {
    owner: 'alice',
    name: 'alicebakery.com',
    status: 'active',
    purchased: '2024-03-14T10:20:00Z',
    expires: '2027-03-14T10:20:00Z',
    autoRenew: true,
    whoisPrivacy: true,
    records: [
      ['A', '@', '192.0.2.10', 3600],
      ['A', 'www', '192.0.2.10', 300],
      ['AAAA', '@', '2001:db8:10::10', 3600],
      ['AAAA', 'www', '2001:db8:10::10', 300],
      ['CNAME', 'shop', 'alicebakery.shops.example.net', 3600],
      ['CNAME', 'blog', 'alice-blog.pages.example.org', 3600],
      ['MX', '@', 'mx1.mailhost.example.net', 3600, 10],
      ['MX', '@', 'mx2.mailhost.example.net', 3600, 20],
      ['TXT', '@', 'v=spf1 include:_spf.mailhost.example.net ~all', 3600],
      ['TXT', '_dmarc', 'v=DMARC1; p=quarantine; rua=mailto:dmarc@alicebakery.com', 3600],
      ['TXT', 'mail._domainkey', DKIM, 3600],
      ['TXT', 'notes', '<img src=x onerror=alert(1)> shows as text, never as HTML', 300],
      ['SRV', '_sip._tls', '1 443 sipdir.online.example.net', 3600, 100],
      ['SRV', '_autodiscover._tcp', '0 443 autodiscover.mailhost.example.net', 3600, 0],
      ['NS', 'eu', 'ns1.eu-dns.example.net', 86400],
      ['NS', 'eu', 'ns2.eu-dns.example.net', 86400],
      ['A', 'bäckerei', '192.0.2.11', 3600],
      ['A', '*.preview', '192.0.2.12', 300],
    ],
  },
  {
    owner: 'alice',
    name: 'bäckerei-alice.de',
    status: 'pending',
    purchased: '2026-11-20T08:00:00Z',
    expires: '2027-11-20T08:00:00Z',
    autoRenew: true,
    whoisPrivacy: false,
    records: [
      ['A', '@', '192.0.2.20', 3600],
      ['CNAME', 'www', '@', 3600],
      ['CNAME', 'über-uns', 'alicebakery.com', 3600],
    ],
  },
  {
    owner: 'alice',
    name: BIG_DOMAIN_NAME,
    status: 'active',
    purchased: '2023-06-01T12:00:00Z',
    expires: '2027-06-01T12:00:00Z',
    autoRenew: true,
    whoisPrivacy: true,
    records: [], // generated below
  },
  {
    owner: 'alice',
    name: 'alice-old.org',
    status: 'expired',
    purchased: '2021-02-01T12:00:00Z',
    expires: '2026-02-01T12:00:00Z',
    autoRenew: false,
    whoisPrivacy: false,
    records: [
      ['A', '@', '192.0.2.30', 3600],
      ['TXT', '@', 'v=spf1 -all', 3600],
    ],
  },
  {
    owner: 'bob',
    name: 'bobsbikes.io',
    status: 'active',
    purchased: '2025-05-05T15:30:00Z',
    expires: '2027-05-05T15:30:00Z',
    autoRenew: true,
    whoisPrivacy: true,
    records: [
      ['A', '@', '198.51.100.40', 3600],
      ['A', 'www', '198.51.100.40', 3600],
      ['AAAA', '@', '2001:db8:40::1', 3600],
      ['MX', '@', 'mail.bobsbikes.io', 3600, 10],
      ['A', 'mail', '198.51.100.41', 3600],
      ['TXT', '@', 'v=spf1 mx -all', 3600],
      ['CNAME', 'store', 'bobsbikes.shops.example.net', 3600],
      ['SRV', '_xmpp-client._tcp', '5 5222 chat.bobsbikes.io', 3600, 10],
      ['A', 'chat', '198.51.100.42', 3600],
      ['NS', 'lab', 'ns1.lab-dns.example.net', 3600],
    ],
  },
  {
    owner: 'bob',
    name: 'bob-consulting.co.uk',
    status: 'suspended',
    purchased: '2022-09-09T09:09:00Z',
    expires: '2027-09-09T09:09:00Z',
    autoRenew: false,
    whoisPrivacy: true,
    records: [
      ['A', '@', '198.51.100.50', 3600],
      ['CNAME', 'www', 'bob-consulting.co.uk', 3600],
    ],
  },
  // Last, so every other seeded id stays as it was. Broken on purpose, for the record health demo.
  {
    owner: 'alice',
    name: 'alice-shop.net',
    status: 'active',
    purchased: '2025-10-01T10:00:00Z',
    expires: '2027-10-01T10:00:00Z',
    autoRenew: true,
    whoisPrivacy: true,
    records: [
      ['A', '@', '192.0.2.40', 3600],
      ['A', 'www', '192.0.2.40', 3600],
      // Two SPF records: receivers then fail SPF for all mail.
      ['TXT', '@', 'v=spf1 include:_spf.mailhost.example.net ~all', 3600],
      ['TXT', '@', 'v=spf1 include:sendgrid.net ~all', 3600],
      // A typo in the DMARC policy.
      ['TXT', '_dmarc', 'v=DMARC1; p=nonee', 3600],
      // A CNAME left pointing at a Heroku app: a subdomain takeover waiting to happen.
      ['CNAME', 'old', 'alice-old.herokuapp.com', 3600],
      // An MX pointing at a CNAME in the zone (RFC 2181 §10.3).
      ['MX', '@', 'mail.alice-shop.net', 3600, 10],
      ['CNAME', 'mail', 'mx1.mailhost.example.net', 3600],
      // A CNAME to a name in the zone that has no records.
      ['CNAME', 'help', 'docs.alice-shop.net', 3600],
      // A right-to-left override hiding in a TXT value.
      ['TXT', 'promo', 'Summer sale \u202Eelas\u202C ends Friday', 300],
      // "shop" with a Cyrillic о: it reads as a Latin name.
      ['A', 'sh\u043Ep', '192.0.2.41', 3600],
    ],
  },
];

/** The records of the big domain: unique names, a mix of types, no conflicts. */
function bigDomainRecords(): Rec[] {
  const out: Rec[] = [];
  for (let i = 0; i < BIG_DOMAIN_RECORDS; i += 1) {
    const name = `host-${String(i).padStart(5, '0')}`;
    const kind = i % 10;
    if (kind < 5) out.push(['A', name, `198.18.${(i >> 8) & 255}.${i & 255}`, 300]);
    else if (kind < 7) out.push(['AAAA', name, `2001:db8:18::${i.toString(16)}`, 300]);
    else if (kind === 7) out.push(['TXT', name, `site-verification=${mixId(i)}${mixId(i + 1)}`, 3600]);
    else if (kind === 8) out.push(['CNAME', name, `edge-${i % 97}.cdn.example.net`, 3600]);
    else out.push(['MX', name, `mx${i % 3}.mailhost.example.net`, 3600, (i % 5) * 10]);
  }
  return out;
}

/**
 * The sandbox's demo data: users `alice` and `bob`; alice has a domain with records of every
 * type (an IDN name among them), a pending IDN domain, an expired one and one with 10,000
 * records, and one (`alice-shop.net`) whose mail and CNAME records are broken on purpose for
 * the record health demo; bob has an active and a suspended domain. Deterministic: the same every time.
 * @throws Error if a seeded record breaks the dns rules (the seed must be valid data).
 */
export function demoData(): SandboxData {
  let counter = 1;
  const nextId = (): string => mixId(counter++);
  const domains: SandboxDomain[] = [];
  const records: DnsRecord[] = [];
  for (const seed of DOMAINS) {
    const zone = normalizeZone(seed.name);
    const domain: SandboxDomain = {
      id: `dom_${nextId()}`,
      name: zone,
      status: seed.status,
      purchased_at: seed.purchased,
      expires_at: seed.expires,
      auto_renew: seed.autoRenew,
      registrar: 'PocketDNS',
      user_identifier: seed.owner,
      nameservers: [...NAMESERVERS],
      whois_privacy: seed.whoisPrivacy,
    };
    domains.push(domain);
    const recs = seed.name === BIG_DOMAIN_NAME ? bigDomainRecords() : seed.records;
    for (const [type, name, value, ttl = 3600, priority] of recs) {
      const input: RecordInput = { type, name, value, ttl, priority };
      const result = validateRecord(input, { zone });
      if (!result.ok) throw new Error(`Invalid seed record ${JSON.stringify(input)}: ${JSON.stringify(result.errors)}`);
      records.push({ id: `rec_${nextId()}`, domain_id: domain.id, ...result.record, created_at: SEEDED_AT, updated_at: SEEDED_AT });
    }
  }
  return {
    version: 1,
    nextId: counter,
    users: [
      { user_identifier: 'alice', email: 'alice@example.com', created_at: SEEDED_AT },
      { user_identifier: 'bob', email: 'bob@example.com', created_at: SEEDED_AT },
    ],
    domains,
    records,
  };
}
