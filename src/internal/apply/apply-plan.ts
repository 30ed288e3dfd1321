import type { PocketDnsClient } from '../../api/client.js';
import type { DnsRecord } from '../../api/types.js';
import { describeRecord, describeStep, orderSteps, type ApplicablePlan, type ApplyStep, type NewRecord } from './steps.js';

/** The client calls the engine makes: `this.session.connection.client` fits. */
export type ApplyClient = Pick<PocketDnsClient, 'createRecord' | 'updateRecord' | 'deleteRecord'>;

/** Where an apply is, after each request. */
export interface ApplyProgress {
  /** Requests finished in this phase. */
  done: number;
  /** Requests of this phase. */
  total: number;
  /** The step that just finished. */
  step: ApplyStep;
  /** `apply` while the plan runs, `rollback` while a failed apply is being undone. */
  phase: 'apply' | 'rollback';
}

/** Options of {@link applyPlan}. */
export interface ApplyOptions {
  /** Called after each request. */
  onProgress?: (progress: ApplyProgress) => void;
  /**
   * How many requests may be in flight at once within one phase (default 1). Phases still run
   * one after another, so the order that keeps every step legal holds.
   */
  concurrency?: number;
  /**
   * Stops the apply before its next request and rolls back what was done. A request already
   * in flight is left to finish, so the engine knows what PocketDNS holds.
   */
  signal?: AbortSignal;
}

/** What an apply did: the records as PocketDNS now holds them. */
export interface ApplyResult {
  /** Records created. */
  added: DnsRecord[];
  /** Records deleted (as they were). */
  removed: DnsRecord[];
  /** Records rewritten in place: as they were, and as they are. */
  changed: { from: DnsRecord; to: DnsRecord }[];
}

/** A step the rollback could not reverse, with why. */
export interface RollbackFailure {
  /** The step whose reversal failed. */
  step: ApplyStep;
  /** The error of the reversing request. */
  error: unknown;
}

/**
 * An apply that failed (or was aborted). The message says what failed and what became of the
 * zone: put back as it was, or which records to check because putting them back failed too.
 */
export class ApplyError extends Error {
  /** The step that failed; `undefined` when the apply was aborted between steps. */
  readonly step: ApplyStep | undefined;
  /** The signal stopped the apply. */
  readonly aborted: boolean;
  /** Everything done before the failure was reversed: the zone is as it was. */
  readonly rolledBack: boolean;
  /** Reversals that failed; empty when `rolledBack`. */
  readonly rollbackFailures: RollbackFailure[];
  /** What is still applied after the rollback (only the steps whose reversal failed). */
  readonly remaining: ApplyResult;
  /** The records a person should look at, in words; empty when `rolledBack`. */
  readonly recordsToCheck: string[];
  /** How many steps done before the failure were reversed (so the UI can say it in another language). */
  readonly undoneCount: number;

  /**
   * @param init - What happened.
   */
  constructor(init: {
    step: ApplyStep | undefined;
    cause: unknown;
    aborted: boolean;
    undoneCount: number;
    rollbackFailures: RollbackFailure[];
    remaining: ApplyResult;
  }) {
    const recordsToCheck = init.rollbackFailures.map(({ step }) => checkOf(step));
    super(messageOf(init, recordsToCheck), { cause: init.cause });
    this.name = 'ApplyError';
    this.step = init.step;
    this.aborted = init.aborted;
    this.rollbackFailures = init.rollbackFailures;
    this.rolledBack = init.rollbackFailures.length === 0;
    this.remaining = init.remaining;
    this.recordsToCheck = recordsToCheck;
    this.undoneCount = init.undoneCount;
  }
}

