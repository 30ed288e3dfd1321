import type { RuleResult } from './types.js';

/** A passing rule result. */
export const pass = <T>(value: T): RuleResult<T> => ({ ok: true, value });

/** A failing rule result. */
export const fail = <T = never>(message: string): RuleResult<T> => ({ ok: false, message });
