import { setupWorker } from 'msw/browser';

/** One msw worker for a browser test file: unhandled requests fail the test. */
export const worker = setupWorker();

/** Starts the worker once per file. */
export async function startWorker(): Promise<void> {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
}
