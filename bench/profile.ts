// Where the time goes in `<pocketdns-records>`: one run of the bench page on one size, with a
// Chromium trace (script, style, layout, paint on the main thread) and a sampled CPU profile
// (self time by function) of three phases: first rows, the filter keystrokes, and sorting.
// Not part of `npm run bench`; for finding what to cut:
//   node --import tsx bench/profile.ts [records=10000] [widget=dist/pocketdns-widget.iife.js]
// An unminified widget names the functions: `npx vite build --config vite.iife.config.ts
// --minify false --outDir .bench/unminified` (then pass .bench/unminified/pocketdns-widget.iife.js).
import { readFile } from 'node:fs/promises';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { domainAnswers, ORIGIN, pageScript, servePage } from './browser.js';

interface TraceEvent {
  name: string;
  ts: number;
  cat: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const records = Number(process.argv[2] ?? 10_000);
const widgetPath = process.argv[3] ?? 'dist/pocketdns-widget.iife.js';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'].join(',');

const tidsOf = (events: TraceEvent[]): Set<string> =>
  new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((e) => `${String(e.pid)}:${String(e.tid)}`),
  );

/** Main-thread time by trace event name (complete events only, nested ones counted apart). */
function byEvent(events: TraceEvent[]): Map<string, number> {
  const tids = tidsOf(events);
  const out = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !tids.has(`${String(e.pid)}:${String(e.tid)}`)) continue;
    out.set(e.name, (out.get(e.name) ?? 0) + e.dur / 1000);
  }
  return out;
}

