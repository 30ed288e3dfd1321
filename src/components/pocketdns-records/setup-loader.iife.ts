// The script-tag build's loader: an IIFE cannot split into chunks (the bundler would inline
// everything), so what the elements load later ships as more scripts fetched from beside this
// one on first use: pocketdns-widget-connect.iife.js ("Set up a service", zone files) and
// pocketdns-widget-extras.iife.js (the record form, the linter, the propagation checker).
import type { Extras, Setup } from './setup-loader.js';

// Read while the script runs: later, `document.currentScript` is whatever runs then.
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ??
  document.querySelector<HTMLScriptElement>('script[src*="pocketdns-widget"]')?.src ??
  document.baseURI;

const loading = new Map<string, Promise<unknown>>();

/**
 * The exports of the script `file` beside this one, which assigns them to `global`: added to
 * the page once (a failed load is tried again on the next call), or read at once when the
 * page already has that script.
 */
function loadScript<T>(file: string, global: string): Promise<T> {
  const ready = (globalThis as Record<string, unknown>)[global] as T | undefined;
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(file) as Promise<T> | undefined;
  if (!pending) {
    pending = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(file, scriptUrl).href;
      script.onload = () => {
        const loaded = (globalThis as Record<string, unknown>)[global] as T | undefined;
        if (loaded) resolve(loaded);
        else reject(new Error(`${file} did not define ${global}`));
      };
      script.onerror = () => {
        loading.delete(file);
        reject(new Error(`${file} could not be loaded`));
      };
      document.head.append(script);
    });
    loading.set(file, pending);
  }
  return pending;
}

/** The second script's exports, once it registered `<pocketdns-connect>` and `<pocketdns-zone-import>`. */
export function loadSetup(): Promise<Setup> {
  return loadScript<Setup>('pocketdns-widget-connect.iife.js', 'PocketDNSWidgetConnect');
}

/** The third script's exports, once it registered `<pocketdns-record-form>`. */
export function loadExtras(): Promise<Extras> {
  return loadScript<Extras>('pocketdns-widget-extras.iife.js', 'PocketDNSWidgetExtras');
}
