import { mount } from 'svelte';
// Registers <pocketdns-domains> and <pocketdns-records> in the browser.
import '@pocketdns/widget';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) mount(App, { target });
