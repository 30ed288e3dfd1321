import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { PocketDnsRecordsElement } from '../../src/components/pocketdns-records/pocketdns-records.js';
import { SessionManager, sessionFor, type WidgetSession } from '../../src/session/index.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { rows, shadow, text, until } from '../helpers/dom.js';
import { startWorker, worker } from '../helpers/msw-browser.js';

const SESSION = '/pocketdns/session';

describe('session layer', () => {
  let backend: Backend;
  before(startWorker);
  beforeEach(() => {
    backend = startBackend();
  });

  it('shares one session request between two elements on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pocketdns-domains session-url=${SESSION}></pocketdns-domains>
      <pocketdns-records session-url="${location.origin}${SESSION}" domain-id=${backend.domainId('alicebakery.com')}></pocketdns-records>
    </div>`);
    const records = wrapper.querySelector('pocketdns-records')!;
    await until(() => rows(records).length === 18, 'records');
    await until(() => shadow(wrapper.querySelector('pocketdns-domains')!).querySelectorAll('button.domain').length === 5, 'domains');
    expect(backend.sessionRequests).to.equal(1);
  });

  it('deduplicates concurrent requests for the session', async () => {
    const manager = sessionFor(SESSION);
    const sessions = await Promise.all([manager.getSession(), manager.getSession(), manager.getToken()]);
    expect(backend.sessionRequests).to.equal(1);
    expect(sessions[0]).to.equal(sessions[1]);
  });

  it('refreshes the session once on a 401 and retries the request', async () => {
    const el = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records session-url=${SESSION} domain-id=${backend.domainId('alicebakery.com')}></pocketdns-records>`,
    );
    await until(() => rows(el).length === 18, 'records');
    expect(backend.sessionRequests).to.equal(1);
    worker.use(
      http.get(
        '/pocketdns/api/v1/domains/:id',
        () => HttpResponse.json({ errors: ['Your DNS session has ended. Sign in again.'] }, { status: 401 }),
        { once: true },
      ),
    );
    el.refresh();
    await until(() => backend.sessionRequests === 2, 'a new session');
    await until(() => rows(el).length === 18 && !text(el).includes('could not be loaded'), 'records again');
  });

  it("refreshes before expiry, at about 80% of the session's life", async () => {
    let calls = 0;
    const manager = new SessionManager(() => {
      calls += 1;
      return {
        token: `t${calls}`,
        expires_at: new Date(Date.now() + 500).toISOString(),
        api_base: '/pocketdns',
        user_identifier: 'alice',
        login_url: '',
      };
    });
    expect(await manager.getToken()).to.equal('t1');
    await until(() => calls === 2, 'the refresh', 1500);
    expect(manager.current.session?.token).to.equal('t2');
    manager.dispose();
  });

  it('takes a fetchSession function instead of session-url', async () => {
    let calls = 0;
    const fetchSession = async (): Promise<WidgetSession> => {
      calls += 1;
      const response = await fetch(SESSION, { method: 'POST' });
      return (await response.json()) as WidgetSession;
    };
    const el = await fixture<PocketDnsRecordsElement>(
      html`<pocketdns-records .fetchSession=${fetchSession} domain-id=${backend.domainId('alicebakery.com')}></pocketdns-records>`,
    );
    await until(() => rows(el).length === 18, 'records');
    expect(calls).to.equal(1);
  });

  it('refuses a session answer without a token, with a clear error', async () => {
    const manager = new SessionManager(() => ({ nope: true }) as unknown as WidgetSession);
    let message = '';
    try {
      await manager.getSession();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.include('without a token');
    expect(manager.current.status).to.equal('error');
    manager.dispose();
  });
});
