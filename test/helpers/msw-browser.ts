import { setupWorker } from 'msw/browser';

/** One msw worker for a browser test file: unhandled requests fail the test. */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/**
 * Starts the worker once per test page. Every `describe` may call it from `before`; starting
 * it again would re-register the service worker and make the browser fetch its script anew
 * in the middle of the file's tests. The page is thrown away after the file, so it is never
 * stopped.
 */
export async function startWorker(): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'error' });
  await started;
}
