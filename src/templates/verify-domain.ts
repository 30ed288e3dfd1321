import type { CatalogTemplate } from './types.js';

/**
 * A generic "verify domain ownership" TXT record, for services not in the catalog. It sets the
 * TXT at the name it is applied to (`host`), leaving other TXT records there alone.
 */
export const verifyDomain: CatalogTemplate = {
  providerId: 'pocketdns.com',
  providerName: 'Domain verification',
  serviceId: 'verify-domain',
  serviceName: 'Verify domain ownership',
  description: 'Adds the TXT record a service gives you to prove that you own the domain.',
  category: 'verification',
  records: [{ type: 'TXT', host: '@', data: '%token%', ttl: 3600 }],
  params: [
    {
      name: 'token',
      label: 'TXT value',
      placeholder: 'service-verification=…',
      help: 'Copy the whole TXT value the service shows you; if it names a host too, enter that as the name to apply it to.',
      example: 'example-site-verification=4f2a9c1e7b',
    },
  ],
};
