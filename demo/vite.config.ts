import { defineConfig } from 'vite';

/** The demo page, served from source so changes show at once. */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: 5173, host: 'localhost' },
});
