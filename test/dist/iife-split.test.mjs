// The script-tag build keeps "Set up a service" out of the main file: the catalog and
// <pocketdns-connect> ship in pocketdns-widget-connect.iife.js, fetched on first use.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const main = await readFile(new URL('../../dist/pocketdns-widget.iife.js', import.meta.url), 'utf8');
const connect = await readFile(new URL('../../dist/pocketdns-widget-connect.iife.js', import.meta.url), 'utf8');
const es = await readFile(new URL('../../dist/records.js', import.meta.url), 'utf8');

describe('the script-tag build and Set up a service', () => {
  it('leaves the catalog and <pocketdns-connect> out of pocketdns-widget.iife.js, and loads the second file', () => {
    assert.ok(!main.includes('smtp.google.com'), 'a catalog entry was inlined');
    assert.ok(!main.includes('Nothing changes until you press Connect'), '<pocketdns-connect> was inlined');
    assert.ok(main.includes('pocketdns-widget-connect.iife.js'), 'the loader names the second file');
  });

  it('puts them in pocketdns-widget-connect.iife.js under the global the loader reads', () => {
    assert.ok(connect.includes('smtp.google.com'));
    assert.ok(connect.includes('Nothing changes until you press Connect'));
    assert.match(connect, /^var PocketDNSWidgetConnect\s*=/m);
  });

  it('loads them as a chunk in the ES build', () => {
    assert.ok(!es.includes('smtp.google.com'));
    assert.ok(!es.includes('pocketdns-widget-connect.iife.js'), 'the ES build uses a chunk, not the script');
  });
});
