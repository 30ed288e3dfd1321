// The script-tag build's loader for "Set up a service": an IIFE cannot split into chunks (the
// bundler would inline the catalog and <pocketdns-connect>, about 14 kB gzip), so they ship as
// a second script, pocketdns-widget-connect.iife.js, fetched from beside this one on first use.
import type { Setup } from './setup-loader.js';

const GLOBAL = 'PocketDNSWidgetConnect';
const FILE = 'pocketdns-widget-connect.iife.js';

// Read while the script runs: later, `document.currentScript` is whatever runs then.
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ??
  document.querySelector<HTMLScriptElement>('script[src*="pocketdns-widget"]')?.src ??
  document.baseURI;

let loading: Promise<Setup> | undefined;

/** The second script's exports, once it registered `<pocketdns-connect>` and `<pocketdns-zone-import>`. */
export function loadSetup(): Promise<Setup> {
  const ready = (globalThis as Record<string, unknown>)[GLOBAL] as Setup | undefined;
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<Setup>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(FILE, scriptUrl).href;
    script.onload = () => {
      const loaded = (globalThis as Record<string, unknown>)[GLOBAL] as Setup | undefined;
      if (loaded) resolve(loaded);
      else reject(new Error(`${FILE} did not register the catalog`));
    };
    script.onerror = () => {
      loading = undefined;
      reject(new Error(`${FILE} could not be loaded`));
    };
    document.head.append(script);
  });
  return loading;
}
