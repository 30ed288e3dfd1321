// Zone files on the 10,000-record sandbox domain: writing, parsing in one go and in chunks
// (the longest chunk is how long a page would stop painting), and planning an import.
import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { parseZoneFile, parseZoneFileChunked, planZoneImport, toZoneFile } from '../src/dns/index.js';
import { BIG_DOMAIN_NAME, demoData } from '../src/sandbox/seed.js';

const RUNS = 7;

/** What {@link zonefileBench} measures; times in milliseconds, medians of several runs. */
export interface ZonefileBench {
  records: number;
  fileBytes: number;
  writeMs: number;
  parseMs: number;
  chunkedMs: number;
  /** Longest stretch the chunked parser kept the thread busy between two yields. */
  chunkedLongestTaskMs: number;
  yieldEvery: number;
  planMergeMs: number;
  planReplaceMs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return +(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2);
};

async function timeRuns(run: () => unknown): Promise<number> {
  await run(); // warm-up: JIT and the per-zone schema cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Builds the big domain's zone file and times the zone-file functions on it. */
export async function zonefileBench(): Promise<ZonefileBench> {
  const data = demoData();
  const domain = data.domains.find((d) => d.name === BIG_DOMAIN_NAME);
  if (!domain) throw new Error(`seed changed: ${BIG_DOMAIN_NAME} missing`);
  const current = data.records.filter((r) => r.domain_id === domain.id);
  const options = { zone: domain.name, nameservers: domain.nameservers };
  const text = toZoneFile(current, options);
  const { records } = parseZoneFile(text, { zone: domain.name });
  // An import that edits one record in ten, so the plan has changes to find.
  const imported = records.map((r, i) => (i % 10 === 0 ? { ...r, ttl: r.ttl === 300 ? 600 : 300 } : r));
  const yieldEvery = 500;
  const longest: number[] = [];
  const chunkedMs = await timeRuns(async () => {
    let last = performance.now();
    let max = 0;
    await parseZoneFileChunked(text, {
      zone: domain.name,
      yieldEvery,
      onProgress: () => {
        const now = performance.now();
        max = Math.max(max, now - last);
        // The next chunk starts when the event loop hands back control.
        setTimeout(() => (last = performance.now()), 0);
      },
    });
    longest.push(max);
  });
  return {
    records: current.length,
    fileBytes: new TextEncoder().encode(text).length,
    writeMs: await timeRuns(() => toZoneFile(current, options)),
    parseMs: await timeRuns(() => parseZoneFile(text, { zone: domain.name })),
    chunkedMs,
    chunkedLongestTaskMs: median(longest.slice(1)),
    yieldEvery,
    planMergeMs: await timeRuns(() => planZoneImport(current, imported, { mode: 'merge' })),
    planReplaceMs: await timeRuns(() => planZoneImport(current, imported, { mode: 'replace' })),
  };
}

/** The figures as lines for the console. */
export function describeZonefileBench(b: ZonefileBench): string {
  return [
    `zone file of ${b.records.toLocaleString()} records (${(b.fileBytes / 1024).toFixed(0)} KiB), medians of ${RUNS} runs`,
    `  toZoneFile: ${b.writeMs} ms; parseZoneFile: ${b.parseMs} ms`,
    `  parseZoneFileChunked (every ${b.yieldEvery} lines): ${b.chunkedMs} ms in all, longest task ${b.chunkedLongestTaskMs} ms`,
    `  planZoneImport: merge ${b.planMergeMs} ms, replace ${b.planReplaceMs} ms`,
  ].join('\n');
}

/** Adds `fields` to the JSON report the bench has written at `path`. */
export async function addToReport(path: string, fields: Record<string, unknown>): Promise<void> {
  const report = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  // Formatted as the repository's format check wants it: the results are committed.
  await writeFile(path, await format(JSON.stringify({ ...report, ...fields }), { parser: 'json' }));
}
