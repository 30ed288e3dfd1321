import type { CatalogTemplate } from './types.js';

/** Shopify: the domain to Shopify's address, www to shops.myshopify.com. */
export const shopify: CatalogTemplate = {
  providerId: 'shopify.com',
  providerName: 'Shopify',
  serviceId: 'store',
  serviceName: 'Shopify store',
  description: 'Points the domain (A 23.227.38.65) and www (CNAME shops.myshopify.com) to a Shopify store.',
  category: 'website',
  records: [
    { type: 'A', host: '@', pointsTo: '23.227.38.65', ttl: 3600 },
    { type: 'CNAME', host: 'www', pointsTo: 'shops.myshopify.com', ttl: 3600 },
  ],
  params: [],
};
