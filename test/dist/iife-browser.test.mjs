// The script-tag build in real Chromium, behind the built handler and sandbox: the page loads
// only pocketdns-widget.iife.js; the record form, the linter and the propagation checker
// arrive in pocketdns-widget-extras.js after the first rows, and a script that cannot be
// loaded is said, not waited on.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';

const dist = new URL('../../dist/', import.meta.url);
const { createSandbox } = await import('@pocketdns/widget/sandbox');
const { createPocketDnsHandler } = await import('@pocketdns/widget/server');
const { toNodeHandler } = await import('@pocketdns/widget/server/node');

const sandbox = createSandbox();
const handler = toNodeHandler(
  createPocketDnsHandler({
    apiKey: sandbox.apiKey,
    environment: 'sandbox',
    secret: 'x'.repeat(32),
    identify: () => ({ user_identifier: 'bob' }),
    fetch: (request) => sandbox.fetch(request),
  }),
);

/** Scripts the server answers 404 for, as a CDN missing a file would. */
const missing = new Set();
/** Every script the page asked for, in order. */
const requested = [];

const page = (domainId) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>script tag</title><body>
<pocketdns-records domain-id="${domainId}" session-url="/pocketdns/session" propagation="off"></pocketdns-records>
<script src="/cdn/pocketdns-widget.iife.js"></script></body></html>`;

let server;
let origin;
let browser;
let domainId;

before(async () => {
  const domains = await (await sandbox.fetch(new Request('http://sandbox/api/v1/users/bob/domains', { headers: { Authorization: `Bearer ${sandbox.apiKey}` } }))).json();
  domainId = domains.domains[0].id;
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const script = /^\/cdn\/(pocketdns-widget[\w-]*(?:\.iife)?\.js)$/.exec(path);
    if (script) {
      requested.push(script[1]);
      if (missing.has(script[1])) return void res.writeHead(404).end();
      return void readFile(new URL(script[1], dist)).then((code) => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(code));
    }
    if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(domainId));
    handler(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A fresh page on the test server, with the records shown. */
async function open() {
  requested.length = 0;
  const tab = await browser.newPage();
  await tab.goto(`${origin}/`);
  await tab.locator('pocketdns-records tbody tr').first().waitFor();
  return tab;
}

describe('the script tag in a browser', () => {
  it('shows records from the main script alone, then loads the extras in idle time and opens the form', async () => {
    missing.clear();
    const tab = await open();
    await tab.waitForFunction(() => customElements.get('pocketdns-record-form') !== undefined);
    assert.deepEqual(requested, ['pocketdns-widget.iife.js', 'pocketdns-widget-extras.js']);
    // One Lit on the page: the extras use the main script's.
    assert.deepEqual(await tab.evaluate(() => globalThis.litHtmlVersions?.length), 1);
    await tab.getByRole('button', { name: 'Add record' }).first().click();
    const dialog = tab.locator('pocketdns-records dialog#editor');
    await dialog.locator('pocketdns-record-form form').waitFor();
    assert.equal(await dialog.evaluate((d) => d.open), true);
    await tab.close();
  });

  it('says so when the form cannot be loaded, and keeps the records', async () => {
    missing.add('pocketdns-widget-extras.js');
    const tab = await open();
    await tab.getByRole('button', { name: 'Add record' }).first().click();
    const alert = tab.locator('pocketdns-records [role=alert]', { hasText: 'The record form could not be loaded' });
    await alert.waitFor();
    // No form dialog without the form's part; the records stay.
    assert.equal(await tab.locator('pocketdns-records dialog#editor').count(), 0);
    assert.ok((await tab.locator('pocketdns-records tbody tr').count()) > 0);
    // Retry, once the file is back, opens the form.
    missing.clear();
    await alert.getByRole('button').first().click();
    await tab.locator('pocketdns-records dialog#editor pocketdns-record-form form').waitFor();
    await tab.close();
  });

  it('loads Set up a service from the second script on first use, and says so when it cannot', async () => {
    missing.clear();
    missing.add('pocketdns-widget-connect.js');
    const tab = await open();
    await tab.getByRole('button', { name: 'Set up a service' }).click();
    // Said above the table, like any failure there, with Retry; no dialog opens.
    const alert = tab.locator('pocketdns-records [role=alert]', { hasText: 'The list of services could not be loaded' });
    await alert.waitFor();
    const dialog = tab.locator('pocketdns-records dialog#setup');
    assert.equal(await dialog.count(), 0);
    missing.clear();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await dialog.getByRole('button', { name: /Gmail for your domain/ }).waitFor();
    assert.equal(await dialog.evaluate((d) => d.open), true);
    assert.ok(requested.includes('pocketdns-widget-connect.js'));
    await tab.close();
  });
});
