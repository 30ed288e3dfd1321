import type { SessionSource } from '../../src/api/index.js';

/**
 * A session source for tests: hands out `token-1`, then `token-2` after each refresh, and
 * counts the calls so tests can assert on them.
 */
export class CountingSession implements SessionSource {
  /** How many times a token was asked for. */
  gets = 0;
  /** The tokens passed to refreshToken, in order. */
  readonly refreshed: string[] = [];
  private generation = 1;

  /** Gives the current token. */
  getToken(): Promise<string> {
    this.gets += 1;
    return Promise.resolve(`token-${this.generation}`);
  }

  /** Moves to the next token. */
  refreshToken(rejected: string): Promise<string> {
    this.refreshed.push(rejected);
    if (rejected === `token-${this.generation}`) this.generation += 1;
    return Promise.resolve(`token-${this.generation}`);
  }
}
