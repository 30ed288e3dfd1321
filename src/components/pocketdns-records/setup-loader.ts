// Loads what the elements do not need for their first paint. In the ES build these are chunks
// beside the records element; the script-tag build swaps this file for setup-loader.iife.ts.
/** What the setup chunk gives: the catalog, zone files and the apply engine, its elements registered. */
export type Setup = typeof import('./setup-chunk.js');

/** What the extras chunk gives: the record form (registered), the linter and the propagation checker. */
export type Extras = typeof import('./extras-chunk.js');

/** The setup chunk, once `<pocketdns-connect>` and `<pocketdns-zone-import>` are registered. */
export async function loadSetup(): Promise<Setup> {
  return import('./setup-chunk.js');
}

/** The extras chunk, once `<pocketdns-record-form>` is registered. */
export async function loadExtras(): Promise<Extras> {
  return import('./extras-chunk.js');
}
