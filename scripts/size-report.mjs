// Size of what partners put on the wire, gzip and brotli, checked against a budget.
// Run after `npm run build`; exits 1 over budget. `node scripts/size-report.mjs [--json]`
// ES entries are measured minified (see minifiedEntry); the IIFE as shipped, already minified.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Budgets in bytes of gzip; raise them only with a reason in the commit. */
const BUDGETS = {
  // 40 kB until record health: the linter (SPF, DMARC, DKIM, targets, look-alike names) and
  // the DoH propagation check in the elements cost about 11 kB, the zone import and the
  // Set up a service loader 2-3 kB more. Issue #13 brings the script back to 30 kB by
  // loading these features as chunks; until then this budget stops further growth.
  // Issue 13's target is 30 kB; CI holds the line at 32 kB.
  'dist/pocketdns-widget.iife.js': 32 * 1024,
  // The whole /dns entry: record rules, the template planner, lint and zone files. Partners'
  // bundlers keep only what they import; the script tag (above) never loads it whole.
  'dist/dns.js (with its chunks, without zod)': 28 * 1024,
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * An ES entry with the local chunks it imports, bundled and minified by esbuild as a
 * partner's bundler would (external packages not counted). The ES build ships unminified
 * (readable for partners, their bundler minifies it), so its raw bytes say little about
 * what reaches a browser; this does.
 */
async function minifiedEntry(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const rows = [];
const iife = await readFile('dist/pocketdns-widget.iife.js');
rows.push({ name: 'dist/pocketdns-widget.iife.js', raw: iife.length, gzip: gzip(iife), brotli: brotli(iife) });
for (const entry of ['index', 'domains', 'records', 'dns', 'templates', 'api', 'server', 'sandbox']) {
  const code = await minifiedEntry(`dist/${entry}.js`);
  const label = entry === 'dns' ? 'dist/dns.js (with its chunks, without zod)' : `dist/${entry}.js (with its chunks, without dependencies)`;
  rows.push({ name: label, raw: code.length, gzip: gzip(code), brotli: brotli(code) });
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let over = 0;
console.log('file (ES entries minified as a bundler would)                  minified   gzip      brotli    budget (gzip)');
for (const row of rows) {
  const budget = BUDGETS[row.name];
  const verdict = budget === undefined ? '' : row.gzip <= budget ? `${kb(budget)} ok` : `${kb(budget)} OVER`;
  if (budget !== undefined && row.gzip > budget) over += 1;
  console.log(
    `${row.name.padEnd(58)} ${kb(row.raw).padStart(9)} ${kb(row.gzip).padStart(10)} ${kb(row.brotli).padStart(10)}    ${verdict}`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
if (over > 0) {
  console.error(`${over} file(s) over the size budget`);
  process.exit(1);
}
