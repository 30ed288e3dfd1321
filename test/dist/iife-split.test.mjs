// The script-tag build keeps what first paint does not need out of the main file: the catalog
// and <pocketdns-connect> ship in pocketdns-widget-connect.js, imported on first use; the
// record form, the linter and the propagation checker in pocketdns-widget-extras.js, imported
// in idle time after the first rows (or on the first Add). Both are ES modules with no imports of
// their own (so `import()` loads them under Trusted Types) that take Lit and @lit/localize from
// the main script. pocketdns-widget-connect.iife.js is the standalone <pocketdns-connect>.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const main = await readFile(new URL('pocketdns-widget.iife.js', dist), 'utf8');
const connect = await readFile(new URL('pocketdns-widget-connect.js', dist), 'utf8');
const standalone = await readFile(new URL('pocketdns-widget-connect.iife.js', dist), 'utf8');
const extras = await readFile(new URL('pocketdns-widget-extras.js', dist), 'utf8');
const es = await readFile(new URL('records.js', dist), 'utf8');

/** Texts only the linter, the record form and the propagation checker carry. */
const LINT = 'spf-too-many-lookups';
const FORM = 'The host that offers the service, or . for none.';
const DOH = 'application/dns-json';

describe('the script-tag build and what it loads later', () => {
  it('leaves the catalog and <pocketdns-connect> out of pocketdns-widget.iife.js, and loads the second file', () => {
    assert.ok(!main.includes('smtp.google.com'), 'a catalog entry was inlined');
    assert.ok(!main.includes('Nothing changes until you press Connect'), '<pocketdns-connect> was inlined');
    assert.ok(main.includes('pocketdns-widget-connect.js'), 'the loader names the second file');
    assert.ok(!main.includes('pocketdns-widget-connect.iife.js'), 'the loader imports the module, not the standalone script');
  });

  it('puts them in pocketdns-widget-connect.js, a module with exports and no imports', () => {
    for (const code of [connect, standalone]) {
      assert.ok(code.includes('smtp.google.com'));
      assert.ok(code.includes('Nothing changes until you press Connect'));
    }
    assert.match(connect, /export\s*\{[^}]*\bServiceSetupFlow\b/);
    assert.doesNotMatch(connect, /^\s*import\b|\bimport\s*\{/m);
    assert.match(standalone, /^var PocketDNSWidgetConnect\s*=/m);
  });

  it('leaves the linter, the record form, the checker and zod out of pocketdns-widget.iife.js', () => {
    for (const text of [LINT, FORM, DOH]) assert.ok(!main.includes(text), `${text} was inlined`);
    assert.doesNotMatch(main, /\([`"']pocketdns-record-form[`"']\)\]/, '<pocketdns-record-form> is registered by the main script');
    // zod registers its schemas under `_zod`: none of it is in the script every page loads.
    assert.ok(!main.includes('_zod'), 'zod was bundled into the main script');
    assert.ok(main.includes('pocketdns-widget-extras.js'), 'the loader names the third file');
  });

  it('puts them in pocketdns-widget-extras.js, a module with exports and no imports', () => {
    for (const text of [LINT, FORM, DOH]) assert.ok(extras.includes(text), `${text} is missing`);
    assert.match(extras, /export\s*\{[^}]*\blintRecords\b/);
    assert.doesNotMatch(extras, /^\s*import\b|\bimport\s*\{/m);
  });

  it('gives both modules the main script’s Lit and @lit/localize instead of second copies (the standalone script keeps its own)', () => {
    // Each copy of lit-html records its version in litHtmlVersions when it loads; @lit/localize's
    // runtime is the only code that dispatches its status event.
    assert.ok(main.includes('litHtmlVersions'));
    assert.ok(main.includes('lit-localize-status'));
    for (const [name, code] of [
      ['pocketdns-widget-extras.js', extras],
      ['pocketdns-widget-connect.js', connect],
    ]) {
      assert.ok(!code.includes('litHtmlVersions'), `${name} bundles lit-html`);
      assert.ok(!code.includes('lit-localize-status'), `${name} bundles @lit/localize`);
      assert.match(code, /PocketDNSWidget\.__shared\b/);
    }
    assert.ok(standalone.includes('litHtmlVersions'), 'a standalone <pocketdns-connect> needs its own Lit');
  });

  it('loads them as chunks in the ES build', async () => {
    assert.ok(!es.includes('smtp.google.com'));
    assert.ok(!es.includes('pocketdns-widget-connect.js'), 'the ES build uses a chunk, not the script');
    assert.ok(!es.includes('pocketdns-widget-extras.js'), 'the ES build uses a chunk, not the script');
    // records.js and the chunks it imports statically: no linter, form or checker among them.
    const seen = new Set();
    const statically = async (file) => {
      if (seen.has(file)) return '';
      seen.add(file);
      const code = await readFile(new URL(file, dist), 'utf8');
      const imports = [...code.matchAll(/^import\s+(?:[^'"]*?from\s+)?["']\.\/([^"']+)["']/gm)].map((m) => m[1]);
      return code + (await Promise.all(imports.map(statically))).join('');
    };
    const eager = await statically('records.js');
    for (const text of [LINT, FORM, DOH]) assert.ok(!eager.includes(text), `${text} is loaded with records.js`);
    const chunks = (await readdir(dist)).filter((name) => name.endsWith('.js') && !seen.has(name));
    const lazy = (await Promise.all(chunks.map((name) => readFile(new URL(name, dist), 'utf8')))).join('');
    for (const text of [LINT, FORM, DOH]) assert.ok(lazy.includes(text), `${text} is in no chunk`);
  });
});
