// Where each row of a virtual table stands, without a node per row: every row is one fixed
// height except a few "tall" ones (a long value shown whole, open details), whose measured
// heights are kept by index. Pure arithmetic, so Node tests cover it.

/** Row offsets of a list where all rows share one height but a few. */
export class RowLayout {
  private readonly tall: [index: number, height: number][];
  /** The height of all rows together, in px. */
  readonly total: number;

  /**
   * @param count how many rows
   * @param rowHeight the height of an ordinary row, in px
   * @param tall the heights of the rows that differ, by index (indexes past `count` are ignored)
   */
  constructor(
    readonly count: number,
    readonly rowHeight: number,
    tall: ReadonlyMap<number, number> = new Map(),
  ) {
    this.tall = [...tall].filter(([index]) => index >= 0 && index < count).sort((a, b) => a[0] - b[0]);
    this.total = this.tall.reduce((sum, [, height]) => sum + height - rowHeight, count * rowHeight);
  }

  /** The top of row `index`, in px from the top of the first row. */
  offset(index: number): number {
    let y = index * this.rowHeight;
    for (const [i, height] of this.tall) {
      if (i >= index) break;
      y += height - this.rowHeight;
    }
    return y;
  }

  /** The row under `y` (px from the top of the first row), clamped to the rows there are. */
  indexAt(y: number): number {
    if (this.count === 0) return 0;
    let extra = 0;
    for (const [i, height] of this.tall) {
      const top = i * this.rowHeight + extra;
      if (y < top) break;
      if (y < top + height) return i;
      extra += height - this.rowHeight;
    }
    return Math.min(this.count - 1, Math.max(0, Math.floor((y - extra) / this.rowHeight)));
  }

  /**
   * The rows to render for the visible span `[top, bottom)` (px from the first row), with
   * `overscan` more on each side: `[start, end)`.
   */
  range(top: number, bottom: number, overscan: number): [start: number, end: number] {
    if (this.count === 0) return [0, 0];
    const start = Math.max(0, this.indexAt(Math.max(0, top)) - overscan);
    const end = Math.min(this.count, this.indexAt(Math.max(top, bottom - 1)) + 1 + overscan);
    return [start, Math.max(start, end)];
  }
}
