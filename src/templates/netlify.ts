import type { CatalogTemplate } from './types.js';

/** Netlify: the domain to Netlify's load balancer, www to the site's netlify.app name. */
export const netlify: CatalogTemplate = {
  providerId: 'netlify.com',
  providerName: 'Netlify',
  serviceId: 'website',
  serviceName: 'Netlify site',
  description: 'Points the domain (A 75.2.60.5) and www (CNAME <site>.netlify.app) to a Netlify site.',
  category: 'website',
  records: [
    { type: 'A', host: '@', pointsTo: '75.2.60.5', ttl: 3600 },
    { type: 'CNAME', host: 'www', pointsTo: '%site%.netlify.app', ttl: 3600 },
  ],
  params: [
    {
      name: 'site',
      label: 'Netlify site name',
      placeholder: 'my-site',
      help: 'The name in your site’s netlify.app address, under Site configuration in Netlify.',
      example: 'brave-otter-12ab34',
    },
  ],
};
