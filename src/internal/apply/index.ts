/**
 * The apply engine: runs a plan of record changes (`planTemplate`, `planZoneImport`) against
 * PocketDNS in an order every step of which is legal, rolls back on failure, and undoes a
 * finished apply. No DOM and no Lit: elements and scripts share it.
 * @packageDocumentation
 */
export {
  applyPlan,
  ApplyError,
  type ApplyClient,
  type ApplyOptions,
  type ApplyProgress,
  type ApplyResult,
  type RollbackFailure,
} from './apply-plan.js';
export { undoApplied, inversePlan } from './undo-plan.js';
export { orderSteps, describeRecord, describeStep, type ApplicablePlan, type ApplyStep, type NewRecord } from './steps.js';
