// A failed apply (connecting a service, importing a zone file) in the active locale. The apply
// engine (src/internal/apply) keeps its English message for logs; its ApplyError carries the
// failed step, the reversals that failed and how many steps were undone, from which this writes
// the sentence. The reason PocketDNS gave goes through the API error translations.
import { msg, str } from '@lit/localize';
import type { ApplyError } from '../../internal/apply/apply-plan.js';
import type { ApplyStep } from '../../internal/apply/steps.js';
import { errorText } from '../../internal/i18n-errors.js';

/** A record's name as the sentences show it: `@` says it is the domain itself. */
const shown = (name: string): string => (name === '@' ? msg('the domain itself (@)', { id: 'apply.apex' }) : name);

/** The reason as a sentence: API messages may lack the final stop. */
function reasonOf(cause: unknown): string {
  const text = errorText(cause).trim();
  return /[.!?…。]$/.test(text) ? text : `${text}.`;
}

/** "Adding the A record for www (192.0.2.1) failed: …". */
function failedText(step: ApplyStep, reason: string): string {
  switch (step.kind) {
    case 'add': {
      const { type, name, value } = step.record;
      return msg(str`Adding the ${type} record for ${shown(name)} (${value}) failed: ${reason}`, { id: 'apply.failed.add' });
    }
    case 'remove': {
      const { type, name, value } = step.record;
      return msg(str`Removing the ${type} record for ${shown(name)} (${value}) failed: ${reason}`, { id: 'apply.failed.remove' });
    }
    case 'change': {
      const { type, name, value } = step.from;
      return msg(str`Changing the ${type} record for ${shown(name)} (${value}) to ${step.to.value} failed: ${reason}`, {
        id: 'apply.failed.change',
      });
    }
  }
}

/** What to look at when a step could not be reversed. */
export function checkText(step: ApplyStep): string {
  switch (step.kind) {
    case 'add': {
      const { type, name, value } = step.record;
      return msg(str`The ${type} record for ${shown(name)} (${value}) was added and is still there.`, { id: 'apply.check.add' });
    }
    case 'remove': {
      const { type, name, value } = step.record;
      return msg(str`The ${type} record for ${shown(name)} (${value}) was removed and could not be put back.`, {
        id: 'apply.check.remove',
      });
    }
    case 'change': {
      const { type, name, value } = step.from;
      return msg(str`The ${type} record for ${shown(name)} (${value}) now holds ${step.to.value}.`, { id: 'apply.check.change' });
    }
  }
}

/** The whole failure, in the active locale: what failed, and what became of the records. */
export function applyErrorText(error: ApplyError): string {
  const what = error.aborted
    ? msg('The change was stopped.', { id: 'apply.stopped' })
    : error.step
      ? failedText(error.step, reasonOf(error.cause))
      : msg(str`A change failed: ${reasonOf(error.cause)}`, { id: 'apply.failed.other' });
  if (error.rollbackFailures.length > 0) {
    const checks = error.rollbackFailures.map(({ step }) => checkText(step)).join(' ');
    return msg(str`${what} Putting the records back as they were also failed, so check these records: ${checks}`, {
      id: 'apply.checkThese',
    });
  }
  if (error.undoneCount === 0) return msg(str`${what} Nothing was changed.`, { id: 'apply.nothingChanged' });
  return error.undoneCount === 1
    ? msg(str`${what} The change made before it was undone: your records are as they were.`, { id: 'apply.undoneOne' })
    : msg(str`${what} The ${error.undoneCount} changes made before it were undone: your records are as they were.`, {
        id: 'apply.undoneMany',
      });
}
