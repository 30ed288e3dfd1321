import type { RuleParams, RuleResult } from './types.js';

/** A passing rule result. */
export const pass = <T>(value: T): RuleResult<T> => ({ ok: true, value });

/**
 * A failing rule result: the English `message`, and for the elements' translations a stable
 * `code` with the `params` the message is made of.
 */
export const fail = <T = never>(message: string, code?: string, params?: RuleParams): RuleResult<T> =>
  code === undefined ? { ok: false, message } : params === undefined ? { ok: false, message, code } : { ok: false, message, code, params };
