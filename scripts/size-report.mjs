// Size of what partners put on the wire, gzip and brotli, checked against a budget.
// Run after `npm run build`; exits 1 over budget. `node scripts/size-report.mjs [--json] [--modules]`
// ES entries are measured minified (see minifiedEntry); the IIFE as shipped, already minified.
// Then where the script tag's bytes go: per package and source folder, and the largest modules
// (from the statistics scripts/module-stats.ts writes at build time); `--modules` lists them all.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { build } from 'esbuild';

/** Budgets in bytes of gzip; raise them only with a reason in the commit. */
const BUDGETS = {
  // The script tag with both elements, what every page loads before the first rows: issue 13's
  // CI budget (its target is 30 kB). 31.8 kB: the record form and its dialogs, Delete and Undo,
  // the optimistic changes, record health, the domain details, zod, Set up a service and zone
  // files all come later, from the parts below.
  'dist/pocketdns-widget.iife.js': 32 * 1024,
  // Imported in idle time after the first rows (or on the first Add, Edit, Delete or Copy): the
  // record form, the changes with their lost-answer checks, Delete with Undo, the linter, record
  // health with its CSS, the propagation checker and the domain details, with the main script's
  // Lit and @lit/localize. 29.7 kB since those flows left the main script (24.5 before).
  'dist/pocketdns-widget-extras.js': 30.5 * 1024,
  // Imported by the main script on first use of Set up a service or zone files: the catalog,
  // <pocketdns-connect>, <pocketdns-zone-import>, the apply engine, with the main script's Lit.
  // 37.7 kB with the translations of findings, refused zone-file records and blocked plan
  // entries (they use the DNS rules' text table, 1.7 kB); 35 once those texts move to a part
  // of their own, loaded when one is shown. 38.9 kB with the built-in catalog's texts for
  // translation (the English side of their messages, +1.2 kB); 39.7 kB with its own copies of the
  // dialog and Undo controllers and the dialog CSS, which the main script no longer carries.
  'dist/pocketdns-widget-connect.js': 40 * 1024,
  // The same as a classic script a page uses alone for a standalone <pocketdns-connect>: so it
  // carries its own Lit, @lit/localize, session and client. 52 kB (was 47 when it was also the
  // file Set up a service loads): partners with both elements now get the 35 kB module above.
  // 55.9 kB with the languages' runtime and the translated apply, zone-file and plan texts;
  // 57.3 kB with the built-in catalog's texts for translation (+1.4 kB).
  'dist/pocketdns-widget-connect.iife.js': 57.5 * 1024,
  // The whole /dns entry: record rules, the template planner, lint and zone files. Partners'
  // bundlers keep only what they import; the script tag (above) never loads it whole.
  'dist/dns.js (with its chunks, without zod)': 28 * 1024,
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * An ES entry with the local chunks it imports, bundled and minified by esbuild as a
 * partner's bundler would (external packages not counted), split like the ES build: `eager` is
 * what loads with the import, `later` the chunks it imports dynamically (the record form, the
 * linter, Set up a service). The ES build ships unminified (readable for partners, their
 * bundler minifies it), so its raw bytes say little about what reaches a browser; this does.
 */
async function minifiedEntry(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    outdir: 'size-report',
    minify: true,
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = new Map(result.outputFiles.map((out) => [relative(process.cwd(), out.path), Buffer.from(out.contents)]));
  // Each chunk imported with import() is an entry point too: find the one asked for.
  const entry = Object.keys(result.metafile.outputs).find((out) => result.metafile.outputs[out].entryPoint === file);
  const eager = new Set();
  const visit = (out) => {
    if (eager.has(out)) return;
    eager.add(out);
    for (const imported of result.metafile.outputs[out].imports)
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  const later = [...code.keys()].filter((out) => out.endsWith('.js') && !eager.has(out));
  return { eager: Buffer.concat([...eager].map((out) => code.get(out))), later: Buffer.concat(later.map((out) => code.get(out))) };
}

/** The script-tag files: the one a page loads, and the two it loads later. */
const SCRIPTS = [
  'pocketdns-widget.iife.js',
  'pocketdns-widget-extras.js',
  'pocketdns-widget-connect.js',
  'pocketdns-widget-connect.iife.js',
];

const rows = [];
for (const file of SCRIPTS) {
  const code = await readFile(`dist/${file}`);
  rows.push({ name: `dist/${file}`, raw: code.length, gzip: gzip(code), brotli: brotli(code) });
}
for (const entry of ['index', 'domains', 'records', 'dns', 'templates', 'api', 'server', 'sandbox']) {
  const { eager, later } = await minifiedEntry(`dist/${entry}.js`);
  const label = entry === 'dns' ? 'dist/dns.js (with its chunks, without zod)' : `dist/${entry}.js (with its chunks, without dependencies)`;
  rows.push({ name: label, raw: eager.length, gzip: gzip(eager), brotli: brotli(eager) });
  if (later.length > 0)
    rows.push({ name: '  + chunks it may load later (import())', raw: later.length, gzip: gzip(later), brotli: brotli(later) });
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

/** Where a module's bytes are counted: its package, or its folder under src/ (the top-level file for src/*.ts). */
function groupOf(id) {
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1];
  if (id.startsWith('src/')) {
    const parts = id.split('/');
    return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, -1).join('/') || id;
  }
  return 'bundler helpers';
}

const STATS = new URL('../node_modules/.cache/pocketdns-widget/', import.meta.url);
const pct = (n, total) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
for (const file of SCRIPTS) {
  const statsFile = new URL(`${file}.json`, STATS);
  if (!existsSync(statsFile)) continue;
  const { modules } = JSON.parse(await readFile(statsFile, 'utf8'));
  const gzipped = rows.find((row) => row.name === `dist/${file}`).gzip;
  // Modules minified one by one add up to a little more than the file; shares are of that sum.
  const total = modules.reduce((sum, m) => sum + m.minified, 0);
  const share = (bytes) => `${kb(bytes).padStart(9)} ${pct(bytes, total)}  ~${kb((bytes / total) * gzipped).padStart(8)} gzip`;
  const groups = new Map();
  for (const m of modules) groups.set(groupOf(m.id), (groups.get(groupOf(m.id)) ?? 0) + m.minified);
  console.log(`\n${file}: where the bytes go (each module minified alone; gzip is its share of the file's)`);
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${group.padEnd(64)} ${share(bytes)}`);
  const largest = [...modules].sort((a, b) => b.minified - a.minified);
  const shown = process.argv.includes('--modules') ? largest : largest.slice(0, file === SCRIPTS[0] ? 25 : 10);
  console.log(`  largest modules${shown.length < largest.length ? ` (${shown.length} of ${largest.length}; --modules lists all)` : ''}:`);
  for (const m of shown) console.log(`    ${m.id.padEnd(62)} ${share(m.minified)}`);
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
if (over > 0) {
  console.error(`${over} file(s) over the size budget`);
  process.exit(1);
}