/** The failure's message as a sentence: API messages may lack the final stop. */
const reasonOf = (error: unknown): string => {
  const text = (error instanceof Error ? error.message : String(error)).trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What to look at when a step could not be reversed. */
function checkOf(step: ApplyStep): string {
  switch (step.kind) {
    case 'add':
      return `${capitalize(describeRecord(step.record))} was added and is still there.`;
    case 'remove':
      return `${capitalize(describeRecord(step.record))} was removed and could not be put back.`;
    case 'change':
      return `${capitalize(describeRecord(step.from))} now holds ${step.to.value}.`;
  }
}

function messageOf(
  init: { step: ApplyStep | undefined; cause: unknown; aborted: boolean; undoneCount: number; rollbackFailures: RollbackFailure[] },
  checks: string[],
): string {
  const what = init.aborted
    ? 'The change was stopped.'
    : `${capitalize(init.step ? describeStep(init.step) : 'a change')} failed: ${reasonOf(init.cause)}`;
  if (checks.length > 0) {
    return `${what} Putting the records back as they were also failed, so check these records: ${checks.join(' ')}`;
  }
  if (init.undoneCount === 0) return `${what} Nothing was changed.`;
  const count = init.undoneCount === 1 ? 'The change made before it was' : `The ${init.undoneCount} changes made before it were`;
  return `${what} ${count} undone: your records are as they were.`;
}

const createBody = (domainId: string, record: NewRecord) => ({
  domain_id: domainId,
  type: record.type,
  name: record.name,
  value: record.value,
  ttl: record.ttl,
  ...(record.priority === null || record.priority === undefined ? {} : { priority: record.priority }),
});

const updateBody = (record: NewRecord) => ({
  name: record.name,
  value: record.value,
  ttl: record.ttl,
  ...(record.priority === null || record.priority === undefined ? {} : { priority: record.priority }),
});

/** A finished step and what PocketDNS answered. */
type Done =
  | { step: ApplyStep & { kind: 'add' }; created: DnsRecord }
  | { step: ApplyStep & { kind: 'remove' } }
  | { step: ApplyStep & { kind: 'change' }; updated: DnsRecord };

async function run(client: ApplyClient, domainId: string, step: ApplyStep): Promise<Done> {
  switch (step.kind) {
    case 'add':
      return { step, created: await client.createRecord(createBody(domainId, step.record)) };
    case 'remove':
      await client.deleteRecord(step.record.id);
      return { step };
    case 'change':
      return { step, updated: await client.updateRecord(step.from.id, updateBody(step.to)) };
  }
}

/** Reverses one finished step; rejects with the request's error when PocketDNS refuses. */
async function reverse(client: ApplyClient, domainId: string, done: Done): Promise<void> {
  switch (done.step.kind) {
    case 'add':
      if ('created' in done) await client.deleteRecord(done.created.id);
      return;
    case 'remove':
      await client.createRecord(createBody(domainId, done.step.record));
      return;
    case 'change':
      if ('updated' in done) await client.updateRecord(done.updated.id, updateBody(done.step.from));
      return;
  }
}

function resultOf(done: readonly Done[]): ApplyResult {
  const result: ApplyResult = { added: [], removed: [], changed: [] };
  for (const item of done) {
    if ('created' in item) result.added.push(item.created);
    else if ('updated' in item) result.changed.push({ from: item.step.from, to: item.updated });
    else result.removed.push(item.step.record);
  }
  return result;
}

/** Runs one phase with at most `limit` requests in flight; stops starting new ones after a failure or abort. */
async function runPhase(
  client: ApplyClient,
  domainId: string,
  steps: readonly ApplyStep[],
  limit: number,
  signal: AbortSignal | undefined,
  finished: (done: Done) => void,
): Promise<{ step: ApplyStep | undefined; error: unknown } | undefined> {
  let next = 0;
  let failure: { step: ApplyStep | undefined; error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < steps.length) {
      if (signal?.aborted) {
        failure = { step: undefined, error: signal.reason };
        return;
      }
      const step = steps[next++] as ApplyStep;
      try {
        finished(await run(client, domainId, step));
      } catch (error) {
        failure ??= { step, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, steps.length) }, worker));
  return failure;
}

/**
 * Applies a plan (`planTemplate`'s or `planZoneImport`'s) to a domain, one request at a time
 * by default, in the order {@link orderSteps} documents so that PocketDNS accepts every step.
 *
 * If a request fails, or `signal` aborts, what was done so far is reversed, newest first
 * (added records deleted, changed records given their old values, removed records created
 * again, with new ids), and the promise rejects with an {@link ApplyError} that says whether
 * the zone is back as it was or which records to check.
 */
export async function applyPlan(
  client: ApplyClient,
  domainId: string,
  plan: ApplicablePlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const phases = orderSteps(plan);
  const total = phases.reduce((sum, phase) => sum + phase.length, 0);
  const limit = Math.max(1, Math.floor(options.concurrency ?? 1));
  const done: Done[] = [];
  const finished = (item: Done): void => {
    done.push(item);
    options.onProgress?.({ done: done.length, total, step: item.step, phase: 'apply' });
  };
  for (const phase of phases) {
    const failure = await runPhase(client, domainId, phase, limit, options.signal, finished);
    if (failure) throw await rollBack(client, domainId, done, failure, options);
  }
  return resultOf(done);
}

/** Reverses `done` newest first, one request at a time (each reversal is then legal), and builds the error. */
async function rollBack(
  client: ApplyClient,
  domainId: string,
  done: readonly Done[],
  failure: { step: ApplyStep | undefined; error: unknown },
  options: ApplyOptions,
): Promise<ApplyError> {
  const failures: RollbackFailure[] = [];
  const stuck: Done[] = [];
  let count = 0;
  for (const item of [...done].reverse()) {
    try {
      await reverse(client, domainId, item);
    } catch (error) {
      failures.push({ step: item.step, error });
      stuck.push(item);
    }
    options.onProgress?.({ done: ++count, total: done.length, step: item.step, phase: 'rollback' });
  }
  return new ApplyError({
    step: failure.step,
    cause: failure.error,
    aborted: failure.step === undefined,
    undoneCount: done.length - failures.length,
    rollbackFailures: failures,
    remaining: resultOf(stuck),
  });
}
