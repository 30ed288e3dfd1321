import type { CatalogTemplate } from './types.js';

/** Vercel: the domain's A record to Vercel's anycast address, www by CNAME, and the optional _vercel TXT. */
export const vercel: CatalogTemplate = {
  providerId: 'vercel.com',
  providerName: 'Vercel',
  serviceId: 'website',
  serviceName: 'Vercel project',
  description: 'Points the domain (A 76.76.21.21) and www (CNAME cname.vercel-dns.com) to a Vercel project.',
  category: 'website',
  records: [
    { type: 'A', host: '@', pointsTo: '76.76.21.21', ttl: 3600, groupId: 'site' },
    { type: 'CNAME', host: 'www', pointsTo: 'cname.vercel-dns.com', ttl: 3600, groupId: 'site' },
    { type: 'TXT', host: '_vercel', data: '%verification%', ttl: 3600, groupId: 'verification' },
  ],
  params: [
    {
      name: 'verification',
      label: 'Verification value',
      placeholder: 'vc-domain-verify=example.com,…',
      help: 'Only when Vercel asks you to verify the domain: copy the TXT value for _vercel from the project’s Domains settings.',
      example: 'vc-domain-verify=example.com,9b1f3c7d2e4a',
      groupId: 'verification',
    },
  ],
  optionalGroups: [{ groupId: 'verification', label: 'Verify the domain with Vercel' }],
};
