// The translations against the source: lit-localize extracts the messages afresh (into a temp
// folder) and every locale must translate each of them, for the English text as it is now, with
// the same placeholders; the generated locale modules must be what `lit-localize build` makes of
// the committed XLIFF. Also the locale fallback chain.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { markGenerated } from '../../scripts/mark-generated.mjs';
import { directionOf, LOCALES, matchLocale } from '../../src/internal/i18n.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(await readFile(join(root, 'lit-localize.json'), 'utf8')) as {
  targetLocales: string[];
  inputFiles: string[];
  output: Record<string, string>;
  interchange: Record<string, string>;
};

interface Unit {
  source: string;
  target: string | undefined;
}

/** The trans-units of an XLIFF file by id. */
function units(xliff: string): Map<string, Unit> {
  const found = new Map<string, Unit>();
  for (const match of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2] ?? '';
    found.set(match[1] ?? '', {
      source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
      target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
    });
  }
  return found;
}

/** A message's placeholders (`<x id="0" …/>`), sorted. */
const placeholders = (text: string): string[] => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1] ?? '').sort();

/** Runs the lit-localize CLI with the repository's config, its folders moved to `dir`. */
async function localize(command: 'extract' | 'build', dir: string): Promise<void> {
  const moved = {
    ...config,
    tsConfig: join(root, 'tsconfig.json'),
    inputFiles: config.inputFiles.map((glob) => join(root, glob)),
    output: { ...config.output, outputDir: join(dir, 'locales'), localeCodesModule: join(dir, 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(dir, 'xliff') },
  };
  const file = join(dir, 'lit-localize.json');
  await writeFile(file, JSON.stringify(moved));
  await run(process.execPath, [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), command, `--config=${file}`], {
    cwd: root,
  });
}

describe('translations', () => {
  let fresh: string;
  let rebuilt: string;
  before(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'pocketdns-i18n-extract-'));
    rebuilt = await mkdtemp(join(tmpdir(), 'pocketdns-i18n-build-'));
    await cp(join(root, 'xliff'), join(rebuilt, 'xliff'), { recursive: true });
    await mkdir(join(fresh, 'xliff'));
    await Promise.all([localize('extract', fresh), localize('build', rebuilt)]);
    await markGenerated(join(rebuilt, 'locales'));
  });
  after(async () => {
    await rm(fresh, { recursive: true, force: true });
    await rm(rebuilt, { recursive: true, force: true });
  });

  it('ships the six target locales beside English', () => {
    assert.deepEqual([...LOCALES].sort(), ['ar', 'de', 'en', 'es', 'fr', 'ja', 'pt-BR']);
    assert.deepEqual([...config.targetLocales].sort(), ['ar', 'de', 'es', 'fr', 'ja', 'pt-BR']);
  });

  for (const locale of config.targetLocales) {
    it(`${locale}: translates every message of the source, and no message the source no longer has`, async () => {
      const source = units(await readFile(join(fresh, 'xliff', `${locale}.xlf`), 'utf8'));
      const committed = units(await readFile(join(root, 'xliff', `${locale}.xlf`), 'utf8'));
      assert.ok(source.size > 250, `only ${String(source.size)} messages extracted`);
      const missing = [...source.keys()].filter((id) => committed.get(id)?.target === undefined);
      const stale = [...committed.keys()].filter((id) => !source.has(id));
      assert.deepEqual(missing, [], 'messages without a translation');
      assert.deepEqual(stale, [], 'translations of messages the source no longer has');
      for (const [id, unit] of source) {
        const done = committed.get(id);
        assert.ok(done, id);
        assert.equal(done.source, unit.source, `${id}: the English text changed since it was translated`);
        assert.deepEqual(placeholders(done.target ?? ''), placeholders(unit.source), `${id}: placeholders`);
        assert.notEqual(done.target?.trim(), '', `${id}: empty translation`);
      }
    });
  }

  it('has generated locale modules that match the XLIFF (run `npm run i18n:build` after editing it)', async () => {
    const names = (await readdir(join(rebuilt, 'locales'))).sort();
    assert.deepEqual(names, (await readdir(join(root, 'src/generated/locales'))).sort());
    for (const name of names) {
      const expected = await readFile(join(rebuilt, 'locales', name), 'utf8');
      assert.equal(await readFile(join(root, 'src/generated/locales', name), 'utf8'), expected, name);
    }
    assert.equal(
      await readFile(join(root, 'src/generated/locale-codes.ts'), 'utf8'),
      await readFile(join(rebuilt, 'locale-codes.ts'), 'utf8'),
    );
  });
});

describe('the locale fallback chain', () => {
  it('takes a shipped locale as it is, in any case', () => {
    assert.equal(matchLocale('de'), 'de');
    assert.equal(matchLocale('pt-BR'), 'pt-BR');
    assert.equal(matchLocale('PT-br'), 'pt-BR');
    assert.equal(matchLocale('ja'), 'ja');
  });

  it('falls back to the language, then English', () => {
    assert.equal(matchLocale('de-AT'), 'de');
    assert.equal(matchLocale('de_CH'), 'de');
    assert.equal(matchLocale('pt'), 'pt-BR');
    assert.equal(matchLocale('pt-PT'), 'pt-BR');
    assert.equal(matchLocale('es-419'), 'es');
    assert.equal(matchLocale('ar-EG'), 'ar');
    assert.equal(matchLocale('zh-CN'), 'en');
    assert.equal(matchLocale('en-GB'), 'en');
    assert.equal(matchLocale(''), 'en');
    assert.equal(matchLocale(undefined), 'en');
  });

  it('lays Arabic out right to left, the others left to right', () => {
    assert.equal(directionOf('ar'), 'rtl');
    assert.equal(directionOf('ar-SA'), 'rtl');
    for (const locale of ['en', 'de', 'es', 'fr', 'pt-BR', 'ja', 'he']) assert.equal(directionOf(locale), 'ltr');
  });
});
