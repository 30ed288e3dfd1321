// Summaries of the browser bench: medians over the rounds (p50/p95 over all keystrokes of all
// rounds), per size and table, and the printed side-by-side table with element/baseline ratios.
import type { BrowserBench, Run } from './browser.js';
import type { Kind } from './page/driver.js';

/** One figure of one table on one size: the median (or count) and, where asked, p95. */
export interface Figure {
  value: number | undefined;
  p95?: number | undefined;
  /** For "reachable": in how many rounds. */
  of?: number | undefined;
}

/** The metrics, in print order, with how to read them from the runs. */
const METRICS: { key: string; label: string; unit: string; read: (runs: Run[]) => Figure }[] = [];

const percentile = (values: number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values: (number | undefined)[]): number | undefined =>
  percentile(
    values.filter((v): v is number => v !== undefined),
    50,
  );

const metric = (key: string, label: string, unit: string, read: (runs: Run[]) => Figure): void => {
  METRICS.push({ key, label, unit, read });
};
const med = (pick: (run: Run) => number | undefined) => (runs: Run[]) => ({ value: median(runs.map(pick)) });
const pooled = (pick: (run: Run) => number[]) => (runs: Run[]) => {
  const all = runs.flatMap(pick);
  return { value: percentile(all, 50), p95: percentile(all, 95) };
};
const reach = (pick: (run: Run) => { reachable: boolean; paintedMs: number | undefined }) => (runs: Run[]) => ({
  value: median(runs.map((r) => pick(r).paintedMs)),
  of: runs.filter((r) => pick(r).reachable).length,
});

metric(
  'firstRowsPainted',
  'first rows painted, after the answer',
  'ms',
  med((r) => r.load.paintedMs),
);
metric(
  'firstRowsScript',
  'first rows script+layout, after the answer',
  'ms',
  med((r) => r.load.scriptMs),
);
metric(
  'firstRowsAfterParse',
  '– of which after the answer was parsed',
  'ms',
  med((r) => r.load.afterParseScriptMs),
);
metric(
  'mountToPainted',
  'mount → first rows painted (session, request)',
  'ms',
  med((r) => r.load.mountToPaintedMs),
);
metric(
  'bigParses',
  'big JSON parses of the answer',
  '×',
  med((r) => r.load.bigParses),
);
metric(
  'parseMs',
  'time in those parses',
  'ms',
  med((r) => r.load.bigParseMs),
);
metric(
  'referenceParseMs',
  'one JSON.parse of the answer (reference)',
  'ms',
  med((r) => r.load.referenceParseMs),
);
metric(
  'keystrokeScript',
  'filter keystroke script+layout p50 · p95',
  'ms',
  pooled((r) => r.keystrokes.map((k) => k.scriptMs)),
);
metric(
  'keystrokePainted',
  'filter keystroke painted p50 · p95',
  'ms',
  pooled((r) => r.keystrokes.map((k) => k.paintedMs)),
);
metric(
  'clearPainted',
  'clear the filter, painted',
  'ms',
  med((r) => r.clear.paintedMs),
);
metric(
  'clearScript',
  'clear the filter, script+layout',
  'ms',
  med((r) => r.clear.scriptMs),
);
metric(
  'sortNamePainted',
  'sort by name, painted',
  'ms',
  med((r) => r.sortName.paintedMs),
);
metric(
  'sortTypePainted',
  'sort by type, painted',
  'ms',
  med((r) => r.sortType.paintedMs),
);
metric(
  'sortScript',
  'sort (name, type) script+layout',
  'ms',
  med((r) => (r.sortName.scriptMs + r.sortType.scriptMs) / 2),
);
metric(
  'endKey',
  'last record by End key: reached in · painted',
  'ms',
  reach((r) => r.end),
);
metric(
  'scroll',
  'last record by one scroll: reached in · painted',
  'ms',
  reach((r) => r.scroll),
);
metric(
  'saveRequest',
  'Save → POST leaves',
  'ms',
  med((r) => r.save?.requestMs),
);
metric(
  'saveClick',
  'Save click, synchronous work',
  'ms',
  med((r) => r.save?.clickMs),
);
metric(
  'saveOptimistic',
  'Save → optimistic row painted',
  'ms',
  med((r) => r.save?.optimistic.paintedMs),
);
metric(
  'elements',
  'elements under the host after load',
  '',
  med((r) => r.elements),
);
metric(
  'rows',
  'rows rendered after load',
  '',
  med((r) => r.rowsAfterLoad),
);
metric(
  'domNodes',
  'DOM nodes added (CDP)',
  '',
  med((r) => r.domNodes),
);
metric(
  'listeners',
  'JS event listeners added (CDP)',
  '',
  med((r) => r.listeners),
);
metric(
  'heapMb',
  'JS heap added, after GC',
  'MB',
  med((r) => r.heapMb),
);

