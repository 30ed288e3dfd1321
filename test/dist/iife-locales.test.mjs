// The script-tag build in a real browser, under `script-src 'self'` with Trusted Types: it loads
// a translation from locales/<locale>.js beside itself on first use, and lays Arabic out right
// to left. The translations stay out of the script itself.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { demoData } from '@pocketdns/widget/sandbox';
import { launchChromium } from '../../scripts/chromium.mjs';
import { servePartnerSite } from './widget-page.mjs';

const dist = new URL('../../dist/', import.meta.url);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const page = (locale) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><script src="/cdn/pocketdns-widget.iife.js"></script></head>
<body><pocketdns-domains locale="${locale}"></pocketdns-domains></body></html>`;

describe('the script tag in other languages', () => {
  let server;
  let browser;
  let origin;
  const requested = [];
  before(async () => {
    server = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      requested.push(path);
      try {
        if (path.startsWith('/page/')) {
          res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(page(path.slice(6)));
          return;
        }
        if (!path.startsWith('/cdn/') || path.includes('..')) throw new Error('not found');
        const body = await readFile(new URL(path.slice(5), dist));
        res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('keeps the translations out of the script', async () => {
    const script = await readFile(new URL('pocketdns-widget.iife.js', dist), 'utf8');
    assert.ok(!script.includes('Nicht verbunden'));
    assert.ok((await readFile(new URL('locales/de.js', dist), 'utf8')).includes('Nicht verbunden'));
  });

  for (const [locale, heading, dir] of [
    ['de', 'Nicht verbunden', 'ltr'],
    ['ar', 'غير متصل', 'rtl'],
  ]) {
    it(`loads ${locale} from beside the script, under a strict CSP`, async () => {
      const tab = await browser.newPage();
      const violations = [];
      tab.on('console', (message) => {
        // (The page's favicon is a 404 here: only policy violations count.)
        if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
      });
      await tab.goto(`${origin}/page/${locale}`);
      const shown = await tab.waitForFunction(
        (text) => {
          const el = document.querySelector('pocketdns-domains');
          return el?.shadowRoot?.textContent.includes(text) ? { lang: el.getAttribute('lang'), dir: el.getAttribute('dir') } : false;
        },
        heading,
        { timeout: 10_000 },
      );
      assert.deepEqual(await shown.jsonValue(), { lang: locale, dir });
      assert.ok(requested.includes(`/cdn/locales/${locale}.js`));
      assert.deepEqual(violations, []);
      await tab.close();
    });
  }
});

// The dialogs come from the modules the main script imports later (the record form from
// pocketdns-widget-extras.js, Set up a service from pocketdns-widget-connect.js). They take
// @lit/localize from the main script, so they show the locale the element shows: with their own
// copy they would stay English beside a German table.
describe('the script tag’s later parts in the element’s language', () => {
  let site;
  before(async () => {
    const bakery = demoData().domains.find((domain) => domain.name === 'alicebakery.com').id;
    site = await servePartnerSite({
      headers: { 'Content-Security-Policy': CSP },
      files: {
        '/de.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/dist/pocketdns-widget.iife.js"></script></head>
<body><pocketdns-records session-url="/pocketdns/session" domain-id="${bakery}" propagation="off" locale="de"></pocketdns-records></body></html>`,
      },
    });
  });
  after(() => site?.close());

  it('opens the record form and Set up a service in German', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.origin}/de.html`);
    const records = tab.locator('pocketdns-records');
    await records.getByText('alicebakery.shops.example.net').first().waitFor();
    // The record form: its own field label for an A record's value.
    await records.getByRole('button', { name: 'Eintrag hinzufügen' }).first().click();
    const form = records.locator('pocketdns-record-form');
    await form.getByText('IPv4-Adresse').first().waitFor({ timeout: 10_000 });
    assert.equal(await form.getByText('IPv4 address').count(), 0);
    await tab.keyboard.press('Escape');
    await records.getByRole('dialog').waitFor({ state: 'detached' });
    // Set up a service: the list of services, rendered by the connect module.
    await records.getByRole('button', { name: 'Dienst einrichten', exact: true }).click();
    const dialog = records.getByRole('dialog');
    await dialog.getByText('Wählen Sie einen Dienst', { exact: false }).first().waitFor({ timeout: 10_000 });
    assert.equal(await dialog.getByText('Choose a service', { exact: false }).count(), 0);
    await tab.close();
  });
});
