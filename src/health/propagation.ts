// "Is it live?": asks public DNS-over-HTTPS resolvers whether they see a record yet. Runs in
// browsers and Node (no DOM, no node:*); fetch and time are injectable for tests.
import { fullName, normalizeZone } from '../dns/names.js';
import { TTL_MAX, type RecordType } from '../dns/types.js';
import {
  canonicalAnswer,
  canonicalExpected,
  canonicalHost,
  RCODE_NOERROR,
  RCODE_NXDOMAIN,
  readDohMessage,
  TYPE_NUMBERS,
  type DohAnswer,
} from './doh.js';
import { DEFAULT_RESOLVERS, type DohResolver } from './resolvers.js';

export { DEFAULT_RESOLVERS, type DohResolver } from './resolvers.js';

/** The record to look for, in our shape (relative name, canonical value). */
export interface PropagationRecord {
  /** Record type. */
  type: RecordType;
  /** Relative name, `@` for the apex. */
  name: string;
  /** Canonical value; TXT as its joined text. */
  value: string;
  /** MX and SRV only. */
  priority?: number | null | undefined;
  /** Time to live in seconds: how long resolvers may keep an older answer. */
  ttl?: number | undefined;
}

/** What one resolver answered: the record (`match`), something else (`stale`), no such name, or no usable answer. */
export type ResolverStatus = 'match' | 'stale' | 'nxdomain' | 'error';

/** One resolver's answer. */
export interface ResolverResult {
  /** The resolver's name. */
  resolver: string;
  /** What it answered. */
  status: ResolverStatus;
  /** Seconds it may keep this answer cached: the answer's TTL, or the negative-caching TTL of a missing one. */
  ttl?: number;
}

/** Overall: every answering resolver sees it, some do, none does, or none answered. */
export type PropagationState = 'live' | 'updating' | 'not-visible' | 'unknown';

/** What {@link checkPropagation} found. */
export interface PropagationResult {
  /** `live` when every resolver that answered sees the change; `unknown` when none answered. */
  state: PropagationState;
  /** How many resolvers see the change. */
  seen: number;
  /** How many resolvers were asked (for "n of m"). */
  total: number;
  /** Each resolver's answer, in the order of the resolver list. */
  results: ResolverResult[];
}

/** Options of {@link checkPropagation}. */
export interface CheckOptions {
  /** The domain the record belongs to. */
  zone: string;
  /** Resolvers to ask (objects or bare URLs); {@link DEFAULT_RESOLVERS} by default. */
  resolvers?: readonly (DohResolver | string)[] | undefined;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch | undefined;
  /** Stops the requests; the promise then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** `absent` checks that a deleted record is gone; `present` (default) that the record is there. */
  expect?: 'present' | 'absent' | undefined;
  /** Gives up on one resolver after this many milliseconds (default 5000). */
  timeoutMs?: number | undefined;
}

const toResolver = (entry: DohResolver | string): DohResolver =>
  typeof entry === 'string' ? { name: new URL(entry).host, url: entry } : entry;

/** The longest TTL among some records, or undefined when there are none. */
const maxTtl = (records: readonly DohAnswer[]): number | undefined =>
  records.length === 0 ? undefined : Math.max(...records.map((r) => r.TTL));

/** Asks one resolver; network errors, bad statuses and malformed bodies give `error`. */
async function askResolver(resolver: DohResolver, record: PropagationRecord, fqdn: string, options: CheckOptions): Promise<ResolverResult> {
  const url = new URL(resolver.url);
  url.searchParams.set('name', fqdn);
  url.searchParams.set('type', record.type);
  const signals = [AbortSignal.timeout(options.timeoutMs ?? 5000), ...(options.signal ? [options.signal] : [])];
  const error: ResolverResult = { resolver: resolver.name, status: 'error' };
  let body: unknown;
  try {
    const response = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/dns-json' }, signal: AbortSignal.any(signals) });
    if (!response.ok) return error;
    body = await response.json();
  } catch (cause) {
    // The caller's own abort ends the whole check; anything else is this resolver's failure.
    if (options.signal?.aborted) throw cause;
    return error;
  }
  const message = readDohMessage(body);
  if (!message || (message.Status !== RCODE_NOERROR && message.Status !== RCODE_NXDOMAIN)) return error;
  const negativeTtl = maxTtl(message.Authority);
  const absent = options.expect === 'absent';
  const nx = (status: ResolverStatus): ResolverResult => ({
    resolver: resolver.name,
    status,
    ...(negativeTtl === undefined ? {} : { ttl: negativeTtl }),
  });
  if (message.Status === RCODE_NXDOMAIN) return nx(absent ? 'match' : 'nxdomain');
  const typeNumber = TYPE_NUMBERS[record.type];
  // Only records of the asked type at the asked name: not the CNAME chain a resolver may add.
  const answers = message.Answer.filter((a) => a.type === typeNumber && canonicalHost(a.name) === fqdn);
  const expected = canonicalExpected(record.type, record.value, record.priority);
  const matching = answers.filter((a) => canonicalAnswer(record.type, a.data) === expected);
  if (answers.length === 0) return nx(absent ? 'match' : 'stale');
  if (absent) {
    return matching.length > 0
      ? { resolver: resolver.name, status: 'stale', ttl: maxTtl(matching) ?? 0 }
      : { resolver: resolver.name, status: 'match' };
  }
  return matching.length > 0
    ? { resolver: resolver.name, status: 'match', ttl: maxTtl(matching) ?? 0 }
    : { resolver: resolver.name, status: 'stale', ttl: maxTtl(answers) ?? 0 };
}

