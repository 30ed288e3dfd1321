// Timing helpers of the bench page: frames, the painted-frame clock, waiting for a change
// to show, and counting the big JSON parses. Used by driver.ts.

/** One timed change, in ms from the event. */
export interface Timing {
  scriptMs: number;
  paintedMs: number;
}

/** A mounted table: both are Lit elements. */
export type LitHost = HTMLElement & { updateComplete?: Promise<unknown> };

const LAYOUT_TIMEOUT_MS = 30_000;

/** Every element under the host, through nested shadow roots. */
export function deepElements(from: ParentNode): number {
  let count = 0;
  for (const el of from.querySelectorAll('*')) {
    count += 1;
    if (el.shadowRoot) count += deepElements(el.shadowRoot);
  }
  return count;
}

export function deepQueryAll<T extends Element>(from: ParentNode, selector: string): T[] {
  const out: T[] = [...from.querySelectorAll<T>(selector)];
  for (const el of from.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepQueryAll<T>(el.shadowRoot, selector));
  return out;
}

export const frame = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      resolve();
    }),
  );

/** The first task after the next animation frame: the frame has been painted by then. */
export const nextPaint = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    }),
  );

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Waits until `ready(changed)` holds, checked after every DOM mutation batch under the host
 * (so right after a Lit update commits), when the host's pending update is done, and at
 * every frame; `changed` says the DOM changed or the update finished. Returns the times
 * from `t0()`, or undefined after `timeoutMs`.
 */
export function settle(
  host: LitHost,
  t0: () => number,
  ready: (changed: boolean) => boolean,
  timeoutMs = LAYOUT_TIMEOUT_MS,
): Promise<Timing | undefined> {
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    let mutated = false;
    // An update that changes nothing on screen (a filter that keeps every row) is done when Lit is.
    void host.updateComplete?.then(() => {
      mutated = true;
      check();
    });
    const finish = async (): Promise<void> => {
      done = true;
      observer.disconnect();
      host.getBoundingClientRect(); // style and layout now, inside the measured work
      const scriptAt = performance.now();
      performance.mark('bench:settled'); // for bench/profile.ts
      const paintedAt = await nextPaint();
      resolve({ scriptMs: scriptAt - t0(), paintedMs: paintedAt - t0() });
    };
    const check = (): void => {
      if (!done && ready(mutated)) void finish();
    };
    const observer = new MutationObserver(() => {
      mutated = true;
      check();
    });
    observer.observe(host.shadowRoot ?? host, { subtree: true, childList: true, characterData: true, attributes: true });
    const poll = (): void => {
      if (done) return;
      if (performance.now() - started > timeoutMs) {
        done = true;
        observer.disconnect();
        resolve(undefined);
        return;
      }
      check();
      requestAnimationFrame(poll); // returns at once when done
    };
    requestAnimationFrame(poll);
  });
}

/** Counts big JSON parses (the domain's answer), however the code under test reads it, and notes when the last one ended. */
export function instrumentParsing(stats: { count: number; ms: number; parsedAt?: number | undefined }): void {
  const parse = JSON.parse.bind(JSON);
  JSON.parse = ((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
    if (typeof text !== 'string' || text.length < 5_000) return parse(text, reviver) as unknown;
    const start = performance.now();
    const value: unknown = parse(text, reviver);
    stats.count += 1;
    stats.parsedAt = performance.now();
    stats.ms += stats.parsedAt - start;
    return value;
  }) as typeof JSON.parse;
  // Called below with the response as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const json = Response.prototype.json;
  Response.prototype.json = async function (this: Response): Promise<unknown> {
    const big = Number(this.headers.get('X-Bench-Size') ?? 0) > 5_000;
    const start = performance.now();
    const value: unknown = await json.call(this);
    if (big) {
      stats.count += 1;
      stats.parsedAt = performance.now();
      stats.ms += stats.parsedAt - start;
    }
    return value;
  };
}
