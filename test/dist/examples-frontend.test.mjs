// The frontend examples (examples/*, not examples/server-*) built and type-checked the way a
// partner's project would: each imports `@pocketdns/widget` by its name, which resolves to the
// packed tarball unpacked into examples/node_modules (its `exports`, `types` and `files`, not
// this repository's src/), and the frameworks from this repository's devDependencies. Any type
// error in an example fails here; so does a typing that stops catching a wrong attribute.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { packTarball, root, run } from './pack.mjs';

const examples = join(root, 'examples');
/** Where the examples find `@pocketdns/widget`, as if `npm install`ed (git-ignored). */
const installed = join(examples, 'node_modules/@pocketdns/widget');
/** The file a package's `bin` names (as npm links it into node_modules/.bin). */
function binOf(name, command = name) {
  const pkg = createRequire(join(root, 'package.json'))(`${name}/package.json`);
  return join(root, 'node_modules', name, typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[command]);
}
const bin = {
  tsc: binOf('typescript', 'tsc'),
  vite: binOf('vite'),
  vueTsc: binOf('vue-tsc'),
  svelteCheck: binOf('svelte-check'),
  ngc: binOf('@angular/compiler-cli', 'ngc'),
};

/** Runs a Node CLI in `cwd`; resolves with its output, or rejects with a message that carries it. */
async function node(cli, args, cwd) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    throw new Error(`${cli} ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`, { cause: error });
  }
}

