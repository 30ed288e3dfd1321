/** A hosted service whose customer names are often left pointing at a deleted site or bucket. */
export interface HostedService {
  /** The service's name, as customers know it. */
  service: string;
  /** Matches the CNAME target (lower case, punycode, no final dot). */
  pattern: RegExp;
}

/** Ends with `.suffix` (a name under the service's domain). */
const under = (suffix: string): RegExp => new RegExp(`\\.${suffix.replace(/\./g, '\\.')}$`);

/**
 * Services where a CNAME keeps resolving after the site, app or bucket behind it is deleted,
 * so someone else can claim the name ("subdomain takeover"). Written from each service's
 * documented custom-domain host names; extend it as services come and go.
 */
export const HOSTED_SERVICES: readonly HostedService[] = [
  { service: 'Heroku', pattern: under('herokuapp.com') },
  { service: 'Heroku', pattern: under('herokudns.com') },
  { service: 'GitHub Pages', pattern: under('github.io') },
  { service: 'Amazon S3 website', pattern: /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { service: 'Amazon S3', pattern: /\.s3(\.[a-z0-9-]+)?\.amazonaws\.com$/ },
  { service: 'Amazon CloudFront', pattern: under('cloudfront.net') },
  { service: 'AWS Elastic Beanstalk', pattern: under('elasticbeanstalk.com') },
  { service: 'Azure App Service', pattern: under('azurewebsites.net') },
  { service: 'Azure Cloud Services', pattern: under('cloudapp.net') },
  { service: 'Azure virtual machine', pattern: under('cloudapp.azure.com') },
  { service: 'Azure Traffic Manager', pattern: under('trafficmanager.net') },
  { service: 'Azure Blob Storage', pattern: under('blob.core.windows.net') },
  { service: 'Azure CDN', pattern: under('azureedge.net') },
  { service: 'Azure Front Door', pattern: under('azurefd.net') },
  { service: 'Azure Static Web Apps', pattern: under('azurestaticapps.net') },
  { service: 'Shopify', pattern: under('myshopify.com') },
  { service: 'Netlify', pattern: under('netlify.app') },
  { service: 'Netlify', pattern: under('netlify.com') },
  { service: 'Vercel', pattern: under('vercel.app') },
  { service: 'Vercel', pattern: under('vercel-dns.com') },
  { service: 'Cloudflare Pages', pattern: under('pages.dev') },
  { service: 'Firebase Hosting', pattern: under('web.app') },
  { service: 'Firebase Hosting', pattern: under('firebaseapp.com') },
  { service: 'Render', pattern: under('onrender.com') },
  { service: 'Fly.io', pattern: under('fly.dev') },
  { service: 'Pantheon', pattern: under('pantheonsite.io') },
  { service: 'WP Engine', pattern: under('wpengine.com') },
  { service: 'Ghost', pattern: under('ghost.io') },
  { service: 'Surge', pattern: under('surge.sh') },
  { service: 'Read the Docs', pattern: under('readthedocs.io') },
  { service: 'Bitbucket', pattern: under('bitbucket.io') },
  { service: 'Zendesk', pattern: under('zendesk.com') },
  { service: 'Help Scout', pattern: under('helpscoutdocs.com') },
  { service: 'Unbounce', pattern: under('unbouncepages.com') },
];

/** The hosted service a host name belongs to, if it is one of {@link HOSTED_SERVICES}. */
export function hostedServiceOf(target: string): HostedService | undefined {
  const host = target.toLowerCase().replace(/\.$/, '');
  return HOSTED_SERVICES.find((entry) => entry.pattern.test(host));
}
