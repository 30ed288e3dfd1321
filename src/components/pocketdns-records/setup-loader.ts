// Loads what "Set up a service" needs on first use. In the ES build this is a chunk beside the
// records element; the script-tag build swaps this file for setup-loader.iife.ts.
import type { CatalogTemplate } from '../../templates/types.js';

/** The catalog, once `<pocketdns-connect>` is registered. */
export async function loadSetup(): Promise<{ catalog: readonly CatalogTemplate[] }> {
  return import('./setup-chunk.js');
}
