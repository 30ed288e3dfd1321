// `<pocketdns-records>` (production IIFE) beside a naive Lit table, in one headless Chromium,
// on 100, 1,000 and 10,000 records, with the Partner API answered inside the page (no
// network). Repetitions are interleaved (each round runs every size and both tables, in
// alternating order) so a slow moment of the machine hits both alike. Run by bench/run.ts.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import * as esbuild from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { BIG_DOMAIN_NAME, createSandbox, demoData } from '../src/sandbox/index.js';
import type { Kind, LoadResult, Reach, Timing } from './page/driver.js';

/** Record counts measured. */
export const SIZES = [100, 1_000, 10_000] as const;

/** One run of one table on one size. */
export interface Run {
  kind: Kind;
  records: number;
  round: number;
  load: LoadResult;
  elements: number;
  rowsAfterLoad: number;
  domNodes: number;
  listeners: number;
  heapMb: number;
  end: Reach;
  scroll: Reach;
  keystrokes: Timing[];
  clear: Timing;
  sortName: Timing;
  sortType: Timing;
  save?: { requestMs: number; clickMs: number; optimistic: Timing } | undefined;
}

/** Everything the browser part measured, with the machine. */
export interface BrowserBench {
  machine: { cores: number; cpu: string; chromium: string; node: string; platform: string; loadAverage: number };
  rounds: number;
  /** Rounds in which the naive table runs on 10,000 records (each such run takes ~30 s). */
  naiveBigRounds: number;
  runs: Run[];
}

/** Where the bench page is served (by playwright, no network). */
export const ORIGIN = 'http://bench.test';

/** The domain's answer as the sandbox gives it, cut to `count` records (name order kept). */
export async function domainAnswers(): Promise<{ domainId: string; bodies: Map<number, string> }> {
  const data = demoData();
  const big = data.domains.find((d) => d.name === BIG_DOMAIN_NAME);
  if (!big) throw new Error(`seed changed: ${BIG_DOMAIN_NAME} missing`);
  const sandbox = createSandbox({ seed: data });
  const response = await sandbox.fetch(
    new Request(`http://sandbox.test/api/v1/domains/${big.id}`, { headers: { Authorization: `Bearer ${sandbox.apiKey}` } }),
  );
  const details = (await response.json()) as { dns_records: unknown[] };
  const bodies = new Map<number, string>();
  for (const count of SIZES) bodies.set(count, JSON.stringify({ ...details, dns_records: details.dns_records.slice(0, count) }));
  return { domainId: big.id, bodies };
}

/** The bench page's driver (bench/page/), bundled for the page. */
export async function pageScript(): Promise<string> {
  const built = await esbuild.build({
    entryPoints: [new URL('./page/driver.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return built.outputFiles[0]?.text ?? '';
}

/** One run of `kind` on `records` in a fresh `page`: everything {@link Run} holds. */
export async function oneRun(page: Page, kind: Kind, records: number, round: number, domainId: string): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  const counters = async (): Promise<{ nodes: number; listeners: number; heap: number }> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap: heap.usedSize };
  };
  await page.goto(`${ORIGIN}/`);
  await cdp.send('Runtime.enable');
  const before = await counters();
  const load = await page.evaluate(([k, n, id]) => window.benchDriver.load(k, n, id), [kind, records, domainId] as const);
  // As a customer reads the page: idle work (the search index) finishes.
  await page.waitForTimeout(1000);
  const after = await counters();
  const counts = await page.evaluate(() => window.benchDriver.counts());
  await page.evaluate(() => {
    window.benchDriver.armEnd();
  });
  await page.keyboard.press('End');
  const end = await page.evaluate(() => window.benchDriver.endResult());
  const scroll = await page.evaluate(() => window.benchDriver.scrollToEnd());
  const keystrokes = await page.evaluate(() => window.benchDriver.filter());
  const clear = await page.evaluate(() => window.benchDriver.clearFilter());
  const sortName = await page.evaluate(() => window.benchDriver.sort('Name'));
  const sortType = await page.evaluate(() => window.benchDriver.sort('Type'));
  const save = kind === 'element' ? await page.evaluate((r) => window.benchDriver.save(r), round) : undefined;
  await cdp.detach();
  return {
    kind,
    records,
    round,
    load,
    elements: counts.elements,
    rowsAfterLoad: counts.rows,
    domNodes: after.nodes - before.nodes,
    listeners: after.listeners - before.listeners,
    heapMb: +((after.heap - before.heap) / 1_048_576).toFixed(2),
    end,
    scroll,
    keystrokes,
    clear,
    sortName,
    sortType,
    save,
  };
}

/** What the script tag imports from beside itself after first rows or on first use: the form, Set up a service, languages. */
const LATER_PARTS = /^\/(?:pocketdns-widget-[\w-]+\.js|locales\/[\w-]+\.js)$/;

/**
 * Answers the bench page's requests at {@link ORIGIN}: the page, the widget script (and what it
 * loads later, from `dir`), the driver, the answers.
 */
export async function servePage(
  context: BrowserContext,
  widget: string,
  script: string,
  bodies: Map<number, string>,
  dir = 'dist',
): Promise<void> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><script src="/widget.js"></script><script src="/driver.js"></script></body></html>`;
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = /^\/data\/(\d+)\.json$/.exec(path);
    if (path === '/') await route.fulfill({ contentType: 'text/html', body: html });
    else if (path === '/widget.js') await route.fulfill({ contentType: 'text/javascript', body: widget });
    else if (path === '/driver.js') await route.fulfill({ contentType: 'text/javascript', body: script });
    else if (body) await route.fulfill({ contentType: 'application/json', body: bodies.get(Number(body[1])) ?? '' });
    else if (LATER_PARTS.test(path)) await route.fulfill({ contentType: 'text/javascript', body: await readFile(`${dir}${path}`, 'utf8') });
    else await route.fulfill({ status: 404, body: '' });
  });
}

/**
 * Runs the side-by-side browser bench: `rounds` interleaved repetitions of every size and
 * both tables, each run in a fresh page, except the naive table on 10,000 records, which
 * runs in the first `naiveBigRounds` only (to keep `npm run bench` near 5 minutes).
 * `onRun` hears each finished run (for progress).
 */
export async function browserBench(
  rounds: number,
  naiveBigRounds: number,
  onRun: (run: Run) => void = () => undefined,
): Promise<BrowserBench> {
  const [widget, script, answers] = await Promise.all([readFile('dist/pocketdns-widget.iife.js', 'utf8'), pageScript(), domainAnswers()]);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await servePage(context, widget, script, answers.bodies);
    const runs: Run[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const records of SIZES) {
        const kinds: Kind[] = round % 2 === 1 ? ['element', 'baseline'] : ['baseline', 'element'];
        for (const kind of kinds) {
          if (kind === 'baseline' && records >= 10_000 && round > naiveBigRounds) continue;
          const page = await context.newPage();
          try {
            const run = await oneRun(page, kind, records, round, answers.domainId);
            runs.push(run);
            onRun(run);
          } finally {
            await page.close();
          }
        }
      }
    }
    return {
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        chromium: browser.version(),
        node: process.version,
        platform: process.platform,
        // Other work on the machine skews every figure: the 1-minute load average at the end.
        loadAverage: +(loadavg()[0] ?? 0).toFixed(1),
      },
      rounds,
      naiveBigRounds,
      runs,
    };
  } finally {
    await browser.close();
  }
}
