import type { RequestHandler } from 'msw';
import type { Sandbox } from './sandbox.js';

type Msw = typeof import('msw');

// msw is an optional peer: loaded once, on first use, so partners who only run the sandbox
// over HTTP (or behind the handler) do not need it installed.
let msw: Msw | undefined;
let mswError: unknown;
try {
  msw = await import('msw');
} catch (error) {
  mswError = error;
}

/** Options of {@link sandboxHandlers}. */
export interface SandboxHandlersOptions {
  /** The origin (and path prefix, if any) the intercepted Partner API calls go to, e.g. `https://api.sandbox.pocketdns.com`. */
  baseUrl: string;
}

/**
 * msw request handlers that answer every Partner API call under `baseUrl` from `sandbox`, for
 * browser tests (`setupWorker(...sandboxHandlers(sandbox, {baseUrl}))`) and Node tests
 * (`setupServer(...)`). Requires the `msw` package (2.x).
 */
export function sandboxHandlers(sandbox: Sandbox, { baseUrl }: SandboxHandlersOptions): RequestHandler[] {
  if (!msw) {
    throw new Error('sandboxHandlers needs the msw package: npm install --save-dev msw@2', { cause: mswError });
  }
  const base = baseUrl.replace(/\/+$/, '');
  return [msw.http.all(`${base}/api/v1/*`, ({ request }) => sandbox.fetch(request))];
}
