// Drives the running demo (`npm start`) in Debian's Chromium as a customer would: signs in
// as Alice, adds, edits and deletes a record of every type, checks what PocketDNS shows
// after each step, and saves screenshots (desktop, 360 px phone, dark theme).
// `node scripts/demo-walkthrough.mjs [http://localhost:5173] [.screenshots]`
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';

const [base = 'http://localhost:5173', out = '.screenshots'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const browser = await launchChromium();
const problems = [];
const log = (line) => console.log(line);

const RECORDS = [
  { type: 'A', add: { Name: 'walk-a', Value: '192.0.2.150' }, edit: { Value: '192.0.2.151' }, shows: '192.0.2.151' },
  { type: 'AAAA', add: { Name: 'walk-aaaa', Value: '2001:db8::150' }, edit: { Value: '2001:db8::151' }, shows: '2001:db8::151' },
  {
    type: 'CNAME',
    add: { Name: 'walk-cname', Value: 'target.example.net' },
    edit: { Value: 'other.example.net' },
    shows: 'other.example.net',
  },
  { type: 'MX', add: { Name: 'walk-mx', Value: 'mx.example.net', Priority: '15' }, edit: { Priority: '25' }, shows: 'mx.example.net' },
  {
    type: 'TXT',
    add: { Name: 'walk-txt', Value: 'hello from the walkthrough' },
    edit: { Value: 'edited from the walkthrough' },
    shows: 'edited from the walkthrough',
  },
  {
    type: 'SRV',
    add: { Name: '_walk._tcp', Priority: '10', Weight: '5', Port: '8080', Target: 'svc.example.net' },
    edit: { Port: '8443' },
    shows: '5 8443 svc.example.net',
  },
  { type: 'NS', add: { Name: 'walk-ns', Value: 'ns1.example.net' }, edit: { Value: 'ns2.example.net' }, shows: 'ns2.example.net' },
];

async function fill(page, values) {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const records = page.locator('pocketdns-records');
  const row = (text) => records.locator('tbody tr', { hasText: text });
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.getByText('You are signed out').first().waitFor();
  await page.screenshot({ path: `${out}/1-signed-out.png` });
  await page.getByRole('button', { name: 'Sign in as Alice' }).click();
  await page.getByRole('button', { name: /alicebakery\.com/ }).click();
  await row('mx1.mailhost.example.net').waitFor();
  await page.screenshot({ path: `${out}/2-alice-bakery.png` });
  log(`Alice's alicebakery.com: ${await records.locator('tbody tr').count()} records`);

  for (const record of RECORDS) {
    await records.getByRole('button', { name: 'Add record' }).click();
    await page.getByLabel('Type', { exact: true }).selectOption(record.type);
    await fill(page, record.add);
    if (record.type === 'SRV') await page.screenshot({ path: `${out}/3-add-srv-form.png` });
    await page.getByRole('button', { name: 'Save' }).click();
    const name = record.add.Name;
    await row(name).filter({ hasNotText: 'Saving' }).waitFor();
    await records.getByRole('button', { name: `Edit ${record.type} ${name}` }).click();
    await fill(page, record.edit);
    await page.getByRole('button', { name: 'Save' }).click();
    await row(record.shows).filter({ hasText: name }).filter({ hasNotText: 'Saving' }).waitFor();
    const shown = (await row(name).textContent()).replace(/\s+/g, ' ').trim();
    await records.getByRole('button', { name: `Delete ${record.type} ${name}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    // Wait for PocketDNS's answer, not just the optimistic removal.
    await records.getByText(`Deleted ${record.type} record ${name}.`, { exact: true }).waitFor();
    await row(name).waitFor({ state: 'detached' });
    log(`  ${record.type.padEnd(5)} added, edited (${shown}), deleted`);
  }
  await page.screenshot({ path: `${out}/4-after-delete-undo-offered.png` });
  const counted = (await page.locator('pocketdns-domains button.domain', { hasText: 'alicebakery.com' }).textContent()).replace(
    /\s+/g,
    ' ',
  );
  const stored = await records.locator('tbody tr').count();
  log(`after the round trip: the table has ${stored} records, the domain list says "${/\d+ records/.exec(counted)?.[0]}"`);
  if (!counted.includes('18 records') || stored !== 18) problems.push(`counts drifted: table ${stored}, list ${counted}`);

  // A mistake, shown as the customer types, then fixed.
  await records.getByRole('button', { name: 'Add record' }).click();
  await page.getByLabel('Type', { exact: true }).selectOption('CNAME');
  await fill(page, { Name: 'www', Value: '192.0.2.1' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.screenshot({ path: `${out}/5-validation.png` });
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The 10,000-record domain.
  await page.getByRole('button', { name: /alice-big\.net/ }).click();
  await row('host-00000').waitFor();
  const started = Date.now();
  await records.getByLabel('Filter records').fill('host-09999');
  await records.locator('tbody tr').first().filter({ hasText: 'host-09999' }).waitFor();
  log(`alice-big.net: filter to 1 of 10,000 shown in ${Date.now() - started} ms (including Playwright round trips)`);
  await records.getByLabel('Filter records').fill('');
  await page.screenshot({ path: `${out}/6-big-domain.png` });

  // Dark theme.
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('button', { name: /alicebakery\.com/ }).click();
  await row('mx1.mailhost.example.net').waitFor();
  await page.screenshot({ path: `${out}/7-dark.png` });

  // A phone.
  const phone = await browser.newPage({ viewport: { width: 360, height: 780 } });
  phone.on('pageerror', (error) => problems.push(`page error (phone): ${error.message}`));
  await phone.context().addCookies(await page.context().cookies());
  await phone.goto(base, { waitUntil: 'networkidle' });
  await phone.getByRole('button', { name: /alicebakery\.com/ }).click();
  await phone.locator('pocketdns-records tbody tr', { hasText: 'mx1.mailhost.example.net' }).waitFor();
  await phone.locator('pocketdns-records').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: `${out}/8-phone.png` });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  log(`phone (360 px): horizontal overflow ${overflow} px`);
  if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px at 360 px`);
  await phone.getByRole('button', { name: 'Sign out' }).click();
  await phone.waitForLoadState('networkidle');
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`screenshots in ${out}/`);
