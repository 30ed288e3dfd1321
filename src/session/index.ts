export { SessionManager, type SessionState } from './session-manager.js';
export { connectionFor, sessionFor, resetSessions, type Connection } from './connection.js';
export type { FetchSession, SessionStatus, WidgetSession } from './types.js';
