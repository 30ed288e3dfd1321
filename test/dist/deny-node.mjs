// `node --import ./test/dist/deny-node.mjs …`: an edge runtime in Node 20. Every `node:*`
// module and every bare built-in name (`fs`, `http`) fails to resolve, as on Cloudflare
// Workers or Vercel Edge, so a package entry that needs Node cannot load.
import { builtinModules, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

/** The code of the error a refused import fails with. */
export const REFUSED = 'ERR_EDGE_NODE_REFUSED';

const builtins = new Set(builtinModules);

/** The resolve hook: refuses Node's modules, passes everything else on. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('node:') || builtins.has(specifier)) {
    const error = new Error(`${specifier} is refused: this code must load where Node's modules do not exist`);
    error.code = REFUSED;
    throw error;
  }
  return nextResolve(specifier, context);
}

// The hooks run in a worker of their own that loads this same file: register only from the
// main thread, once.
if (isMainThread) register(import.meta.url);
