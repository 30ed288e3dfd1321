export { SessionManager, sessionFor, resetSessions, type SessionState } from './session-manager.js';
export type { FetchSession, SessionStatus, WidgetSession } from './types.js';
