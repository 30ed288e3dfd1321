import { applyPlan, type ApplyClient, type ApplyOptions, type ApplyResult } from './apply-plan.js';
import type { ApplicablePlan } from './steps.js';

/**
 * The plan that reverses a finished apply: delete what it added, create again what it
 * removed, give changed records their old values.
 */
export function inversePlan(result: ApplyResult): ApplicablePlan {
  return {
    add: result.removed,
    remove: result.added,
    change: result.changed.map(({ from, to }) => ({ from: to, to: from })),
  };
}

/**
 * Reverses a finished apply (the Undo button). It runs as an apply of the inverse plan, so the
 * order keeps every step legal (an added CNAME is deleted before the records it replaced come
 * back) and a failure halfway puts the zone back as the apply left it, with an `ApplyError`.
 * Resolves to what the undo did: `added` are the re-created records, with new ids.
 */
export function undoApplied(client: ApplyClient, domainId: string, result: ApplyResult, options: ApplyOptions = {}): Promise<ApplyResult> {
  return applyPlan(client, domainId, inversePlan(result), options);
}
