// The demo partner page: the elements do the work; this only shows who is signed in,
// switches the theme, logs the elements' events, and hands Acme's own template to the
// connect section and to Set up a service.
import '../src/index.js';
import '../src/connect.js';
import { acmeSites } from './acme-sites.js';

interface DemoState {
  user: string | null;
  name: string | null;
  upstream: string;
}

const $ = (selector: string): HTMLElement | null => document.querySelector<HTMLElement>(selector);

async function showState(): Promise<void> {
  const state = (await (await fetch('/demo/state')).json()) as DemoState;
  const upstream = $('#upstream');
  if (upstream) upstream.textContent = state.upstream;
  const who = $('#who');
  if (who) who.textContent = state.name ? `Signed in as ${state.name}` : 'Not signed in';
  $('.signout')?.toggleAttribute('hidden', !state.user);
  $('.signin')?.toggleAttribute('hidden', Boolean(state.user));
}

const themeSelect = document.querySelector<HTMLSelectElement>('#theme');
themeSelect?.addEventListener('change', () => {
  const theme = themeSelect.value;
  for (const el of document.querySelectorAll('pocketdns-domains, pocketdns-records, pocketdns-connect')) el.setAttribute('theme', theme);
  document.body.classList.toggle('dark', theme === 'dark');
});

const log = $('#events');
for (const name of [
  'pocketdns-domain-select',
  'pocketdns-before-change',
  'pocketdns-record-create',
  'pocketdns-record-update',
  'pocketdns-record-delete',
  'pocketdns-before-connect',
  'pocketdns-connect',
  'pocketdns-zone-change',
  'pocketdns-error',
  'pocketdns-session-end',
]) {
  document.addEventListener(name, (event) => {
    const detail = (event as Event & { detail?: Record<string, unknown> }).detail ?? {};
    const summary = Object.entries(detail)
      .map(([key, value]) => {
        if (Array.isArray(value)) return `${key}=${String(value.length)}`;
        const v = value as { name?: string; type?: string; code?: string; serviceName?: string } | string | undefined;
        return `${key}=${typeof v === 'object' ? (v.code ?? v.serviceName ?? [v.type, v.name].filter(Boolean).join(' ')) : String(v)}`;
      })
      .join(', ');
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${summary}`;
    log?.prepend(item);
  });
}

const records = document.querySelector('pocketdns-records');
if (records) records.templates = [acmeSites];
const connect = document.querySelector('pocketdns-connect');
if (connect) connect.template = acmeSites;

showState().catch(() => undefined);
