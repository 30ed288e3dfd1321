// Acme Hosting's own Domain Connect template: the customer's domain to Acme's web servers.
import type { DomainConnectTemplate } from '../src/dns/index.js';

/** "Connect to Acme Sites": the domain by A record to Acme's address, www by CNAME. */
export const acmeSites: DomainConnectTemplate = {
  providerId: 'acmehosting.example',
  providerName: 'Acme Hosting',
  serviceId: 'sites',
  serviceName: 'Acme Sites',
  description: 'Points the domain (A 192.0.2.80) and www (CNAME sites.acmehosting.example) to Acme Sites.',
  records: [
    { type: 'A', host: '@', pointsTo: '192.0.2.80', ttl: 3600 },
    { type: 'CNAME', host: 'www', pointsTo: 'sites.acmehosting.example', ttl: 3600 },
  ],
};
