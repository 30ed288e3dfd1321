import type { SessionSource } from '../api/client.js';
import { PocketDnsApiError } from '../api/errors.js';
import { normalizeErrorBody } from '../api/errors.js';
import type { FetchSession, SessionStatus, WidgetSession } from './types.js';

/** A non-empty string. */
const filled = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The session endpoint's answer, checked by hand: five string fields do not need a schema
 * library in the script every page loads. Extra fields are dropped, as a schema would.
 */
function readSession(raw: unknown): WidgetSession | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { token, expires_at, api_base, user_identifier, login_url } = raw as Record<string, unknown>;
  if (!filled(token) || !filled(user_identifier) || typeof api_base !== 'string' || typeof login_url !== 'string') return undefined;
  if (typeof expires_at !== 'string' || Number.isNaN(Date.parse(expires_at))) return undefined;
  return { token, expires_at, api_base, user_identifier, login_url };
}

/** Refresh when this share of a session's life has passed. */
const REFRESH_AT = 0.8;

/** What subscribers are told. */
export interface SessionState {
  /** Where the session stands. */
  status: SessionStatus;
  /** The session, when ready. */
  session?: WidgetSession | undefined;
  /** Why it is not ready, for `signed-out`, `offline` and `error`. */
  error?: PocketDnsApiError | undefined;
}

/**
 * One session for one endpoint, shared by every element on the page that uses it: fetches are
 * deduplicated, the session is refreshed at 80% of its life and once after a 401, and
 * subscribers hear when it is lost. It is the API client's {@link SessionSource}, and knows
 * where calls go ({@link SessionManager.apiBase}); it makes no calls of its own.
 */
export class SessionManager implements SessionSource {
  private state: SessionState = { status: 'idle' };
  private inFlight: Promise<WidgetSession> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(state: SessionState) => void>();
  /** How many times the endpoint was asked for a session (for tests and diagnostics). */
  fetchCount = 0;

  /**
   * @param source the session endpoint's URL (POSTed with the page's credentials) or a function
   * @param baseUrl what a relative URL or `api_base` is resolved against (the page)
   */
  constructor(
    private readonly source: string | FetchSession,
    private readonly baseUrl: string = globalThis.location.href,
  ) {}

  /** The current state. */
  get current(): SessionState {
    return this.state;
  }

  /** Hears every state change; returns the unsubscribe function. Called at once with the current state. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** The session, fetching one if there is none or it has expired. Concurrent calls share one fetch. */
  async getSession(): Promise<WidgetSession> {
    const current = this.state.session;
    if (current && Date.parse(current.expires_at) > Date.now() + 5_000) return current;
    return this.fetchSession();
  }

  /** {@link SessionSource}: the current token. */
  async getToken(): Promise<string> {
    return (await this.getSession()).token;
  }

  /** {@link SessionSource}: after a 401, a fresh token (one fetch however many requests failed together). */
  async refreshToken(rejectedToken: string): Promise<string> {
    const current = this.state.session;
    if (current && current.token !== rejectedToken) return current.token;
    return (await this.fetchSession()).token;
  }

  /** Starts over after a lost session (a Retry button). */
  retry(): Promise<WidgetSession> {
    return this.fetchSession();
  }

  /** Where Partner API calls go now. */
  apiBase(): string {
    const base = this.state.session?.api_base ?? '';
    const sessionUrl = typeof this.source === 'string' ? new URL(this.source, this.baseUrl).href : this.baseUrl;
    return new URL(base || '.', sessionUrl).href.replace(/\/+$/, '');
  }

  /** Stops the refresh timer and forgets listeners (for tests). */
  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.listeners.clear();
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  private fetchSession(): Promise<WidgetSession> {
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async load(): Promise<WidgetSession> {
    const previous = this.state.session;
    if (!previous) this.set({ status: 'loading' });
    this.fetchCount += 1;
    try {
      const session = await this.request();
      this.set({ status: 'ready', session });
      this.scheduleRefresh(session);
      return session;
    } catch (caught) {
      const error = toSessionError(caught);
      const status: SessionStatus = error.status === 401 ? 'signed-out' : error.code === 'network_error' ? 'offline' : 'error';
      this.set({ status, error });
      throw error;
    }
  }

  private async request(): Promise<WidgetSession> {
    let raw: unknown;
    if (typeof this.source === 'function') {
      raw = await this.source();
    } else {
      let response: Response;
      try {
        response = await globalThis.fetch(new URL(this.source, this.baseUrl), {
          method: 'POST',
          credentials: 'include',
          headers: { Accept: 'application/json' },
        });
      } catch (cause) {
        throw new PocketDnsApiError({ status: 0, code: 'network_error', messages: [], cause });
      }
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => undefined);
        throw new PocketDnsApiError({
          status: response.status,
          code: response.status === 401 ? 'unauthorized' : 'session_unavailable',
          messages: normalizeErrorBody(body).messages,
        });
      }
      raw = await response.json().catch(() => undefined);
    }
    const session = readSession(raw);
    if (!session) {
      throw new PocketDnsApiError({
        status: 200,
        code: 'invalid_response',
        messages: ['The session endpoint sent an answer without a token, expires_at, api_base and user_identifier.'],
      });
    }
    return session;
  }

  private scheduleRefresh(session: WidgetSession): void {
    clearTimeout(this.refreshTimer);
    const issued = Date.now();
    const life = Date.parse(session.expires_at) - issued;
    if (!(life > 0)) return;
    this.refreshTimer = setTimeout(() => {
      // A failed background refresh keeps the old session until it really ends.
      this.fetchSession().catch(() => undefined);
    }, life * REFRESH_AT);
  }
}

function toSessionError(error: unknown): PocketDnsApiError {
  if (error instanceof PocketDnsApiError) return error;
  return new PocketDnsApiError({ status: 0, code: 'session_unavailable', messages: [], cause: error });
}
