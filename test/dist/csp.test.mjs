// The widget on a page with a strict Content-Security-Policy and Trusted Types, sent as an HTTP
// header (a <meta> policy cannot carry every directive), in real Chromium: loading, listing,
// adding and deleting a record must not cause one `securitypolicyviolation`. Nothing is relaxed
// for the test: the partner's site here is a plain Node server (no msw service worker, no test
// runner scripts on the page), and the test drives the page from outside through playwright-core.
// Under exactly the issue's policy the records element runs with `propagation="off"`, as the
// README says to do; with propagation on, the page allows the DoH resolvers in connect-src, the
// README's other way (the browser asks them whether a change is live).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoData } from '@pocketdns/widget/sandbox';
import { servePartnerSite } from './widget-page.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const WITH_RESOLVERS = `${CSP}; connect-src 'self' https://cloudflare-dns.com https://dns.google`;

const bakery = demoData().domains.find((domain) => domain.name === 'alicebakery.com').id;

/** The page's first script: every violation from the start, kept for the test to read. */
const collector = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + event.sourceFile + ':' + event.lineNumber + ' ' + event.sample);
});`;

const page = (widget, propagation) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script src="/collect-violations.js"></script>
${widget.endsWith('esm.js') ? `<script type="module" src="${widget}"></script>` : `<script src="${widget}"></script>`}
</head><body>
<pocketdns-domains session-url="/pocketdns/session"></pocketdns-domains>
<pocketdns-records session-url="/pocketdns/session" domain-id="${bakery}" propagation="${propagation}"></pocketdns-records>
</body></html>`;

const PAGES = {
  '/script-tag.html': { policy: CSP, html: page('/dist/pocketdns-widget.iife.js', 'off') },
  '/bundled.html': { policy: CSP, html: page('/esm.js', 'off') },
  '/resolvers.html': { policy: WITH_RESOLVERS, html: page('/dist/pocketdns-widget.iife.js', 'public') },
};

describe('the widget under a strict CSP with Trusted Types', () => {
  let site;
  before(async () => {
    site = await servePartnerSite({
      headers: (path) => ({ 'Content-Security-Policy': PAGES[path]?.policy ?? CSP }),
      files: {
        '/collect-violations.js': collector,
        ...Object.fromEntries(Object.entries(PAGES).map(([path, { html }]) => [path, html])),
        // The control: a page that breaks the policy, so a deaf collector cannot pass the test.
        '/control.html': `<!doctype html><script src="/collect-violations.js"></script><script src="/control.js"></script><p id="p">x</p>`,
        '/control.js': `addEventListener('DOMContentLoaded', () => {
  document.getElementById('p').setAttribute('style', 'color: red');
  try { document.body.innerHTML = '<b>x</b>'; } catch {}
});`,
      },
    });
  });
  after(() => site?.close());

  /** Opens `path` in a fresh tab; gives the tab and what it reported about policies (console, page errors). */
  async function open(path, policy = CSP) {
    const tab = await site.browser.newPage();
    const reported = [];
    tab.on('console', (message) => {
      // Not network failures: this machine resolves no public name, so the DoH resolvers fail here.
      if (message.type() === 'error' && !message.text().includes('net::ERR_')) reported.push(message.text());
    });
    tab.on('pageerror', (error) => reported.push(error.message));
    const requested = [];
    tab.on('request', (request) => requested.push(request.url()));
    const response = await tab.goto(`${site.origin}${path}`);
    assert.equal(response.headers()['content-security-policy'], policy);
    return { tab, reported, requested };
  }

  it('the collector sees violations on a page that breaks the policy', async () => {
    const { tab } = await open('/control.html');
    await tab.waitForFunction(() => window.violations.length >= 2);
    const violations = await tab.evaluate(() => window.violations);
    assert.ok(
      violations.some((v) => v.startsWith('style-src-attr')),
      violations.join('\n'),
    );
    assert.ok(
      violations.some((v) => v.startsWith('require-trusted-types-for')),
      violations.join('\n'),
    );
    await tab.close();
  });

  for (const [name, path] of [
    ['the script tag', '/script-tag.html'],
    ['the ES build in a bundle', '/bundled.html'],
    ['propagation checks with the resolvers allowed', '/resolvers.html'],
  ]) {
    it(`${name}: loads, lists, adds and deletes a record with no violation`, async () => {
      const { tab, reported, requested } = await open(path, PAGES[path].policy);
      const records = tab.locator('pocketdns-records');
      // Loading and listing: the domains and the records.
      await tab.locator('pocketdns-domains').getByText('alicebakery.com').first().waitFor();
      await records.getByText('alicebakery.shops.example.net').first().waitFor();
      // Adding.
      await records.getByRole('button', { name: 'Add record' }).click();
      await records.getByLabel('Type', { exact: true }).selectOption('TXT');
      await records.getByLabel('Name', { exact: true }).fill('csp-check');
      await records.getByLabel('Value', { exact: true }).fill('strict policy');
      await records.getByRole('button', { name: 'Save', exact: true }).click();
      await records.getByRole('dialog').waitFor({ state: 'detached' });
      await records.getByText('strict policy').first().waitFor();
      // Deleting, through the confirmation.
      await records.getByRole('button', { name: 'Delete TXT csp-check' }).click();
      await records.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
      await records.getByText('Deleted TXT record csp-check.', { exact: true }).waitFor();
      assert.equal(await records.getByText('strict policy').count(), 0);

      assert.deepEqual(await tab.evaluate(() => window.violations), []);
      assert.deepEqual(reported, []);
      // With propagation on, the browser did ask the resolvers (and the policy let it).
      const asked = requested.some((url) => /^https:\/\/(cloudflare-dns\.com|dns\.google)\//.test(url));
      assert.equal(asked, PAGES[path].policy === WITH_RESOLVERS);
      await tab.close();
    });
  }

  // "Set up a service" and Import come as a chunk in the ES build and, in the script-tag build, as
  // an ES module that setup-loader.iife.ts imports with `import()` (not a Trusted Types sink, and
  // allowed by `script-src 'self'`); the record form comes the same way, tested above by Add.
  for (const [name, path] of [
    ['the ES build in a bundle', '/bundled.html'],
    ['the script tag', '/script-tag.html'],
  ]) {
    it(`${name}: opens Set up a service and Import with no violation`, async () => {
      const { tab, reported } = await open(path, PAGES[path].policy);
      const records = tab.locator('pocketdns-records');
      await records.getByText('alicebakery.shops.example.net').first().waitFor();
      await records.getByRole('button', { name: 'Set up a service', exact: true }).click();
      await records.getByRole('dialog').getByText('Google Workspace').first().waitFor({ timeout: 5000 });
      await tab.keyboard.press('Escape');
      await records.getByRole('button', { name: 'Import', exact: true }).click();
      await records.getByRole('dialog').getByText('Import a zone file').first().waitFor({ timeout: 5000 });
      assert.deepEqual(await tab.evaluate(() => window.violations), []);
      assert.deepEqual(reported, []);
      await tab.close();
    });
  }
});
