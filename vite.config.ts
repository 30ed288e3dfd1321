import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/** Every runtime dependency stays external in the ES build, so partners' bundlers dedupe lit and zod. */
const external = Object.keys(pkg.dependencies).flatMap((name) => [name, new RegExp(`^${name}/`)]);

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
        dns: 'src/dns/index.ts',
        api: 'src/api/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: { external },
  },
});
