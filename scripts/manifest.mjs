// Runs after `cem analyze` (npm run analyze, the last step of npm run build): rewrites
// custom-elements.json so it describes the package partners install, not this repository.
// - Module paths point at the shipped entry that registers each element (`dist/records.js`),
//   found in the built files, not at `src/*.ts`, which is not shipped.
// - Only elements a public entry exports are listed: the form and other sub-elements live in
//   the hosts' shadow roots and are not for partners' markup.
// - Events the analyzer found as `dispatchEvent(new SomeEvent(detail))` get their real name
//   (the class's `eventName`), and duplicates of the `@fires` entries are merged.
// - Tokens and parts the base class documents are inherited into each element.
// Fails (exit 1) when something cannot be made right, so a bad manifest is never shipped.
import { readFile, readdir, writeFile } from 'node:fs/promises';

const MANIFEST = 'custom-elements.json';

/** Element tags registered by a built file: the Lit decorator or a direct define call. */
const REGISTERED_TAG = /\bcustomElement(?:s\.define)?\(\s*["']([a-z][a-z0-9]*-[a-z0-9-]*)["']/g;
/** Local imports of a built file, static and dynamic. */
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\/[^"']+)["']/g;

/** The text of `dist/<file>` and of every local chunk it loads, once each. */
async function graphText(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = await readFile(file, 'utf8');
  let text = code;
  for (const [, spec] of code.matchAll(LOCAL_IMPORT)) text += await graphText(`dist/${spec.slice(2)}`, seen);
  return text;
}

/** The names a built entry exports (`export { a as B, C }`). */
function exportedNames(code) {
  const names = new Set();
  for (const [, list] of code.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return names;
}

/** The public JavaScript entries (`./records` → `dist/records.js`) from package.json's exports. */
async function publicEntries() {
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  return Object.values(pkg.exports)
    .map((target) => (typeof target === 'object' ? target.default : target))
    .filter((file) => /^\.\/dist\/[^/]+\.js$/.test(file) && !file.includes('.iife.'))
    .map((file) => file.slice(2));
}

/** For each tag, the entry that registers it and exports its class: the one registering the fewest elements. */
async function entriesByTag() {
  const found = [];
  for (const entry of await publicEntries()) {
    const tags = new Set([...(await graphText(entry)).matchAll(REGISTERED_TAG)].map((match) => match[1]));
    found.push({ entry, tags, exports: exportedNames(await readFile(entry, 'utf8')) });
  }
  found.sort((a, b) => a.tags.size - b.tags.size);
  return found;
}

/** `PocketDnsErrorEvent` → `pocketdns-error`, from each event class's static `eventName`. */
async function eventNames() {
  const names = new Map();
  for (const file of await readdir('src/events')) {
    const code = await readFile(`src/events/${file}`, 'utf8');
    const match = /export class (\w+) extends Event\b[\s\S]*?static readonly eventName = '([^']+)'/.exec(code);
    if (match) names.set(match[1], match[2]);
  }
  return names;
}

/** The element's events with real names, one entry per name, the documented one first. */
function fixEvents(events, names, where) {
  const byName = new Map();
  for (const event of events ?? []) {
    const type = event.type?.text;
    const name = names.get(type) ?? event.name;
    if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`${where}: an event of type ${type} has no name`);
    if (!type) throw new Error(`${where}: event ${name} has no type`);
    const fixed = { ...event, name };
    const known = byName.get(name);
    if (!known || (!known.description && fixed.description)) byName.set(name, fixed);
  }
  return [...byName.values()];
}

/** Adds the superclass's tokens and parts the analyzer left out, marked as inherited. */
function inherit(declaration, base) {
  for (const key of ['cssProperties', 'cssParts']) {
    const own = declaration[key] ?? [];
    const missing = (base?.declaration[key] ?? []).filter((item) => !own.some((mine) => mine.name === item.name));
    const inherited = missing.map((item) => ({ ...item, inheritedFrom: { name: base.declaration.name } }));
    if (own.length + inherited.length > 0) declaration[key] = [...own, ...inherited];
  }
}

/** Drops `module` from references to files that are not shipped (the internal base class). */
function dropUnshippedModules(value, shipped) {
  if (Array.isArray(value)) value.forEach((item) => dropUnshippedModules(item, shipped));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && !shipped.has(value.module)) delete value.module;
    Object.values(value).forEach((item) => dropUnshippedModules(item, shipped));
  }
}

const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const entries = await entriesByTag();
const names = await eventNames();
const modules = new Map();

for (const { module, declaration } of declarations) {
  if (!declaration.customElement || !declaration.tagName) continue;
  const home = entries.find(({ tags, exports }) => tags.has(declaration.tagName) && exports.has(declaration.name));
  if (!home) {
    console.log(`custom-elements.json: <${declaration.tagName}> is not exported by a public entry, left out`);
    continue;
  }
  const where = `${module.path} <${declaration.tagName}>`;
  const base = declarations.find(({ declaration: other }) => other.name === declaration.superclass?.name);
  inherit(declaration, base);
  declaration.events = fixEvents(declaration.events, names, where);
  const shipped = modules.get(home.entry) ?? { kind: 'javascript-module', path: home.entry, declarations: [], exports: [] };
  shipped.declarations.push(declaration);
  shipped.exports.push(
    { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: home.entry } },
    { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: home.entry } },
  );
  modules.set(home.entry, shipped);
}

if (modules.size === 0) throw new Error('custom-elements.json: no element found in the public entries (run after the build)');
manifest.modules = [...modules.values()];
dropUnshippedModules(manifest.modules, new Set(modules.keys()));
await writeFile(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`custom-elements.json: ${[...modules.keys()].join(', ')}`);
