import type { CatalogTemplate } from './types.js';

const dkim = (n: number) =>
  ({ type: 'CNAME', host: `fm${n}._domainkey`, pointsTo: `fm${n}.%domain%.dkim.fmhosted.com`, ttl: 3600, groupId: 'mail' }) as const;

/** Fastmail: its two MX hosts, SPF, and the three DKIM CNAMEs it signs with. */
export const fastmail: CatalogTemplate = {
  providerId: 'fastmail.com',
  providerName: 'Fastmail',
  serviceId: 'mail',
  serviceName: 'Fastmail for your domain',
  description: 'Receives mail at Fastmail (in1/in2-smtp.messagingengine.com), lets Fastmail send it (SPF) and sign it (DKIM).',
  category: 'email',
  records: [
    { type: 'MX', host: '@', pointsTo: 'in1-smtp.messagingengine.com', priority: 10, ttl: 3600, groupId: 'mail' },
    { type: 'MX', host: '@', pointsTo: 'in2-smtp.messagingengine.com', priority: 20, ttl: 3600, groupId: 'mail' },
    { type: 'SPFM', host: '@', spfRules: 'include:spf.messagingengine.com', groupId: 'mail' },
    dkim(1),
    dkim(2),
    dkim(3),
  ],
  params: [],
};
