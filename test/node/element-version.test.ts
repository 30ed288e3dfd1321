// The version each copy of the elements stamps on its classes, compared when the widget is
// loaded twice (src/internal/define.ts), must be the package's: a stale one would warn about a
// difference that is not there, or miss one that is.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { WIDGET_VERSION } from '../../src/internal/define.js';

it('stamps the version package.json has', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(WIDGET_VERSION, pkg.version);
});