/** Summary: size → metric → table → figure. */
export type Summary = Record<string, Record<string, Record<Kind, Figure>>>;

/** Medians (and p95s) per size, metric and table. */
export function summarize(bench: BrowserBench): Summary {
  const out: Summary = {};
  const sizes = [...new Set(bench.runs.map((r) => r.records))];
  for (const size of sizes) {
    const bySize: Record<string, Record<Kind, Figure>> = {};
    for (const m of METRICS) {
      const of = (kind: Kind): Figure => {
        const runs = bench.runs.filter((r) => r.records === size && r.kind === kind);
        return runs.length === 0 ? { value: undefined } : m.read(runs);
      };
      bySize[m.key] = { element: of('element'), baseline: of('baseline') };
    }
    out[String(size)] = bySize;
  }
  return out;
}

const round = (v: number): string => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function show(figure: Figure, rounds: number, unit: string): string {
  if (figure.of !== undefined)
    return figure.of === 0 ? `no (0/${String(rounds)})` : `${String(figure.of)}/${String(rounds)} · ${round(figure.value ?? 0)}`;
  if (figure.value === undefined) return '–';
  const p95 = figure.p95 === undefined ? '' : ` · ${round(figure.p95)}`;
  return `${round(figure.value)}${p95}${unit === 'MB' ? ' MB' : ''}`;
}

function ratio(element: Figure, baseline: Figure): string {
  if (element.of !== undefined || element.value === undefined || baseline.value === undefined || baseline.value === 0) return '';
  const p95 = element.p95 !== undefined && baseline.p95 ? ` · ${(element.p95 / baseline.p95).toFixed(2)}` : '';
  return `${(element.value / baseline.value).toFixed(2)}${p95}`;
}

/** The side-by-side table, one block per size, times in ms. */
export function describeBrowserBench(bench: BrowserBench, summary: Summary): string {
  const { machine } = bench;
  const lines = [
    `<pocketdns-records> vs a naive Lit table, Chromium ${machine.chromium}, ${String(machine.cores)} cores (${machine.cpu}, ` +
      `load average ${String(machine.loadAverage)}), ` +
      `medians of ${String(bench.rounds)} interleaved rounds (naive table on 10,000 records: ${String(bench.naiveBigRounds)}); ` +
      'times in ms from the event; "painted" = first task after the next frame; ratio < 1: the element is faster/smaller',
  ];
  for (const [size, metrics] of Object.entries(summary)) {
    const naiveRounds = Number(size) >= 10_000 ? bench.naiveBigRounds : bench.rounds;
    lines.push(
      '',
      `${Number(size).toLocaleString('en-US')} records`.padEnd(52) + 'element'.padEnd(20) + 'naive table'.padEnd(20) + 'element/naive',
    );
    for (const m of METRICS) {
      const figures = metrics[m.key];
      if (!figures) continue;
      lines.push(
        `  ${m.label}`.padEnd(52) +
          show(figures.element, bench.rounds, m.unit).padEnd(20) +
          show(figures.baseline, naiveRounds, m.unit).padEnd(20) +
          ratio(figures.element, figures.baseline),
      );
    }
  }
  return lines.join('\n');
}
