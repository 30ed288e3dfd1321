import { createApp } from 'vue';
// Registers <pocketdns-domains> and <pocketdns-records> in the browser.
import '@pocketdns/widget';
import App from './App.vue';

createApp(App).mount('#app');
