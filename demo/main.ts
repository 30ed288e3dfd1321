// Until the elements exist, the page starts a widget session and lists the customer's
// domains with the typed client: the same path the elements will take.
import { createPocketDnsClient, PocketDnsApiError, type Domain } from '../src/api/index.js';
import { toUnicodeName } from '../src/dns/index.js';

interface DemoState {
  user: string | null;
  name: string | null;
  upstream: string;
}
interface Session {
  token: string;
  api_base: string;
  user_identifier: string;
}

const app = document.querySelector<HTMLElement>('#app');
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const message = (text: string): void => {
  app?.replaceChildren(el('p', text, 'message'));
};

async function fetchSession(): Promise<Session> {
  const response = await fetch('/pocketdns/session', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) throw new PocketDnsApiError({ status: response.status, messages: [] });
  return (await response.json()) as Session;
}

function renderDomains(domains: Domain[]): void {
  const table = el('table');
  const head = table.createTHead().insertRow();
  for (const title of ['Domain', 'Status', 'Expires', 'Auto-renew', 'Records']) {
    const th = el('th', title);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const domain of domains) {
    const row = body.insertRow();
    row.insertCell().textContent = toUnicodeName(domain.name);
    row.insertCell().append(el('span', domain.status, `status ${domain.status}`));
    row.insertCell().textContent = new Date(domain.expires_at).toLocaleDateString();
    row.insertCell().textContent = domain.auto_renew ? 'On' : 'Off';
    row.insertCell().textContent = domain.dns_records_count.toLocaleString();
  }
  app?.replaceChildren(table);
}

async function start(): Promise<void> {
  const state = (await (await fetch('/demo/state')).json()) as DemoState;
  const upstream = document.querySelector('#upstream');
  if (upstream) upstream.textContent = state.upstream;
  const who = document.querySelector('#who');
  if (who) who.textContent = state.name ? `Signed in as ${state.name}` : 'Not signed in';
  document.querySelector<HTMLFormElement>('.signout')?.toggleAttribute('hidden', !state.user);
  document.querySelector<HTMLFormElement>('.signin')?.toggleAttribute('hidden', Boolean(state.user));
  if (!state.user) {
    message('Sign in to see your domains.');
    return;
  }
  message('Loading your domains…');
  let session = await fetchSession();
  const client = createPocketDnsClient({
    baseUrl: new URL(session.api_base, location.href).href,
    session: {
      getToken: () => Promise.resolve(session.token),
      refreshToken: async () => {
        session = await fetchSession();
        return session.token;
      },
    },
  });
  const { domains } = await client.listDomains(session.user_identifier);
  renderDomains(domains);
}

start().catch((error: unknown) => {
  message(error instanceof PocketDnsApiError ? error.messages.join(' ') : 'Something went wrong loading your domains.');
});
