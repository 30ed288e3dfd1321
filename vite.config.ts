import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * Runtime dependencies and peers stay external in the ES build, so partners' bundlers dedupe
 * lit and zod; Node built-ins stay external for the server, sandbox and CLI entries.
 */
const external = [
  ...[...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].flatMap((name) => [name, new RegExp(`^${name}/`)]),
  /^node:/,
];

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        domains: 'src/domains.ts',
        records: 'src/records.ts',
        connect: 'src/connect.ts',
        react: 'src/react.ts',
        dns: 'src/dns/index.ts',
        templates: 'src/templates/index.ts',
        api: 'src/api/index.ts',
        server: 'src/server/index.ts',
        'server-node': 'src/server/node.ts',
        'server-redis': 'src/server/redis.ts',
        sandbox: 'src/sandbox/index.ts',
        'sandbox-cli': 'src/sandbox/cli.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: { external },
  },
});
