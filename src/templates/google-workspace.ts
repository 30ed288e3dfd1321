import type { CatalogTemplate } from './types.js';

/** Google Workspace mail: Google's MX host, its SPF include, and the site-verification TXT. */
export const googleWorkspace: CatalogTemplate = {
  providerId: 'google.com',
  providerName: 'Google Workspace',
  serviceId: 'workspace-mail',
  serviceName: 'Gmail for your domain',
  description: 'Receives mail at Gmail (MX smtp.google.com, priority 1), lets Google send it (SPF), and verifies the domain.',
  category: 'email',
  records: [
    { type: 'MX', host: '@', pointsTo: 'smtp.google.com', priority: 1, ttl: 3600, groupId: 'mail' },
    { type: 'SPFM', host: '@', spfRules: 'include:_spf.google.com', groupId: 'mail' },
    {
      type: 'TXT',
      host: '@',
      data: 'google-site-verification=%verification%',
      ttl: 3600,
      groupId: 'verification',
      txtConflictMatchingMode: 'Prefix',
      txtConflictMatchingPrefix: 'google-site-verification=',
    },
  ],
  params: [
    {
      name: 'verification',
      label: 'Verification code',
      placeholder: 'the code after google-site-verification=',
      help: 'In the Google Admin console, under Domains, choose to verify with a TXT record and copy the code.',
      example: 'rXOxyZounnZasA8Z7oaD3c14JdjS9aKSWvsR1EbUSIQ',
      groupId: 'verification',
    },
  ],
  optionalGroups: [{ groupId: 'verification', label: 'Verify the domain with Google' }],
};
