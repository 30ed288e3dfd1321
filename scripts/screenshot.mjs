// Opens a page in Debian's Chromium and saves a screenshot: `node scripts/screenshot.mjs URL OUT.png [width]`.
import { launchChromium } from './chromium.mjs';

const [url = 'http://localhost:5173/', out = 'screenshot.png', width = '1100'] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console:', message.text());
  });
  page.on('pageerror', (error) => {
    console.error('page error:', error.message);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
