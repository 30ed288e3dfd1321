// Declares the <pocketdns-*> tags as global components, so vue-tsc checks their attributes and events.
import type {} from '@pocketdns/widget/vue';
