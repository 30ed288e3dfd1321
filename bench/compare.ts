// Two builds of `<pocketdns-records>` side by side on one size, in one Chromium, rounds
// interleaved (alternating which goes first) so a slow moment of the machine hits both:
//   node --import tsx bench/compare.ts <before-dist> <after-dist> [records=10000] [rounds=5]
// e.g. a build of main in another directory against this one's dist/. Same driver and
// figures as `npm run bench` (bench/browser.ts); not part of it.
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { domainAnswers, oneRun, pageScript, servePage, type Run } from './browser.js';

const [before = '', after = 'dist', recordsArg, roundsArg] = process.argv.slice(2);
if (!before) throw new Error('usage: bench/compare.ts <before-dist> <after-dist> [records] [rounds]');
const records = Number(recordsArg ?? 10_000);
const rounds = Number(roundsArg ?? 5);

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const median = (values: number[]): number => percentile(values, 50);

const FIGURES: [label: string, read: (runs: Run[]) => string][] = [
  ['first rows script+layout, after the answer', (runs) => median(runs.map((r) => r.load.scriptMs)).toFixed(1)],
  ['– after the answer was parsed', (runs) => median(runs.map((r) => r.load.afterParseScriptMs)).toFixed(1)],
  ['first rows painted, after the answer', (runs) => median(runs.map((r) => r.load.paintedMs)).toFixed(1)],
  [
    'keystroke script+layout p50 · p95',
    (runs) => {
      const all = runs.flatMap((r) => r.keystrokes.map((k) => k.scriptMs));
      return `${percentile(all, 50).toFixed(1)} · ${percentile(all, 95).toFixed(1)}`;
    },
  ],
  [
    'keystroke painted p50 · p95',
    (runs) => {
      const all = runs.flatMap((r) => r.keystrokes.map((k) => k.paintedMs));
      return `${percentile(all, 50).toFixed(1)} · ${percentile(all, 95).toFixed(1)}`;
    },
  ],
  [
    'clear filter script+layout · painted',
    (runs) => `${median(runs.map((r) => r.clear.scriptMs)).toFixed(1)} · ${median(runs.map((r) => r.clear.paintedMs)).toFixed(1)}`,
  ],
  [
    'sort name / type script+layout',
    (runs) => `${median(runs.map((r) => r.sortName.scriptMs)).toFixed(1)} / ${median(runs.map((r) => r.sortType.scriptMs)).toFixed(1)}`,
  ],
  [
    'End key · one scroll, painted',
    (runs) =>
      `${median(runs.map((r) => r.end.paintedMs ?? NaN)).toFixed(1)} · ${median(runs.map((r) => r.scroll.paintedMs ?? NaN)).toFixed(1)}`,
  ],
  [
    'Save → POST · optimistic row painted',
    (runs) =>
      `${median(runs.map((r) => r.save?.requestMs ?? NaN)).toFixed(1)} · ${median(runs.map((r) => r.save?.optimistic.paintedMs ?? NaN)).toFixed(1)}`,
  ],
  ['elements under the host', (runs) => String(median(runs.map((r) => r.elements)))],
];

const [script, answers] = await Promise.all([pageScript(), domainAnswers()]);
const browser = await launchChromium();
try {
  const builds = [before, after];
  const contexts = await Promise.all(
    builds.map(async (dir) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await servePage(context, await readFile(`${dir}/pocketdns-widget.iife.js`, 'utf8'), script, answers.bodies, dir);
      return context;
    }),
  );
  const runs = contexts.map((context) => ({ context, runs: [] as Run[] }));
  for (let round = 1; round <= rounds; round += 1) {
    for (const build of round % 2 === 1 ? runs : [...runs].reverse()) {
      const page = await build.context.newPage();
      try {
        build.runs.push(await oneRun(page, 'element', records, round, answers.domainId));
      } finally {
        await page.close();
      }
      process.stdout.write(`\r  round ${String(round)}/${String(rounds)}   `);
    }
  }
  console.log(`\r<pocketdns-records> on ${records.toLocaleString('en-US')} records, medians of ${String(rounds)} interleaved rounds, ms`);
  console.log(`${''.padEnd(46)}${before.slice(-24).padEnd(26)}${after.slice(-24)}`);
  for (const [label, read] of FIGURES) console.log(`  ${label.padEnd(44)}${runs.map((build) => read(build.runs).padEnd(26)).join('')}`);
} finally {
  await browser.close();
}
