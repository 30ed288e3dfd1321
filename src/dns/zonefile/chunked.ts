import { ZoneFileParser, type ZoneFileParseOptions, type ZoneFileParseResult } from './parse.js';

/** Options of {@link parseZoneFileChunked}. */
export interface ZoneFileChunkedOptions extends ZoneFileParseOptions {
  /** Stops the parse: the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Lines read between two yields to the event loop. Defaults to 500 (a few ms of work). */
  yieldEvery?: number | undefined;
  /** Called after each chunk with how much of the file has been read, from 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
}

// A macrotask, not a microtask: only a macrotask lets a browser paint and handle input.
const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * `parseZoneFile` that yields to the event loop every `yieldEvery` lines, so a page
 * keeps painting and answering input while a 10,000-record file is read. Same result.
 * @throws the signal's reason when `signal` aborts
 */
export async function parseZoneFileChunked(text: string, options: ZoneFileChunkedOptions): Promise<ZoneFileParseResult> {
  const { signal, yieldEvery = 500, onProgress } = options;
  const parser = new ZoneFileParser(text, options);
  signal?.throwIfAborted();
  for (;;) {
    const done = parser.step(Math.max(1, yieldEvery));
    onProgress?.(done ? 1 : parser.progress);
    if (done) return parser.result();
    await yieldToEventLoop();
    signal?.throwIfAborted();
  }
}
