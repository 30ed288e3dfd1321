import type { CatalogTemplate } from './types.js';

/** Microsoft 365 mail: the tenant's Exchange Online MX, Autodiscover, SPF and the MS= verification. */
export const microsoft365: CatalogTemplate = {
  providerId: 'microsoft.com',
  providerName: 'Microsoft 365',
  serviceId: 'exchange-online',
  serviceName: 'Outlook mail for your domain',
  description: 'Receives mail at Exchange Online, sets Autodiscover for Outlook, lets Microsoft send mail (SPF), and verifies the domain.',
  category: 'email',
  records: [
    { type: 'MX', host: '@', pointsTo: '%mxhost%.mail.protection.outlook.com', priority: 0, ttl: 3600, groupId: 'mail' },
    { type: 'CNAME', host: 'autodiscover', pointsTo: 'autodiscover.outlook.com', ttl: 3600, groupId: 'mail' },
    { type: 'SPFM', host: '@', spfRules: 'include:spf.protection.outlook.com', groupId: 'mail' },
    {
      type: 'TXT',
      host: '@',
      data: 'MS=%verification%',
      ttl: 3600,
      groupId: 'verification',
      txtConflictMatchingMode: 'Prefix',
      txtConflictMatchingPrefix: 'MS=',
    },
  ],
  params: [
    {
      name: 'mxhost',
      label: 'Mail host',
      placeholder: 'example-com',
      help: 'Shown in the Microsoft 365 admin center under Settings, Domains, DNS records: the part before .mail.protection.outlook.com, usually your domain with its dots replaced by dashes.',
      example: 'example-com',
    },
    {
      name: 'verification',
      label: 'Verification code',
      placeholder: 'ms12345678',
      help: 'Shown in the Microsoft 365 admin center when you add the domain: the TXT value after MS=.',
      example: 'ms48392017',
      groupId: 'verification',
    },
  ],
  optionalGroups: [{ groupId: 'verification', label: 'Verify the domain with Microsoft' }],
};
