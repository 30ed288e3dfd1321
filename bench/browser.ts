// The elements on the 10,000-record domain, in headless Chromium, from the production build
// (dist/pocketdns-widget.iife.js) behind the real handler and the sandbox (no added latency).
// Times are measured inside the page: script + layout after the rows really changed, then
// the next painted frame. Run by bench/run.ts after a build.
import { spawn } from 'node:child_process';
import { launchChromium } from '../scripts/chromium.mjs';

export interface BrowserBench {
  firstRowsMs: number;
  firstRowsPaintedMs: number;
  filterMs: number[];
  sortMs: number;
  showMoreMs: number;
  rowsInDom: number;
  shadowElements: number;
}

export async function browserBench(port = 5399): Promise<BrowserBench> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
    env: { ...process.env, PORT: String(port), SANDBOX_LATENCY_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/localhost:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server.once('exit', (code) => {
      reject(new Error(`demo server exited with ${String(code)}: ${out}`));
    });
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles this file with esbuild's keepNames, which wraps functions passed to
    // page.evaluate in a __name helper the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.request.post(`${base}/demo/sign-in`, { form: { user: 'alice' }, maxRedirects: 0 });
    await page.goto(`${base}/bench/`, { waitUntil: 'networkidle' });
    await page.locator('pocketdns-domains button.domain', { hasText: 'alice-big.net' }).waitFor();
    return await page.evaluate(async () => {
      const domains = document.querySelector('pocketdns-domains');
      const records = document.querySelector('pocketdns-records') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
      if (!domains?.shadowRoot || !records) throw new Error('elements missing');
      const root = (): ShadowRoot => {
        if (!records.shadowRoot) throw new Error('no shadow root');
        return records.shadowRoot;
      };
      const frame = (): Promise<number> =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            resolve(performance.now());
          }),
        );
      const rowCount = (): number => root().querySelectorAll('tbody tr').length;
      const until = async (test: () => boolean): Promise<number> => {
        while (!test()) await new Promise((resolve) => setTimeout(resolve, 0));
        return performance.now();
      };
      const button = [...domains.shadowRoot.querySelectorAll('button.domain')].find((b) =>
        b.textContent.includes('alice-big.net'),
      ) as HTMLButtonElement;
      const t0 = performance.now();
      button.click();
      const shown = await until(() => rowCount() > 0);
      const painted = await frame();
      // Let the idle-time search index finish, as it would while the customer reads the page.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const filter = root().querySelector<HTMLInputElement>('#filter');
      if (!filter) throw new Error('no filter');
      const filterMs: number[] = [];
      for (const text of ['h', 'ho', 'host-0', 'host-09', 'host-099', 'host-0999', '']) {
        const start = performance.now();
        filter.value = text;
        filter.dispatchEvent(new Event('input'));
        await records.updateComplete;
        void root().querySelector('tbody')?.getBoundingClientRect();
        filterMs.push(+(performance.now() - start).toFixed(1));
      }
      const sortButton = [...root().querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Type')) as HTMLButtonElement;
      let start = performance.now();
      sortButton.click();
      await records.updateComplete;
      void root().querySelector('tbody')?.getBoundingClientRect();
      const sortMs = +(performance.now() - start).toFixed(1);
      const more = [...root().querySelectorAll('button')].find((b) =>
        b.textContent.trim().startsWith('Show 100 more'),
      ) as HTMLButtonElement;
      start = performance.now();
      more.click();
      await records.updateComplete;
      void root().querySelector('tbody')?.getBoundingClientRect();
      const showMoreMs = +(performance.now() - start).toFixed(1);
      return {
        firstRowsMs: +(shown - t0).toFixed(1),
        firstRowsPaintedMs: +(painted - t0).toFixed(1),
        filterMs,
        sortMs,
        showMoreMs,
        rowsInDom: rowCount(),
        shadowElements: root().querySelectorAll('*').length,
      };
    });
  } finally {
    await browser.close();
    server.kill();
  }
}
