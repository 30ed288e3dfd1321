/**
 * `@pocketdns/widget/server/redis`: the handler's shared state on Redis, for partners who run
 * the handler on several instances. One store holds the per-user rate-limit counts, the
 * ownership cache (each customer's domains and the ids found not to be theirs) and session
 * revocations, so every instance sees the same limit, cache and sign-outs.
 *
 * It needs only a connected client with node-redis v5's `eval(script, {keys, arguments})`
 * (`redis` on npm, an optional peer dependency: bring your own, configured as you like). Every
 * operation is one Lua script, so a count and its expiry are set atomically in one round trip.
 * When Redis does not answer within `timeoutMs` the operation fails and the handler fails open
 * to its own memory (per-instance limits, colder caches) and reports it to `onError`.
 * No `node:*` import: it loads wherever the client does.
 * @packageDocumentation
 */
import type { RateLimitCount } from './rate-limit.js';
import type { HandlerStore } from './store.js';

/** The one command the store uses, as a `redis` v5 client (`createClient()`) offers it. */
export interface RedisStoreClient {
  /** Runs a Lua script with `keys` and `arguments`. */
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** Prefix of every key (default `pocketdns-widget:`), so the store can share a Redis. */
  prefix?: string;
  /** How long to wait for Redis before giving up on one operation, in ms (default 250). */
  timeoutMs?: number;
}

// INCR and, for a new window, PEXPIRE in one script: atomic, one round trip. A key left
// without an expiry (it cannot happen through this script, but a hand-edited key could) gets one.
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;
const GET = `return redis.call('GET', KEYS[1])`;
const SET = `redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]); return 1`;

/** A {@link HandlerStore} on Redis. */
export class RedisHandlerStore implements HandlerStore {
  private readonly prefix: string;
  private readonly timeoutMs: number;

  /** @param client a connected `redis` v5 client (or anything with its `eval`) */
  constructor(
    private readonly client: RedisStoreClient,
    options: RedisStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? 'pocketdns-widget:';
    this.timeoutMs = options.timeoutMs ?? 250;
    if (!(this.timeoutMs > 0)) throw new TypeError('createRedisStore: timeoutMs must be positive.');
  }

  /** Runs a script, or rejects after `timeoutMs` so a request never waits on a Redis that is gone. */
  private run(script: string, key: string, args: string[]): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Redis did not answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
    });
    const call = this.client.eval(script, { keys: [this.prefix + key], arguments: args });
    return Promise.race([call, late]).finally(() => {
      clearTimeout(timer);
    });
  }

  /** Counts one request for `key` in a fixed window of `windowMs`. */
  async increment(key: string, windowMs: number): Promise<RateLimitCount> {
    const reply = await this.run(INCREMENT, key, [String(Math.max(1, Math.ceil(windowMs)))]);
    if (!Array.isArray(reply) || reply.length !== 2) throw new Error('Redis answered the count script unexpectedly');
    const [count, ttl] = reply.map(Number) as [number, number];
    return { count, resetAt: Date.now() + ttl };
  }

  /** The value under `key`. */
  async get(key: string): Promise<string | undefined> {
    const reply = await this.run(GET, key, []);
    return typeof reply === 'string' ? reply : undefined;
  }

  /** Stores `value` for `ttlMs`. */
  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.run(SET, key, [value, String(Math.max(1, Math.ceil(ttlMs)))]);
  }
}

/**
 * The handler's store on Redis: pass it as `store` to `createPocketDnsHandler` on every
 * instance. Give the client `disableOfflineQueue: true` (so commands fail at once while
 * Redis is away, rather than queue) and an `error` listener (node-redis emits one per failed
 * reconnect, and an unhandled `error` event ends a Node process).
 * @example
 * const client = createClient({ url: process.env.REDIS_URL, disableOfflineQueue: true });
 * client.on('error', (error) => log.warn(error));
 * await client.connect();
 * const handler = createPocketDnsHandler({ ...options, store: createRedisStore(client) });
 */
export function createRedisStore(client: RedisStoreClient, options?: RedisStoreOptions): HandlerStore {
  return new RedisHandlerStore(client, options);
}
