import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LINT_CODES } from '../../src/dns/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = (heading: string): string => {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has “${heading}”`);
  const next = readme.indexOf('\n### ', start + heading.length + 2);
  return readme.slice(start, next < 0 ? undefined : next);
};

describe('README: Record health', () => {
  it('lists every lint code with the severity and meaning of LINT_CODES, and nothing else', () => {
    const rows = section('### Record health')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((cell) => cell.trim().replace(/\\\|/g, '|')),
      );
    const expected = Object.entries(LINT_CODES).map(([code, { severity, meaning }]) => [`\`${code}\``, severity, meaning]);
    assert.deepEqual(rows, expected);
  });

  it('says what propagation sends to whom, how to turn it off, and what CSP needs', () => {
    const text = section('### Record health').replace(/\s+/g, ' ');
    for (const needed of [
      'propagation="off"',
      "record's **full name and type**",
      'https://cloudflare-dns.com/dns-query',
      'https://dns.google/resolve',
      '`connect-src`',
      'resolvers',
    ]) {
      assert.ok(text.includes(needed), needed);
    }
    assert.match(section('### `<pocketdns-records>`'), /\| `propagation` +\| `public` \(default\) or `off`/);
  });
});
