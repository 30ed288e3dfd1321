// package.json's `sideEffects` against the built files: a file called side-effect free must not
// register an element (a bundler would drop it when nothing it exports is used), and every file
// that registers one must be listed. Then esbuild, which honours the field, shows both halves.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { root } from './pack.mjs';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** A registration in built code: the `customElement("tag")` decorator or `customElements.define("tag"` (not the helper's own call). */
const REGISTERS = /\bcustomElement\(\s*["']|\bcustomElements\.define\(\s*["'`]/;

/** `./dist/element-*.js` → a RegExp over package-relative paths (`*` stays within one folder). */
const globToRegExp = (glob) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

const patterns = pkg.sideEffects.map(globToRegExp);
const flagged = (file) => patterns.some((pattern) => pattern.test(file));
const builtFiles = (await readdir(`${root}/dist`)).filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`);

/** esbuild's browser bundle of `code`, importing the package by its name. */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * A class decorated with lit's `customElement(tag)` in esbuild's output, which renames the
 * decorator: `X = __decorate([t3("tag")], X)`. A decorated property (`@query("tag")`) has
 * `X.prototype, "name"` after the list instead.
 */
const registration = (tag) => new RegExp(`__decorate\\(\\[\\w+\\("${tag}"\\)\\], \\w+\\)`);
/**
 * The same in the minified IIFE: ``Q=J([ze(`tag`)],Q)``, or ``X=Y([(0,n.customElement)(`tag`)],X)``
 * in the extras script, which calls the decorator of the main script's Lit.
 */
const minifiedRegistration = (tag) =>
  new RegExp(`\\(\\[(?:[\\w$]+|\\(0,[\\w$]+\\.customElement\\))\\([\`"']${tag}[\`"']\\)\\],[\\w$]+\\)`);

/** The custom elements an element's templates render (`<pocketdns-record-form …`), itself included. */
async function renderedBy(tag) {
  const folder = `${root}/src/components/${tag}`;
  // Subfolders too (the records table's parts are in table/).
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const texts = await Promise.all(files.map((entry) => readFile(`${entry.parentPath}/${entry.name}`, 'utf8')));
  // Not after a backtick: `<pocketdns-domains>` in a comment names an element, it does not render one.
  const rendered = texts.flatMap((text) => [...text.matchAll(/(?<!`)<(pocketdns-[a-z-]+)[\s>]/g)].map((match) => match[1]));
  return [...new Set([tag, ...rendered])];
}

describe('sideEffects in package.json', () => {
  it('lists only the files that register elements, and each of them', async () => {
    const registering = [];
    for (const file of builtFiles) {
      if (REGISTERS.test(await readFile(`${root}/${file}`, 'utf8'))) registering.push(file);
    }
    assert.ok(registering.some((file) => /^dist\/element-pocketdns-records-/.test(file)), 'no built file registers <pocketdns-records>');
    for (const file of registering) assert.ok(flagged(file), `${file} registers an element but is called side-effect free`);
    for (const file of builtFiles.filter((name) => !flagged(name))) assert.ok(!registering.includes(file));
    assert.ok(builtFiles.filter((name) => !flagged(name)).length > 10, 'nearly every file should be side-effect free');
  });

  it('names no file that is not built', () => {
    for (const [i, glob] of pkg.sideEffects.entries()) {
      assert.ok(builtFiles.some((file) => patterns[i].test(file)), `${glob} matches no built file`);
    }
  });

  it('lets a bundler drop an entry nothing is used from', async () => {
    for (const entry of ['dns', 'api', 'templates', 'server', 'sandbox']) {
      const code = await bundle(`import '@pocketdns/widget/${entry}';`);
      assert.ok(code.length < 200, `import '@pocketdns/widget/${entry}' left ${code.length} bytes`);
    }
  });

  it('keeps the registration of an element entry imported for its effect', async () => {
    const records = await bundle(`import '@pocketdns/widget/records';`);
    assert.match(records, registration('pocketdns-records'));
    assert.doesNotMatch(records, registration('pocketdns-domains'));
    assert.match(await bundle(`import '@pocketdns/widget';`), registration('pocketdns-domains'));
  });

  it('still registers every element the hosts render, in the ES entries and the IIFE', async () => {
    // Our own build must not read package.json's sideEffects (meant for dist/) as applying to
    // src/: it would drop `import './pocketdns-record-form.js'` and with it the form's registration.
    const iife = await readFile(`${root}/dist/pocketdns-widget.iife.js`, 'utf8');
    // The script tag loads Set up a service and the zone import as a second script on first use,
    // and the record form as a third after the first rows.
    const secondScript = await readFile(`${root}/dist/pocketdns-widget-connect.js`, 'utf8');
    const thirdScript = await readFile(`${root}/dist/pocketdns-widget-extras.js`, 'utf8');
    const scriptOf = (tag) =>
      ['pocketdns-connect', 'pocketdns-zone-import'].includes(tag) ? secondScript : tag === 'pocketdns-record-form' ? thirdScript : iife;
    for (const tag of ['pocketdns-domains', 'pocketdns-records']) {
      const tags = await renderedBy(tag);
      const code = await bundle(`import '@pocketdns/widget/${tag.replace('pocketdns-', '')}';`);
      for (const rendered of tags) {
        assert.match(code, registration(rendered), `/${tag}: <${rendered}> is not registered`);
        assert.match(scriptOf(rendered), minifiedRegistration(rendered), `IIFE: <${rendered}> is not registered`);
      }
    }
    assert.ok((await renderedBy('pocketdns-records')).includes('pocketdns-record-form'));
  });
});
