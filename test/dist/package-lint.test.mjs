// The packed tarball, checked as registries and partners' tools see it: types for every entry
// under each resolution mode (attw), the package.json fields (publint), the licence, no install
// scripts, readable ES modules and a minified script-tag file whose source map carries no sources.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { packTarball, root, run } from './pack.mjs';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const bin = (name) => createRequire(import.meta.url).resolve(`.bin/${name}`, { paths: [`${root}/node_modules`] });

describe('the packed package', () => {
  let packed;
  before(async () => {
    packed = await packTarball();
  });
  after(() => packed?.cleanup());

  it('passes attw with the esm-only profile', async () => {
    // Excluded on purpose, as entries that no TypeScript import can have types for:
    // - ./openapi/partner-api.yaml is the Partner API contract, a YAML document for OpenAPI
    //   tools (OpenAPI Generator, Postman), not a module;
    // - ./pocketdns-widget.iife.js is the script-tag build: a classic script that registers the
    //   elements and sets the PocketDNSWidget global. Code that imports uses `.` instead;
    // - ./pocketdns-widget-connect.js is the module it imports for Set up a service on first use,
    //   ./pocketdns-widget-connect.iife.js the same as a standalone classic script; code that
    //   imports uses `./connect`.
    // - ./pocketdns-widget-extras.js is the module it imports for the record form, the linter and
    //   the propagation checker in idle time after the first rows; no types either.
    const excluded = [
      './openapi/partner-api.yaml',
      './pocketdns-widget.iife.js',
      './pocketdns-widget-connect.iife.js',
      './pocketdns-widget-connect.js',
      './pocketdns-widget-extras.js',
    ];
    const result = await run(
      bin('attw'),
      [packed.tarball, '--profile', 'esm-only', '--no-color', '--no-emoji', '--exclude-entrypoints', ...excluded],
      { cwd: root, timeout: 60_000 },
    ).catch((error) => error);
    assert.equal(result.code ?? 0, 0, `attw failed:\n${result.stdout}${result.stderr}`);
    // Every other entry is a module with types, or JSON: nothing else is left out.
    const untyped = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'string' && !target.endsWith('.json'));
    assert.deepEqual(untyped.map(([entry]) => entry).sort(), [...excluded].sort());
  });

  it('passes publint --strict', async () => {
    const result = await run(bin('publint'), ['run', packed.tarball, '--strict'], { cwd: root, timeout: 60_000 }).catch((error) => error);
    assert.equal(result.code ?? 0, 0, `publint failed:\n${result.stdout}${result.stderr}`);
    assert.match(result.stdout, /All good/);
  });

  it('is ESM only: type module, and every module entry has types and a default', () => {
    assert.equal(pkg.type, 'module');
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'object') continue;
      assert.deepEqual(Object.keys(target), ['types', 'default'], entry);
      assert.ok(packed.files.has(target.types.slice(2)), `${entry}: ${target.types} is not packed`);
      assert.ok(packed.files.has(target.default.slice(2)), `${entry}: ${target.default} is not packed`);
    }
  });

  it('ships the MIT licence and runs nothing on partners’ installs', async () => {
    assert.equal(pkg.license, 'MIT');
    assert.ok(packed.files.has('LICENSE'));
    assert.match(await readFile(new URL('../../LICENSE', import.meta.url), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} PocketDNS Widget contributors\n/);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts[script], undefined, script);
  });

  it('points unpkg and jsdelivr at the packed script-tag build', () => {
    assert.equal(pkg.unpkg, './dist/pocketdns-widget.iife.js');
    assert.equal(pkg.jsdelivr, pkg.unpkg);
    assert.ok(packed.files.has('dist/pocketdns-widget.iife.js'));
  });

  it('ships readable ES modules and a minified IIFE', async () => {
    const chunk = [...packed.files].find((file) => /^dist\/element-pocketdns-records-[\w-]+\.js$/.test(file));
    assert.ok(chunk, 'no element chunk for <pocketdns-records>');
    assert.match(await readFile(`${root}/${chunk}`, 'utf8'), /\bclass PocketDnsRecordsElement extends PocketDnsElement\b/);
    const iife = await readFile(`${root}/dist/pocketdns-widget.iife.js`, 'utf8');
    // Minified: class names mangled (the unminified build keeps them, as above).
    assert.doesNotMatch(iife, /\bclass PocketDnsRecordsElement\b/);
  });

  it('ships the IIFE source map without the sources’ text', async () => {
    assert.ok(packed.files.has('dist/pocketdns-widget.iife.js.map'));
    const map = JSON.parse(await readFile(`${root}/dist/pocketdns-widget.iife.js.map`, 'utf8'));
    assert.ok(map.sources.some((source) => source.endsWith('src/components/pocketdns-records/pocketdns-records.ts')));
    assert.equal(map.sourcesContent, undefined);
  });
});
