// Debian's Chromium, launched the one way that works on this machine and in CI: headless,
// with the networking flags that stop it calling out of a closed network. Every browser
// script (wtr, the bench, the demo walkthrough, screenshots) takes its settings from here.
import { existsSync } from 'node:fs';

/** Flags for headless Chromium here: no sandbox as root, no GPU, no background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary: `CHROME_PATH`, else Debian's (installed by .ci/run). */
export const chromiumPath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** Launches Chromium with playwright-core: `await launchChromium()` gives a Browser. */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, ...options, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
