// A seeded fault soak through the real UI: random adds, edits, deletes, undos, cancels and
// reloads on <pocketdns-records>, with the sandbox behind the real handler failing 10% of
// upstream calls (500, 503, 429, network error, timeout, and a write applied whose answer is
// lost) and 0–150 ms of jitter on each. After every operation has settled, without a reload,
// the element must show what PocketDNS holds: no duplicates, no ghost or missing rows, no
// lost input, no uncaught errors. `npm run soak` runs a longer one (SOAK_OPERATIONS).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DnsRecord } from '../../src/api/types.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { button, field, findButton, rows, shadow, text, type, until } from '../helpers/dom.js';
import { startWorker } from '../helpers/msw-browser.js';

const BAKERY = 'alicebakery.com';
const FAULT_RATE = 0.1;
const FAULTS = ['500', '503', '429', 'network', 'timeout', 'lost'] as const;
type Fault = (typeof FAULTS)[number];
const OPERATIONS = ['add', 'edit', 'delete', 'undo', 'cancel', 'reload'] as const;
type Operation = (typeof OPERATIONS)[number];

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Tally {
  operations: Record<Operation, number>;
  faults: Record<Fault, number>;
  upstreamCalls: number;
  checks: number;
  formsGivenBack: number;
}

/** The handler's way to PocketDNS, failing now and then as the seed says. */
function faultyUpstream(random: () => number, tally: Tally) {
  return async (request: Request, sandbox: Sandbox): Promise<Response> => {
    tally.upstreamCalls += 1;
    await delay(random() * 150);
    if (random() >= FAULT_RATE) return sandbox.fetch(request);
    const fault = FAULTS[Math.floor(random() * FAULTS.length)] as Fault;
    tally.faults[fault] += 1;
    switch (fault) {
      case '500':
      case '503':
        return Response.json({ errors: ['Internal error'] }, { status: Number(fault) });
      case '429':
        return Response.json(
          { errors: ['Rate limit exceeded'] },
          {
            status: 429,
            headers: {
              'Retry-After': '1',
              'X-RateLimit-Limit': '100',
              'X-RateLimit-Remaining': '0',
              'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 1),
            },
          },
        );
      case 'network':
        throw new TypeError('Failed to fetch');
      case 'timeout':
        await delay(700); // longer than the handler waits (upstreamTimeoutMs below)
        return sandbox.fetch(request);
      case 'lost':
        await sandbox.fetch(request);
        throw new TypeError('The connection was reset after PocketDNS answered');
    }
  };
}

type Internals = { records: { settled: boolean; records: DnsRecord[]; task: { status: string } } };
const internals = (el: PocketDnsRecordsElement): Internals['records'] => (el as unknown as Internals).records;
const dialogOpen = (el: Element, id: string): boolean => (shadow(el).getElementById(id) as HTMLDialogElement | null)?.open === true;
const key = (r: Pick<DnsRecord, 'type' | 'name' | 'value' | 'ttl' | 'priority'>): string =>
  `${r.type} ${r.name} ${r.value} ${r.ttl} ${r.priority ?? '-'}`;

/** Waits until nothing is in flight: no pending row, no check against PocketDNS, the list loaded. */
async function settle(el: PocketDnsRecordsElement): Promise<void> {
  const loaded = (): boolean => ['complete', 'error'].includes(internals(el).task.status);
  const quiet = (): boolean =>
    loaded() && internals(el).settled && !rows(el).some((r) => r.classList.contains('pending')) && !text(el).includes('Retrying at');
  await until(quiet, 'the element to settle', 30_000);
  // A failed load shows an error state: the customer presses Retry, as often as it takes.
  for (let attempt = 0; text(el).includes('could not be loaded'); attempt += 1) {
    if (attempt > 20) throw new Error('the records never loaded again');
    findButton(el, 'Retry')?.click();
    await delay(200);
    await until(quiet, 'the load', 30_000);
  }
}

