import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mediumDateFormat, numberFormat } from '../../src/internal/intl-cache.js';

describe('Intl formatters', () => {
  it('are made once per locale and kept', () => {
    assert.equal(numberFormat('de-DE'), numberFormat('de-DE'));
    assert.notEqual(numberFormat('de-DE'), numberFormat('en-US'));
    assert.equal(numberFormat('de-DE').format(10000), '10.000');
    assert.equal(mediumDateFormat('en-US'), mediumDateFormat('en-US'));
    assert.equal(mediumDateFormat('en-US').format(new Date('2026-11-28T12:00:00Z')), 'Nov 28, 2026');
  });

  it('refuse a locale Intl cannot read, every time (nothing broken is kept)', () => {
    assert.throws(() => numberFormat('not a locale'), RangeError);
    assert.throws(() => numberFormat('not a locale'), RangeError);
    assert.throws(() => mediumDateFormat('not a locale'), RangeError);
  });
});
