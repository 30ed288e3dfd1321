import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { watchPropagation, type PropagationRecord, type PropagationResult, type WatchUpdate } from '../../src/health/propagation.js';
import { answer, CLOUDFLARE, GOOGLE, nxdomain, TYPES, useDohServer } from '../helpers/doh.js';

const { server, requests, resolver } = useDohServer();
const zone = 'example.com';
const www: PropagationRecord = { type: 'A', name: 'www', value: '192.0.2.10', ttl: 300 };

/** A clock that jumps ahead by each scheduled delay instead of sleeping. */
function fakeTime() {
  let now = 0;
  const delays: number[] = [];
  let cancelled = 0;
  return {
    now: () => now,
    delays,
    cancelled: () => cancelled,
    schedule: (callback: () => void, delayMs: number) => {
      delays.push(delayMs);
      let active = true;
      setImmediate(() => {
        if (!active) return;
        now += delayMs;
        callback();
      });
      return () => {
        if (active) cancelled += 1;
        active = false;
      };
    },
  };
}

describe('watchPropagation', () => {
  it('rechecks with doubling delays until live, then stops', async () => {
    let calls = 0;
    server.use(resolver(CLOUDFLARE, (q) => ((calls += 1) < 4 ? nxdomain()(q) : answer(TYPES.A, 300, '192.0.2.10')(q))));
    const time = fakeTime();
    const updates: [PropagationResult['state'], WatchUpdate][] = [];
    const outcome = await watchPropagation(www, {
      zone,
      resolvers: [CLOUDFLARE],
      signal: new AbortController().signal,
      now: time.now,
      schedule: time.schedule,
      onUpdate: (result, update) => updates.push([result.state, update]),
    });
    assert.equal(outcome.reason, 'live');
    assert.deepEqual(time.delays, [5000, 10000, 20000]);
    assert.deepEqual(updates, [
      ['not-visible', { attempt: 1, done: false, nextCheckInMs: 5000 }],
      ['not-visible', { attempt: 2, done: false, nextCheckInMs: 10000 }],
      ['not-visible', { attempt: 3, done: false, nextCheckInMs: 20000 }],
      ['live', { attempt: 4, done: true }],
    ]);
  });

  it('keeps checking while a resolver serves a stale cached answer, until its TTL runs out and it is live', async () => {
    const time = fakeTime();
    const staleFor = 130_000;
    server.use(
      resolver(CLOUDFLARE, answer(TYPES.A, 300, '192.0.2.10')),
      resolver(GOOGLE, (q) => {
        const left = Math.ceil((staleFor - time.now()) / 1000);
        return left > 0 ? answer(TYPES.A, left, '192.0.2.99')(q) : answer(TYPES.A, 300, '192.0.2.10')(q);
      }),
    );
    const states: string[] = [];
    // A short TTL with no margin: only the stale answer's own TTL keeps the watch going.
    const outcome = await watchPropagation(
      { ...www, ttl: 60 },
      {
        zone,
        marginSeconds: 0,
        signal: new AbortController().signal,
        now: time.now,
        schedule: time.schedule,
        onUpdate: (r) => states.push(r.state),
      },
    );
    assert.equal(outcome.reason, 'live');
    assert.ok(time.now() >= staleFor, `stopped at ${time.now()}`);
    assert.deepEqual(states.slice(0, -1), Array<string>(states.length - 1).fill('updating'));
    assert.deepEqual(time.delays, [5000, 10000, 20000, 40000, 55000]);
  });

  it('gives up when the TTL plus the margin has passed', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const time = fakeTime();
    const updates: WatchUpdate[] = [];
    const outcome = await watchPropagation(
      { ...www, ttl: 60 },
      {
        zone,
        resolvers: [CLOUDFLARE],
        marginSeconds: 60,
        signal: new AbortController().signal,
        now: time.now,
        schedule: time.schedule,
        onUpdate: (_, u) => updates.push(u),
      },
    );
    assert.equal(outcome.reason, 'expired');
    assert.equal(outcome.result?.state, 'not-visible');
    // 5 + 10 + 20 + 40 s, then only the 45 s left until 120 s.
    assert.deepEqual(time.delays, [5000, 10000, 20000, 40000, 45000]);
    assert.equal(time.now(), 120_000);
    assert.deepEqual(updates.at(-1), { attempt: 6, done: true });
  });

  it('caps the delay at maxDelayMs', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const time = fakeTime();
    await watchPropagation(
      { ...www, ttl: 3600 },
      {
        zone,
        resolvers: [CLOUDFLARE],
        maxDelayMs: 30_000,
        marginSeconds: 0,
        signal: new AbortController().signal,
        now: time.now,
        schedule: time.schedule,
        onUpdate: () => undefined,
      },
    );
    assert.equal(Math.max(...time.delays), 30_000);
    assert.deepEqual(time.delays.slice(0, 4), [5000, 10000, 20000, 30000]);
  });

  it('stops on abort while waiting: the timer is cancelled and no further check or update happens', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const time = fakeTime();
    const controller = new AbortController();
    let updates = 0;
    const outcome = await watchPropagation(www, {
      zone,
      resolvers: [CLOUDFLARE],
      signal: controller.signal,
      now: time.now,
      schedule: time.schedule,
      onUpdate: () => {
        updates += 1;
        // Aborts once the watch is waiting for its timer, as an element leaving the page would.
        queueMicrotask(() => {
          controller.abort();
        });
      },
    });
    assert.equal(outcome.reason, 'aborted');
    assert.equal(updates, 1);
    assert.equal(requests.length, 1);
    assert.deepEqual(time.delays, [5000]);
    assert.equal(time.cancelled(), 1);
  });

  it('stops on abort during a check, without an update', async () => {
    const controller = new AbortController();
    server.use(
      resolver(CLOUDFLARE, () => {
        controller.abort();
        return { Status: 3 };
      }),
    );
    let updates = 0;
    const outcome = await watchPropagation(www, {
      zone,
      resolvers: [CLOUDFLARE],
      signal: controller.signal,
      onUpdate: () => (updates += 1),
    });
    assert.deepEqual([outcome.reason, outcome.result, updates], ['aborted', undefined, 0]);
  });

  it('waits with real timers by default', async () => {
    server.use(resolver(CLOUDFLARE, nxdomain()));
    const started = Date.now();
    const outcome = await watchPropagation(
      { ...www, ttl: 0 },
      {
        zone,
        resolvers: [CLOUDFLARE],
        initialDelayMs: 10,
        marginSeconds: 0.05,
        signal: new AbortController().signal,
        onUpdate: () => undefined,
      },
    );
    assert.equal(outcome.reason, 'expired');
    assert.ok(requests.length >= 2 && Date.now() - started >= 50);
  });
});