describe('<pocketdns-records> fault soak', () => {
  let backend: Backend;
  before(startWorker);

  it('shows what PocketDNS holds after every operation, with 10% of upstream calls failing', async function () {
    const config = (await (await fetch('/__soak.json')).json()) as { operations: number; seed: number };
    this.timeout(config.operations * 2_000 + 60_000);
    const random = seeded(config.seed);
    const tally: Tally = {
      operations: { add: 0, edit: 0, delete: 0, undo: 0, cancel: 0, reload: 0 },
      faults: { '500': 0, '503': 0, '429': 0, network: 0, timeout: 0, lost: 0 },
      upstreamCalls: 0,
      checks: 0,
      formsGivenBack: 0,
    };
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent): void => {
      uncaught.push(event.message);
    };
    const onRejection = (event: PromiseRejectionEvent): void => {
      uncaught.push(String(event.reason));
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    backend = startBackend({ upstream: faultyUpstream(random, tally), upstreamTimeoutMs: 500 });
    const el = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records session-url="/pocketdns/session" domain-id=${backend.domainId(BAKERY)}></pocketdns-records>`,
    );
    await settle(el);
    let serial = 0;
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

    /** Saves the open form until it closes: on a failure, the typed value must still be there; then retry or give up. */
    async function saveUntilClosed(typedValue: string): Promise<void> {
      for (let tries = 0; tries < 6; tries += 1) {
        button(el, 'Save').click();
        await settle(el);
        await delay(50);
        if (!dialogOpen(el, 'editor')) return;
        tally.formsGivenBack += 1;
        expect(field(el, 'Value').value, 'nothing typed is lost').to.equal(typedValue);
        if (random() < 0.3) break;
      }
      button(el, 'Cancel').click();
      await until(() => !dialogOpen(el, 'editor'), 'the form to close');
    }

    try {
      for (let i = 0; i < config.operations; i += 1) {
        const operation = pick(OPERATIONS) as Operation;
        tally.operations[operation] += 1;
        const editable = rows(el).filter(
          (r) => !r.classList.contains('pending') && /^(A|TXT)$/.test(r.querySelector('[part~="type"]')?.textContent ?? ''),
        );
        if (operation === 'add' || operation === 'cancel') {
          button(el, 'Add record').click();
          await until(() => dialogOpen(el, 'editor'), 'the form');
          serial += 1;
          const value = `192.0.2.${String(1 + Math.floor(random() * 250))}`;
          type(field(el, 'Name'), `soak-${String(config.seed)}-${String(serial)}`);
          type(field(el, 'Value'), value);
          await el.updateComplete;
          if (operation === 'cancel') {
            button(el, 'Cancel').click();
            await until(() => !dialogOpen(el, 'editor'), 'the form to close');
          } else await saveUntilClosed(value);
        } else if (operation === 'edit' && editable.length > 0) {
          const row = pick(editable) as HTMLTableRowElement;
          (row.querySelector('button[aria-label^="Edit"]') as HTMLButtonElement).click();
          await until(() => dialogOpen(el, 'editor'), 'the form');
          const isTxt = row.querySelector('[part~="type"]')?.textContent === 'TXT';
          const value = isTxt ? `soak text ${String(serial++)}` : `192.0.2.${String(1 + Math.floor(random() * 250))}`;
          type(field(el, 'Value'), value);
          await el.updateComplete;
          await saveUntilClosed(value);
        } else if (operation === 'delete' && editable.length > 0) {
          const row = pick(editable) as HTMLTableRowElement;
          (row.querySelector('button[aria-label^="Delete"]') as HTMLButtonElement).click();
          await until(() => dialogOpen(el, 'confirm'), 'the confirmation');
          [...shadow(el).getElementById('confirm')!.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
        } else if (operation === 'undo') {
          findButton(el, 'Undo')?.click();
        } else if (operation === 'reload') {
          el.refresh();
        }
        await settle(el);
        // What the customer sees is what PocketDNS holds.
        const shown = internals(el).records;
        const held = (await backend.sandbox.snapshot()).records.filter((r) => r.domain_id === backend.domainId(BAKERY));
        expect(shown.map(key).sort(), `after operation ${String(i + 1)} (${operation})`).to.deep.equal(held.map(key).sort());
        expect(new Set(shown.map((r) => r.id)).size, 'no duplicate rows').to.equal(shown.length);
        expect(rows(el).length, 'every record has its row').to.equal(shown.length);
        tally.checks += 1;
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.log(`soak: ${JSON.stringify({ seed: config.seed, ...tally })}`);
    }
    expect(uncaught, 'no uncaught errors').to.deep.equal([]);
    expect(tally.checks).to.equal(config.operations);
    if (config.operations >= 300)
      expect(
        Object.values(tally.faults).every((n) => n > 0),
        'every kind of fault happened',
      ).to.equal(true);
  });
});