describe('frontend examples', () => {
  let packed;
  let out;
  let manifest;
  before(async () => {
    packed = await packTarball();
    await rm(installed, { recursive: true, force: true });
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', packed.tarball, '-C', installed, '--strip-components=1']);
    out = await mkdtemp(join(tmpdir(), 'pocketdns-examples-'));
    manifest = JSON.parse(await readFile(join(installed, 'custom-elements.json'), 'utf8'));
  });
  after(async () => {
    await rm(join(examples, 'node_modules'), { recursive: true, force: true });
    if (out) await rm(out, { recursive: true, force: true });
    await packed?.cleanup();
  });

  /** Each element of the manifest by tag: its attribute and event names. */
  function elements() {
    const found = new Map();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        found.set(declaration.tagName, {
          attributes: new Set((declaration.attributes ?? []).map((attribute) => attribute.name)),
          events: new Set((declaration.events ?? []).map((event) => event.name)),
        });
      }
    }
    return found;
  }

  it("keeps 'use client' at the top of the React entry (Next.js App Router)", async () => {
    const code = await readFile(join(installed, 'dist/react.js'), 'utf8');
    assert.match(code, /^["']use client["'];/);
  });

  it('script-tag: the CDN paths are the packed IIFE, the markup uses real attributes and events, and the page runs', async () => {
    const html = await readFile(join(examples, 'script-tag/index.html'), 'utf8');
    const script = await readFile(join(examples, 'script-tag/app.js'), 'utf8');
    const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    // The CDN URLs name the version and a packed file, the one the unpkg/jsdelivr fields point at.
    const cdn = [...html.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/@pocketdns\/widget@([\d.]+)\/([\w./-]+)/g)];
    assert.ok(cdn.length >= 2, 'a jsdelivr and an unpkg URL');
    for (const [, version, path] of cdn) {
      assert.equal(version, pkg.version);
      assert.ok(packed.files.has(path), `${path} is in the tarball`);
      assert.equal(`./${path}`, pkg.unpkg);
      assert.equal(`./${path}`, pkg.jsdelivr);
    }
    const known = elements();
    const global = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'slot', 'title']);
    const tags = [...html.matchAll(/<(pocketdns-[a-z-]+)([^>]*)>/g)];
    assert.ok(tags.length >= 2);
    for (const [, tag, attributes] of tags) {
      assert.ok(known.has(tag), `<${tag}> is an element of the package`);
      for (const [, name] of attributes.matchAll(/([a-z-]+)=/g)) {
        assert.ok(global.has(name) || known.get(tag).attributes.has(name), `<${tag} ${name}> is one of its attributes`);
      }
    }
    const allEvents = new Set([...known.values()].flatMap((element) => [...element.events]));
    const listened = [...script.matchAll(/addEventListener\('([a-z-]+)'/g)].map(([, name]) => name);
    assert.ok(listened.length >= 3);
    for (const name of listened) assert.ok(allEvents.has(name), `${name} is an event of the package`);

    // The page as served, with the CDN answering from the tarball: the elements upgrade, app.js runs.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const iife = await readFile(join(installed, pkg.jsdelivr));
      await page.route('https://cdn.jsdelivr.net/**', (route) => route.fulfill({ contentType: 'text/javascript', body: iife }));
      await page.route('https://partner.example/**', async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
        if (path === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: script });
        return route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":"unauthorized"}' });
      });
      await page.goto('https://partner.example/');
      const upgraded = await page.evaluate(async () => {
        await customElements.whenDefined('pocketdns-records');
        return [...document.querySelectorAll('pocketdns-domains, pocketdns-records')].map((element) => element.shadowRoot !== null);
      });
      assert.deepEqual(upgraded, [true, true]);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  it('vite-ts: tsc passes and vite builds', async () => {
    const cwd = join(examples, 'vite-ts');
    await node(bin.tsc, ['-p', 'tsconfig.json'], cwd);
    await node(bin.vite, ['build', '--outDir', join(out, 'vite-ts'), '--emptyOutDir', '--logLevel', 'warn'], cwd);
    const built = await readFile(join(out, 'vite-ts/index.html'), 'utf8');
    assert.match(built, /<pocketdns-records for="domains"/);
  });

  it('react-next: tsc passes against Next.js and React 19 types (wrappers and raw tags)', async () => {
    await node(bin.tsc, ['-p', 'tsconfig.json'], join(examples, 'react-next'));
  });

  it('vue: vue-tsc --strictTemplates passes and vite builds with isCustomElement', async () => {
    const cwd = join(examples, 'vue');
    await node(bin.vueTsc, ['-p', 'tsconfig.json', '--noEmit'], cwd);
    const output = await node(bin.vite, ['build', '--outDir', join(out, 'vue'), '--emptyOutDir', '--logLevel', 'warn'], cwd);
    // Without isCustomElement Vue would warn at run time; at build time it must not try to resolve them.
    assert.doesNotMatch(output, /Failed to resolve component/);
  });

  it('svelte: svelte-check passes with no warnings and vite builds', async () => {
    const cwd = join(examples, 'svelte');
    const output = await node(bin.svelteCheck, ['--workspace', cwd, '--tsconfig', './tsconfig.json', '--fail-on-warnings'], examples);
    assert.match(output, /found 0 errors and 0 warnings/);
    await node(bin.vite, ['build', '--outDir', join(out, 'svelte'), '--emptyOutDir', '--logLevel', 'warn'], cwd);
  });

  it('angular: ngc with strictTemplates and CUSTOM_ELEMENTS_SCHEMA passes', async () => {
    await node(bin.ngc, ['-p', 'tsconfig.json', '--outDir', join(out, 'angular')], join(examples, 'angular'));
  });

  it('the React, Vue and Svelte typings name exactly the manifest’s attributes and events, and refuse wrong values', async () => {
    const union = (names) => [...names].map((name) => `'${name}'`).join(' | ') || 'never';
    const lines = [];
    for (const [tag, { attributes, events }] of elements()) {
      const entry = `PocketDnsElements['${tag}']`;
      lines.push(
        `export const ${camel(tag)}Attributes: Equal<keyof ${entry}['attributes'], ${union(attributes)}> = true;`,
        `export const ${camel(tag)}Events: Equal<keyof ${entry}['events'], ${union(events)}> = true;`,
      );
    }
    const check = join(examples, 'node_modules/.typings-check');
    await mkdir(check, { recursive: true });
    await writeFile(
      join(check, 'check.tsx'),
      `import type { PocketDnsElements, PocketDnsVueProps } from '@pocketdns/widget/vue';
import type { PocketDnsSvelteAttributes } from '@pocketdns/widget/svelte';
import '@pocketdns/widget/react';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
${lines.join('\n')}

export const raw = <pocketdns-records domain-id="d1" propagation="off" readonly onpocketdns-record-create={(event) => event.detail.record.name} />;
// @ts-expect-error -- propagation is 'public' or 'off'
export const wrongValue = <pocketdns-records propagation="sometimes" />;
// @ts-expect-error -- the listener gets the record event, which has no domain
export const wrongEvent = <pocketdns-records onpocketdns-record-create={(event) => event.detail.domain} />;
export const vue: PocketDnsVueProps<'pocketdns-records'> = { domainId: 'd1', onPocketdnsRecordDelete: (event) => event.detail.record };
// @ts-expect-error -- Vue camel-cases attributes: sessionUrl, not sessionURL
export const vueWrong: PocketDnsVueProps<'pocketdns-domains'> = { sessionURL: '/s' };
export const svelte: PocketDnsSvelteAttributes<'pocketdns-connect'> = { host: 'www', 'onpocketdns-connect': (event) => event.detail };
// @ts-expect-error -- theme is light, dark or auto
export const svelteWrong: PocketDnsSvelteAttributes<'pocketdns-connect'> = { theme: 'blue' };
`,
    );
    await writeFile(
      join(check, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['check.tsx'],
      }),
    );
    await node(bin.tsc, ['-p', 'tsconfig.json'], check);
  });
});

/** `pocketdns-records` → `pocketdnsRecords`. */
function camel(tag) {
  return tag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}
