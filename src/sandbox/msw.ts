import type { Sandbox } from './sandbox.js';

/**
 * The part of msw's `http` namespace (`import { http } from 'msw'`) that
 * {@link sandboxHandlers} uses. Structural, so the sandbox's types do not need msw installed.
 * @typeParam Handler - what `http.all` returns: msw's `HttpHandler` when msw's own `http` is given
 */
export interface MswHttp<Handler> {
  /** msw's `http.all(path, resolver)`: a handler for every method on `path`. */
  all(path: string, resolver: (info: { request: Request }) => Promise<Response>): Handler;
}

/**
 * An msw request handler, as far as the sandbox's types know it without msw: pass msw's `http`
 * in {@link SandboxHandlersOptions} to get msw's own `HttpHandler` type instead.
 */
export interface SandboxMswHandler {
  /** Runs the handler against an intercepted request (msw calls it). */
  run(args: never): Promise<unknown>;
}

/** Options of {@link sandboxHandlers}. */
export interface SandboxHandlersOptions<Handler = SandboxMswHandler> {
  /** The origin (and path prefix, if any) the intercepted Partner API calls go to, e.g. `https://api.sandbox.pocketdns.com`. */
  baseUrl: string;
  /**
   * msw's `http` (`import { http } from 'msw'`). Optional in Node, where msw is then loaded on
   * the first call; needed in browsers, and in TypeScript to get msw's handler type.
   */
  http?: MswHttp<Handler>;
}

/** The shape of Node's `process` this module looks for, without Node's types. */
interface NodeProcess {
  getBuiltinModule?(id: 'node:module'): { createRequire(path: string): (id: string) => unknown };
}

// msw is an optional peer, loaded on the first call and only if the caller did not pass its
// `http`: the sandbox entry itself loads without msw, and `require()` of it works (a top-level
// await would make that fail). `process.getBuiltinModule` rather than an `import 'node:module'`
// keeps this module loadable where Node's modules do not exist.
let loadedHttp: MswHttp<SandboxMswHandler> | undefined;

/** msw's `http`, required from the caller's msw installation on first use (Node only). */
function loadMswHttp(): MswHttp<SandboxMswHandler> {
  if (loadedHttp) return loadedHttp;
  const process = (globalThis as { process?: NodeProcess }).process;
  if (!process?.getBuiltinModule) {
    throw new Error("sandboxHandlers: pass msw's http here (import { http } from 'msw'); it can only be loaded by itself in Node");
  }
  try {
    const msw = process.getBuiltinModule('node:module').createRequire(import.meta.url)('msw') as { http: MswHttp<SandboxMswHandler> };
    loadedHttp = msw.http;
    return loadedHttp;
  } catch (error) {
    throw new Error('sandboxHandlers needs the msw package: npm install --save-dev msw@2', { cause: error });
  }
}

/**
 * msw request handlers that answer every Partner API call under `baseUrl` from `sandbox`, for
 * browser tests (`setupWorker(...sandboxHandlers(sandbox, {baseUrl, http}))`) and Node tests
 * (`setupServer(...)`). Requires the `msw` package (2.x).
 * @param sandbox - the emulator that answers
 * @param options - where the intercepted calls go, and msw's `http`
 * @returns one handler per call; msw's `HttpHandler`s, typed as such when `http` is given
 */
export function sandboxHandlers<Handler = SandboxMswHandler>(sandbox: Sandbox, options: SandboxHandlersOptions<Handler>): Handler[];
export function sandboxHandlers(sandbox: Sandbox, { baseUrl, http }: SandboxHandlersOptions<unknown>): unknown[] {
  const base = baseUrl.replace(/\/+$/, '');
  return [(http ?? loadMswHttp()).all(`${base}/api/v1/*`, ({ request }) => sandbox.fetch(request))];
}