/** The overall state from the resolvers' answers. */
function summarize(results: ResolverResult[]): PropagationResult {
  const seen = results.filter((r) => r.status === 'match').length;
  const answered = results.filter((r) => r.status !== 'error').length;
  const state: PropagationState = answered === 0 ? 'unknown' : seen === answered ? 'live' : seen > 0 ? 'updating' : 'not-visible';
  return { state, seen, total: results.length, results };
}

/**
 * Asks each resolver (in parallel) whether it sees `record`: values are compared in canonical
 * form (host names case-insensitive without the final dot, TXT joined from its strings, MX
 * and SRV with their priority). With `expect: 'absent'`, "seen" means "no longer there".
 * @throws the signal's reason when `signal` aborts.
 */
export async function checkPropagation(record: PropagationRecord, options: CheckOptions): Promise<PropagationResult> {
  const fqdn = fullName(record.name, normalizeZone(options.zone));
  const resolvers = (options.resolvers ?? DEFAULT_RESOLVERS).map(toResolver);
  const results = await Promise.all(resolvers.map((resolver) => askResolver(resolver, record, fqdn, options)));
  return summarize(results);
}

/** Extra facts given with each update of {@link watchPropagation}. */
export interface WatchUpdate {
  /** 1 for the first check. */
  attempt: number;
  /** True on the last update: the record is live, or the time is up. */
  done: boolean;
  /** When not done: milliseconds until the next check. */
  nextCheckInMs?: number;
}

/** Options of {@link watchPropagation}. */
export interface WatchOptions extends CheckOptions {
  /** Called after every check. */
  onUpdate: (result: PropagationResult, update: WatchUpdate) => void;
  /** Stops watching (the element aborts it when it leaves the page); no update follows. */
  signal: AbortSignal;
  /** The clock, in milliseconds; `Date.now` by default. */
  now?: (() => number) | undefined;
  /** Runs `callback` after `delayMs` and returns a function that cancels it; `setTimeout` by default. */
  schedule?: ((callback: () => void, delayMs: number) => () => void) | undefined;
  /** The first wait between checks, doubled each time (default 5000 ms). */
  initialDelayMs?: number | undefined;
  /** The longest wait between checks (default 60000 ms). */
  maxDelayMs?: number | undefined;
  /** Seconds added to the TTL before giving up (default 60). */
  marginSeconds?: number | undefined;
}

/** How a watch ended, with the last result (none when aborted before the first check ended). */
export interface WatchOutcome {
  /** `live`: every resolver sees it; `expired`: TTL plus margin passed first; `aborted`: the signal stopped it. */
  reason: 'live' | 'expired' | 'aborted';
  /** The last check's result. */
  result?: PropagationResult;
}

/** Seconds a record may stay cached when its TTL is not given. */
const DEFAULT_TTL = 300;

const defaultSchedule = (callback: () => void, delayMs: number): (() => void) => {
  const timer = setTimeout(callback, delayMs);
  return () => {
    clearTimeout(timer);
  };
};

/** Waits `delayMs` through `schedule`; false when the signal aborted first. */
function wait(delayMs: number, schedule: NonNullable<WatchOptions['schedule']>, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      cancel();
      resolve(false);
    };
    const cancel = schedule(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, delayMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Checks `record` now and again with backoff (5 s, 10 s, 20 s, … up to `maxDelayMs`) until
 * every answering resolver sees it, or until its TTL plus a margin has passed (longer when a
 * resolver reports a longer cached answer, up to a day), or until `signal` aborts.
 */
export async function watchPropagation(record: PropagationRecord, options: WatchOptions): Promise<WatchOutcome> {
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? defaultSchedule;
  const marginMs = (options.marginSeconds ?? 60) * 1000;
  const start = now();
  const latest = start + TTL_MAX * 1000 + marginMs;
  let deadline = start + (record.ttl ?? DEFAULT_TTL) * 1000 + marginMs;
  let delay = options.initialDelayMs ?? 5000;
  let result: PropagationResult | undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      result = await checkPropagation(record, options);
    } catch (cause) {
      if (options.signal.aborted) return { reason: 'aborted', ...(result ? { result } : {}) };
      throw cause;
    }
    if (options.signal.aborted) return { reason: 'aborted', result };
    const checkedAt = now();
    // A resolver still serving an older answer may keep it for that answer's TTL.
    const cached = result.results.filter((r) => r.status !== 'match' && r.ttl !== undefined).map((r) => r.ttl ?? 0);
    if (cached.length > 0) deadline = Math.min(latest, Math.max(deadline, checkedAt + Math.max(...cached) * 1000 + marginMs));
    const live = result.state === 'live';
    if (live || checkedAt >= deadline) {
      options.onUpdate(result, { attempt, done: true });
      return { reason: live ? 'live' : 'expired', result };
    }
    const next = Math.min(delay, deadline - checkedAt);
    options.onUpdate(result, { attempt, done: false, nextCheckInMs: next });
    if (!(await wait(next, schedule, options.signal))) return { reason: 'aborted', result };
    delay = Math.min(delay * 2, options.maxDelayMs ?? 60_000);
  }
}
