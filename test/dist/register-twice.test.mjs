// The widget loaded twice on one page, in real Chromium: the script tag twice plus the ES build
// in the partner's bundle. Registration must not throw "the name … has already been used", the
// elements must work, and another version already registered is reported once.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { root } from './pack.mjs';
import { servePartnerSite } from './widget-page.mjs';

const pkg = JSON.parse(await readFile(`${root}/package.json`, 'utf8'));
const iife = await readFile(`${root}/dist/pocketdns-widget.iife.js`, 'utf8');
/**
 * The same script, built as if from another release: its version changed wherever it appears
 * (the minifier may have folded the constant into the warning's text as well).
 */
const otherVersion = iife.replaceAll(pkg.version, '0.0.9-other');

const page = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twice</title>
${scripts.map((src) => (src.endsWith('esm.js') ? `<script type="module" src="${src}"></script>` : `<script src="${src}"></script>`)).join('\n')}
</head><body><pocketdns-domains session-url="/pocketdns/session"></pocketdns-domains></body></html>`;

describe('the widget loaded twice on one page', () => {
  let site;
  before(async () => {
    site = await servePartnerSite({
      files: {
        '/other.iife.js': otherVersion,
        '/same.html': page(['/dist/pocketdns-widget.iife.js', '/dist/pocketdns-widget.iife.js', '/esm.js']),
        '/other.html': page(['/dist/pocketdns-widget.iife.js', '/other.iife.js', '/esm.js']),
      },
    });
  });
  after(() => site?.close());

  /** Opens `path`; gives the page errors, the [pocketdns] warnings and the domains the element lists. */
  async function open(path) {
    const tab = await site.browser.newPage();
    const errors = [];
    const warnings = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('[pocketdns]')) warnings.push(message.text());
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.goto(`${site.origin}${path}`);
    await tab.getByText('alicebakery.com').first().waitFor();
    // The record form is not here: every copy loads it on first use (a chunk, or the script tag's
    // extras module), and this page never opens it.
    const defined = await tab.evaluate(() => ['pocketdns-domains', 'pocketdns-records'].map((tag) => customElements.get(tag) !== undefined));
    await tab.close();
    return { errors, warnings, defined };
  }

  it('registers once, lists the domains and warns about nothing when every copy is this version', async () => {
    const { errors, warnings, defined } = await open('/same.html');
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    assert.deepEqual(defined, [true, true]);
  });

  it('keeps the first copy and warns once when another version loads after it', async () => {
    assert.notEqual(otherVersion, iife, 'the version literal was not found in the IIFE');
    const { errors, warnings, defined } = await open('/other.html');
    assert.deepEqual(errors, []);
    assert.deepEqual(defined, [true, true]);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], new RegExp(`already registered by @pocketdns/widget ${pkg.version.replaceAll('.', '\\.')}; this page also loads 0\\.0\\.9-other`));
  });
});
