import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
await page.route('**/pocketdns/api/v1/dns_records/*', (route) =>
  route.request().method() === 'PUT'
    ? route.fulfill({
        status: 502,
        contentType: 'application/json',
        body: '{"errors":["PocketDNS could not be reached. Please try again."]}',
      })
    : route.continue(),
);
await page.goto('http://localhost:5173/', { waitUntil: 'networkidle' });
await page.getByRole('button', { name: 'Sign in as Alice' }).click();
await page.getByRole('button', { name: /alicebakery\.com/ }).click();
await page.getByRole('button', { name: 'Edit A www' }).click();
await page.getByLabel('Value', { exact: true }).fill('192.0.2.12');
await page.getByRole('button', { name: 'Save' }).click();
console.log('clicked save');
const t = Date.now();
const ok = await page.evaluate(() => new Promise((r) => setTimeout(() => r('alive'), 500))).catch((e) => e.message);
console.log('page', ok, Date.now() - t, 'ms');
await page.screenshot({ path: '/tmp/s8.png', timeout: 5000 }).catch((e) => console.log('shot', e.message));
await browser.close();
