// `npm run bench`: what the widget costs, measured, never asserted. Results go to
// bench/results.json (with the machine) and are printed.
//  1. HTTP on loopback (autocannon): listing domains and reading a record, through the
//     handler (with the sandbox behind it in-process) and against the sandbox alone, in one run.
//  2. The dns rules: validateRecord and checkConflicts on a 10,000-record zone.
//  3. <pocketdns-records> beside a naive Lit table in Chromium on 100/1,000/10,000 records.
//  4. Zone files on the 10,000-record domain.
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { checkConflicts, validateRecord } from '../src/dns/index.js';
import { BIG_DOMAIN_NAME, demoData } from '../src/sandbox/index.js';
import { describeBrowserBench, summarize } from './browser-report.js';
import { browserBench } from './browser.js';
import { addToReport, describeZonefileBench, zonefileBench } from './zonefile.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const naiveBigRounds = Math.min(rounds, Number(process.env.BENCH_NAIVE_BIG_ROUNDS ?? 3));
const RESULTS = 'bench/results.json';

interface Ports {
  sandboxPort: number;
  handlerPort: number;
  apiKey: string;
}
interface Load {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, url: string, headers: Record<string, string>): Promise<Load> {
  // Warm up (JIT, ownership cache) before measuring.
  await autocannon({ url, headers, connections, duration: 1 });
  const result = await autocannon({ url, headers, connections, duration: seconds });
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function timeIt(run: () => void, iterations: number): number {
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) run();
  return (performance.now() - started) / iterations;
}

const child = fork(new URL('./servers.ts', import.meta.url), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
const ports = await new Promise<Ports>((resolve) => {
  child.once('message', (m) => {
    resolve(m as Ports);
  });
});
try {
  const sandboxBase = `http://127.0.0.1:${ports.sandboxPort}`;
  const handlerBase = `http://127.0.0.1:${ports.handlerPort}/pocketdns`;
  const session = (await (await fetch(`${handlerBase}/session`, { method: 'POST' })).json()) as { token: string };
  const asKey = { Authorization: `Bearer ${ports.apiKey}` };
  const asToken = { Authorization: `Bearer ${session.token}` };
  const domains = (await (await fetch(`${sandboxBase}/api/v1/users/alice/domains`, { headers: asKey })).json()) as {
    domains: { id: string; name: string }[];
  };
  const bakery = domains.domains.find((d) => d.name === 'alicebakery.com');
  if (!bakery) throw new Error('seed changed: alicebakery.com missing');
  const details = (await (await fetch(`${sandboxBase}/api/v1/domains/${bakery.id}`, { headers: asKey })).json()) as {
    dns_records: { id: string }[];
  };
  const recordId = details.dns_records[0]?.id ?? '';

  const rows: Load[] = [];
  for (const [what, path] of [
    ['list domains', '/api/v1/users/alice/domains'],
    ['read a record', `/api/v1/dns_records/${recordId}`],
  ] as const) {
    rows.push(await load(`${what}: sandbox alone`, `${sandboxBase}${path}`, asKey));
    rows.push(await load(`${what}: handler + sandbox`, `${handlerBase}${path}`, asToken));
  }

  console.log(`\nHTTP on loopback, ${connections} connections, ${seconds} s each (after 1 s warm-up)\n`);
  console.log('operation                              req/s    p50 ms   p99 ms   errors');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(38)} ${String(r.rps).padStart(6)}   ${String(r.p50).padStart(6)}   ${String(r.p99).padStart(6)}   ${r.errors + r.non2xx}`,
    );
  }
  // autocannon's percentiles are whole milliseconds; Little's law (time in system =
  // connections / throughput) gives the added time per request with sub-ms precision.
  const ratios = [];
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const alone = rows[i];
    const through = rows[i + 1];
    if (!alone || !through) continue;
    ratios.push({
      operation: alone.name.split(':')[0],
      throughputRatio: +(through.rps / alone.rps).toFixed(2),
      addedP50Ms: through.p50 - alone.p50,
      addedPerRequestMs: +((connections / through.rps - connections / alone.rps) * 1000).toFixed(3),
    });
  }
  console.log('\nhandler overhead (target: adds < 1 ms at p50, keeps >= 0.5 of the throughput)');
  for (const r of ratios) {
    console.log(
      `  ${String(r.operation)}: throughput x${r.throughputRatio}, p50 +${r.addedP50Ms} ms, time per request +${r.addedPerRequestMs} ms`,
    );
  }

  // --- dns rules --------------------------------------------------------------------------
  const data = demoData();
  const big = data.domains.find((d) => d.name === BIG_DOMAIN_NAME);
  if (!big) throw new Error(`seed changed: ${BIG_DOMAIN_NAME} missing`);
  const zone = data.records.filter((r) => r.domain_id === big.id);
  const inputs = zone.slice(0, 1000);
  const validateUs =
    (timeIt(() => {
      for (const r of inputs) validateRecord(r, { zone: big.name });
    }, 5) *
      1000) /
    inputs.length;
  const conflictsMs = timeIt(() => checkConflicts(zone, { type: 'CNAME', name: 'host-00042', value: 'x.example.net' }), 50);
  console.log('\ndns rules');
  console.log(`  validateRecord: ${validateUs.toFixed(1)} µs per record (${Math.round(1e6 / validateUs).toLocaleString()} records/s)`);
  console.log(`  checkConflicts against ${zone.length.toLocaleString()} records: ${conflictsMs.toFixed(2)} ms`);

  // --- the records table in the browser ----------------------------------------------------
  const started = performance.now();
  const browser = await browserBench(rounds, naiveBigRounds, (run) => {
    process.stdout.write(`\r  browser: round ${String(run.round)}/${String(rounds)}, ${run.kind} on ${String(run.records)} records   `);
  });
  const summary = summarize(browser);
  console.log(`\r${' '.repeat(60)}\n${describeBrowserBench(browser, summary)}`);
  console.log(`  (browser part took ${((performance.now() - started) / 1000).toFixed(0)} s)`);

  const report = {
    date: new Date().toISOString(),
    machine: browser.machine,
    seconds,
    connections,
    http: rows,
    overhead: ratios,
    dns: { validateUs, conflictsMs },
    browser: { rounds, naiveBigRounds, summary, runs: browser.runs },
  };
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten to ${RESULTS}`);
} finally {
  child.kill();
}

const zonefile = await zonefileBench();
console.log(`\n${describeZonefileBench(zonefile)}`);
await addToReport(RESULTS, { zonefile });
