import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RowLayout } from '../../src/components/pocketdns-records/table/row-layout.js';

describe('RowLayout', () => {
  it('places rows of one height by arithmetic', () => {
    const layout = new RowLayout(10_000, 40);
    assert.equal(layout.total, 400_000);
    assert.equal(layout.offset(9_999), 399_960);
    assert.equal(layout.indexAt(0), 0);
    assert.equal(layout.indexAt(39.9), 0);
    assert.equal(layout.indexAt(40), 1);
    assert.equal(layout.indexAt(1e9), 9_999, 'past the end is the last row');
    assert.equal(layout.indexAt(-5), 0);
  });

  it('accounts for taller rows before and at an index', () => {
    // Row 2 is 100 px (its details are open), row 5 is 70 px.
    const layout = new RowLayout(
      10,
      40,
      new Map([
        [2, 100],
        [5, 70],
        [42, 500],
      ]),
    );
    assert.equal(layout.total, 10 * 40 + 60 + 30, 'rows past the count are ignored');
    assert.equal(layout.offset(2), 80);
    assert.equal(layout.offset(3), 180);
    assert.equal(layout.offset(6), 40 * 6 + 60 + 30);
    assert.equal(layout.offset(3) - layout.offset(2), 100, 'a tall row');
    assert.equal(layout.offset(4) - layout.offset(3), 40, 'an ordinary row');
    assert.equal(layout.indexAt(179), 2);
    assert.equal(layout.indexAt(180), 3);
    assert.equal(layout.indexAt(layout.offset(5) + 69), 5);
    assert.equal(layout.indexAt(layout.offset(6)), 6);
    for (let i = 0; i < 10; i += 1) assert.equal(layout.indexAt(layout.offset(i)), i, `row ${String(i)} starts where it is found`);
  });

  it('gives the rows to render for a visible span, with overscan, within bounds', () => {
    const layout = new RowLayout(100, 40);
    assert.deepEqual(layout.range(0, 400, 5), [0, 15]);
    assert.deepEqual(layout.range(2000, 2400, 5), [45, 65]);
    assert.deepEqual(layout.range(3900, 4300, 5), [92, 100]);
    assert.deepEqual(new RowLayout(0, 40).range(0, 400, 5), [0, 0]);
  });
});
