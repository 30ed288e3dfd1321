import vue from '@vitejs/plugin-vue';
import { isPocketDnsElement } from '@pocketdns/widget/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vue leaves <pocketdns-*> tags to the browser instead of looking for Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isPocketDnsElement } } })],
});
