// The script-tag build's loader: an IIFE cannot split into chunks (the bundler would inline
// everything), so what the elements load later ships as ES modules beside this script, imported
// on first use: pocketdns-widget-connect.js ("Set up a service", zone files) and
// pocketdns-widget-extras.js (the record form, the linter, the propagation checker). `import()`
// is not a Trusted Types sink (a `<script src>` set from a string is) and `script-src 'self'`
// allows it, so this works under a strict CSP with `require-trusted-types-for 'script'`.
import type { Extras, Setup } from './setup-loader.js';

// Read while the script runs: later, `document.currentScript` is whatever runs then.
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ??
  document.querySelector<HTMLScriptElement>('script[src*="pocketdns-widget"]')?.src ??
  document.baseURI;

const loading = new Map<string, Promise<unknown>>();
const failures = new Map<string, number>();

/**
 * The exports of the module `file` beside this script, imported once. A failed load is tried
 * again on the next call, under a new URL: the browser remembers a module that failed by its URL.
 */
function loadModule<T>(file: string): Promise<T> {
  let pending = loading.get(file) as Promise<T> | undefined;
  if (!pending) {
    const failed = failures.get(file) ?? 0;
    const url = new URL(file, scriptUrl);
    if (failed > 0) url.searchParams.set('retry', String(failed));
    pending = (import(/* @vite-ignore */ url.href) as Promise<T>).catch((error: unknown) => {
      loading.delete(file);
      failures.set(file, failed + 1);
      throw new Error(`${file} could not be loaded`, { cause: error });
    });
    loading.set(file, pending);
  }
  return pending;
}

/** The connect part's exports, once it registered `<pocketdns-connect>` and `<pocketdns-zone-import>`. */
export function loadSetup(): Promise<Setup> {
  return loadModule<Setup>('pocketdns-widget-connect.js');
}

/** The extras part's exports, once it registered `<pocketdns-record-form>`. */
export function loadExtras(): Promise<Extras> {
  return loadModule<Extras>('pocketdns-widget-extras.js');
}
