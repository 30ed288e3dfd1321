// custom-elements.json as partners' tools read it from the tarball: exported, pointing at packed
// files, every event the README documents present with its name and type, every theme token
// and part the elements' code uses documented on the elements.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { packTarball, root } from './pack.mjs';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations.filter((declaration) => declaration.customElement));
const element = (tag) => elements.find((declaration) => declaration.tagName === tag);
const tags = ['pocketdns-domains', 'pocketdns-records'];

/** The text of every `.ts` file under `src/<folder>`. */
async function sources(folder) {
  const names = await readdir(`${root}/src/${folder}`, { recursive: true });
  return Promise.all(names.filter((name) => name.endsWith('.ts')).map((name) => readFile(`${root}/src/${folder}/${name}`, 'utf8')));
}

/** Every `--pocketdns-*` custom property the given source texts use or set. */
const tokensIn = (texts) => new Set(texts.flatMap((text) => [...text.matchAll(/--pocketdns-[a-z0-9-]+/g)].map((match) => match[0])));

/** Every string value of a `path` or `module` key, anywhere in the manifest. */
function paths(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => paths(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') found.push(item);
      else paths(item, found);
    }
  }
  return found;
}

describe('custom-elements.json', () => {
  let packed;
  before(async () => {
    packed = await packTarball();
  });
  after(() => packed?.cleanup());

  it('is packed, exported and named in the customElements field', () => {
    assert.ok(packed.files.has('custom-elements.json'));
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
    assert.equal(pkg.customElements, 'custom-elements.json');
  });

  it('points only at files in the tarball', () => {
    const found = paths(manifest);
    assert.ok(found.length >= tags.length * 2);
    for (const path of found) assert.ok(packed.files.has(path), `${path} is not in the tarball`);
  });

  it('describes each public element, registered and exported by its entry', () => {
    for (const tag of tags) {
      const module = manifest.modules.find((candidate) => candidate.declarations.some((declaration) => declaration.tagName === tag));
      assert.ok(module, `<${tag}> is missing`);
      assert.equal(module.path, `dist/${tag.replace('pocketdns-', '')}.js`);
      assert.ok(module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag));
    }
  });

  it('has every event the README documents, with its name and type, and no nameless one', async () => {
    const readme = await readFile(`${root}/README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('### Events'), readme.indexOf('\n### ', readme.indexOf('### Events') + 1));
    const documented = [...section.matchAll(/^\| `(pocketdns-[a-z-]+)`/gm)].map((match) => match[1]);
    assert.ok(documented.length >= 7, 'the README events table was not found');
    const events = elements.flatMap((declaration) => declaration.events ?? []);
    for (const event of events) {
      assert.match(event.name ?? '', /^pocketdns-[a-z-]+$/, JSON.stringify(event));
      assert.match(event.type?.text ?? '', /^PocketDns\w+Event$/, event.name);
    }
    for (const name of documented) assert.ok(events.some((event) => event.name === name), `${name} is not in the manifest`);
    for (const tag of tags) {
      const names = element(tag).events.map((event) => event.name);
      assert.deepEqual(names, [...new Set(names)], `<${tag}> lists an event twice`);
    }
  });

  it('lists every theme token on each element, and each element’s own tokens on it', async () => {
    const shared = tokensIn(await sources('styles'));
    assert.ok(shared.size >= 15, 'no tokens found in src/styles');
    for (const tag of tags) {
      const listed = new Set(element(tag).cssProperties.map((property) => property.name));
      for (const token of [...shared, ...tokensIn(await sources(`components/${tag}`))]) {
        assert.ok(listed.has(token), `<${tag}> does not list ${token}`);
      }
    }
  });

  it('lists every part each element renders under its first name', async () => {
    const internal = (await sources('internal')).join('\n');
    for (const tag of tags) {
      const code = `${(await sources(`components/${tag}`)).join('\n')}\n${internal}`;
      // `part="state empty"`: the first name is the part; the others narrow it (reported, not checked here).
      const used = new Set([...code.matchAll(/\bpart="([a-z-]+)/g)].map((match) => match[1]));
      for (const [, list] of code.matchAll(/\bexportparts="([^"]+)"/g)) list.split(',').forEach((name) => used.add(name.trim()));
      const listed = new Set(element(tag).cssParts.map((part) => part.name));
      assert.ok(used.size >= 8, `no parts found for <${tag}>`);
      for (const part of used) assert.ok(listed.has(part), `<${tag}> renders part ${part} but does not list it`);
    }
  });
});
