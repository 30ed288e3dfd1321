import type { WidgetSession } from '../contract/session.js';

export type { WidgetSession } from '../contract/session.js';

/** A function that fetches a session, for partners with their own auth (like Stripe's `fetchClientSecret`). */
export type FetchSession = () => WidgetSession | Promise<WidgetSession>;

/** Where a page's session stands. */
export type SessionStatus = 'idle' | 'loading' | 'ready' | 'signed-out' | 'offline' | 'error';
