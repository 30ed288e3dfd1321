// Declares the <pocketdns-*> tags in svelte/elements, so svelte-check checks their attributes and events.
import type {} from '@pocketdns/widget/svelte';