async function traced<T>(cdp: CDPSession, label: string, run: () => Promise<T>): Promise<T> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }): void => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);

  console.log(`\n=== ${label}`);
  const wanted = [
    'FunctionCall',
    'EvaluateScript',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'v8.run',
    'ParseHTML',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'HitTest',
    'ScheduleStyleRecalculation',
    'IntersectionObserverController::computeIntersections',
    'UpdateLayer',
    'ParseAuthorStyleSheet',
  ];
  const totals = byEvent(events);
  const top = [...totals].filter(([name]) => wanted.includes(name) || (totals.get(name) ?? 0) > 5).sort((a, b) => b[1] - a[1]);
  for (const [name, ms] of top.slice(0, 18)) console.log(`  ${name.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms`);

  // How much each layout and style recalc had to do.
  const tidSet = tidsOf(events);
  const mainEvents = events.filter((e) => tidSet.has(`${String(e.pid)}:${String(e.tid)}`));
  const layouts = mainEvents.filter((e) => e.name === 'Layout' && e.ph === 'X');
  const objects = (e: TraceEvent, key: string): number =>
    Number((e.args as Record<string, Record<string, unknown>> | undefined)?.['beginData']?.[key] ?? 0);
  const avg = (values: number[]): string => (values.length === 0 ? '–' : (values.reduce((a, b) => a + b, 0) / values.length).toFixed(0));
  console.log(
    `  -- ${String(layouts.length)} layouts: mean ${avg(layouts.map((e) => (e.dur ?? 0) / 1000))} ms, dirty objects ${avg(layouts.map((e) => objects(e, 'dirtyObjects')))} of ${avg(layouts.map((e) => objects(e, 'totalObjects')))}`,
  );
  const styles = mainEvents.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X');
  const elementCount = (e: TraceEvent): number =>
    Number((e.args as Record<string, Record<string, unknown>> | undefined)?.['elementCount'] ?? 0);
  console.log(`  -- ${String(styles.length)} style recalcs: elements ${avg(styles.map(elementCount))}`);

  // Each event (a keystroke) to its settled rows: layout and style inside, the rest is script.
  const starts = mainEvents.filter((e) => e.name === 'bench:event').map((e) => e.ts);
  const ends = mainEvents.filter((e) => e.name === 'bench:settled').map((e) => e.ts);
  if (starts.length > 1) {
    const inside = (name: string, from: number, to: number): number =>
      mainEvents
        .filter((e) => e.name === name && e.ph === 'X' && e.ts >= from && e.ts <= to)
        .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    const lines = starts.map((from) => {
      const to = ends.find((t) => t > from) ?? from;
      const total = (to - from) / 1000;
      return `${total.toFixed(1)}(L${inside('Layout', from, to).toFixed(1)} S${inside('UpdateLayoutTree', from, to).toFixed(1)})`;
    });
    console.log(`  -- each event → settled, ms (L layout, S style): ${lines.join(' ')}`);
  }

  // The main thread from the answer (or the phase's start) to the settled rows, nested.
  const answered = events.find((e) => e.name === 'bench:answered')?.ts;
  const settled = events.find((e) => e.name === 'bench:settled')?.ts;
  if (answered !== undefined && settled !== undefined) {
    console.log(`  -- main thread from the answer to the rows settled (${((settled - answered) / 1000).toFixed(1)} ms), events >= 0.5 ms`);
    const tids = tidsOf(events);
    const open: TraceEvent[] = [];
    const inWindow = events.filter(
      (e) => e.ph === 'X' && tids.has(`${String(e.pid)}:${String(e.tid)}`) && e.ts + (e.dur ?? 0) >= answered && e.ts <= settled + 50_000,
    );
    for (const e of inWindow.sort((a, b) => a.ts - b.ts)) {
      while (open.length > 0 && (open.at(-1)?.ts ?? 0) + (open.at(-1)?.dur ?? 0) <= e.ts) open.pop();
      if ((e.dur ?? 0) >= 500 && open.length < 4)
        console.log(
          `  ${((e.ts - answered) / 1000).toFixed(1).padStart(7)} ${'  '.repeat(open.length)}${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`,
        );
      open.push(e);
    }
  }

  // Self and total time by function from the sampled profile (between the marks when there are).
  const nodes = profile.nodes as (ProfileNode & { children?: number[] })[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${String(lineNumber + 1)}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  let t = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    t += dt[i] ?? 0;
    const ms = (dt[i + 1] ?? 0) / 1000;
    if (answered !== undefined && settled !== undefined && (t < answered || t > settled)) return;
    const node = byId.get(id);
    if (!node) return;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const key = keyOf(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const scope = answered !== undefined && settled !== undefined ? ' (answer → settled)' : '';
  console.log(`  -- self time by function${scope}`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${key.slice(0, 80).padEnd(80)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log(`  -- total time by function${scope}`);
  for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`  ${key.slice(0, 80).padEnd(80)} ${ms.toFixed(1).padStart(8)} ms`);
  return result;
}

const [widget, script, answers] = await Promise.all([readFile(widgetPath, 'utf8'), pageScript(), domainAnswers()]);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await servePage(context, widget, script, answers.bodies);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  // PROFILE_PAGE_CSS: rules for the page before the element mounts (e.g. its --pocketdns-* tokens).
  if (process.env.PROFILE_PAGE_CSS) await page.addStyleTag({ content: process.env.PROFILE_PAGE_CSS });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const load = await traced(cdp, `first rows, ${String(records)} records`, () =>
    page.evaluate(([n, id]) => window.benchDriver.load('element', n, id), [records, answers.domainId] as const),
  );
  console.log('  load:', JSON.stringify(load));
  await page.waitForTimeout(1500);
  // PROFILE_CSS: extra rules adopted into the element's shadow root, to see what a style costs.
  if (process.env.PROFILE_CSS) {
    await page.evaluate((text) => {
      const root = document.querySelector('pocketdns-records')?.shadowRoot;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }, process.env.PROFILE_CSS);
    await page.waitForTimeout(300);
  }
  const keys = await traced(cdp, 'filter keystrokes', () => page.evaluate(() => window.benchDriver.filter()));
  const scriptMs = keys.map((k) => k.scriptMs).sort((a, b) => a - b);
  const painted = keys.map((k) => k.paintedMs).sort((a, b) => a - b);
  const at = (v: number[], p: number): string => (v[Math.min(v.length - 1, Math.ceil(p * v.length) - 1)] ?? 0).toFixed(1);
  console.log(`  each keystroke, script+layout: ${keys.map((k) => k.scriptMs.toFixed(1)).join(' ')}`);
  console.log(
    `  keystrokes: ${String(keys.length)}, script p50 ${at(scriptMs, 0.5)} p95 ${at(scriptMs, 0.95)}; painted p50 ${at(painted, 0.5)} p95 ${at(painted, 0.95)}`,
  );
  const clear = await traced(cdp, 'clear filter', () => page.evaluate(() => window.benchDriver.clearFilter()));
  console.log('  clear:', JSON.stringify(clear));
  const sorts = await traced(cdp, 'sort by name, then type', async () => [
    await page.evaluate(() => window.benchDriver.sort('Name')),
    await page.evaluate(() => window.benchDriver.sort('Type')),
  ]);
  console.log('  sorts:', JSON.stringify(sorts));
} finally {
  await browser.close();
}
