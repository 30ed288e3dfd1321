// Drives the running demo in Debian's Chromium as a customer would and saves screenshots:
// `node scripts/demo-walkthrough.mjs [http://localhost:5173] [out-dir]`.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:5173', out = '.screenshots'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.getByText('Sign in to see your domains.').waitFor();
  await page.screenshot({ path: `${out}/1-signed-out.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sign in as Alice' }).click();
  await page.getByRole('cell', { name: 'alicebakery.com' }).waitFor();
  await page.screenshot({ path: `${out}/2-alice.png`, fullPage: true });
  const rows = await page.locator('tbody tr').allTextContents();
  console.log(`Alice sees ${rows.length} domains:\n  ${rows.join('\n  ')}`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in as Bob' }).click();
  await page.getByRole('cell', { name: 'bobsbikes.io' }).waitFor();
  await page.screenshot({ path: `${out}/3-bob.png`, fullPage: true });
  console.log(`Bob sees ${await page.locator('tbody tr').count()} domains`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
