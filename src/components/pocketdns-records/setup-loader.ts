// Loads what "Set up a service" needs on first use. In the ES build this is a chunk beside the
// records element; the script-tag build swaps this file for setup-loader.iife.ts.
/** What the chunk gives: the catalog, zone files and the apply engine, its elements registered. */
export type Setup = typeof import('./setup-chunk.js');

/** The chunk, once `<pocketdns-connect>` and `<pocketdns-zone-import>` are registered. */
export async function loadSetup(): Promise<Setup> {
  return import('./setup-chunk.js');
}
