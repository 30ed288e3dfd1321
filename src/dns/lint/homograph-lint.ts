// The look-alike names rule: owners and host-name targets whose Unicode form could pass for
// another name (see displayName in homograph.ts).
import { displayName } from './homograph.js';
import { targetOf } from './targets.js';
import { shownName } from './tags.js';
import { finding, type Finding, type LintContext, type LintRecord } from './types.js';

/** Names (owners and host-name targets) that could pass for another name. */
export function lintHomographs(records: readonly LintRecord[], context: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const record of records) {
    const target = targetOf(record);
    // An owner name sits under the zone's top-level domain; a target is a full name with its own.
    const names: [string, string | undefined][] = [[record.name, context.zone]];
    if (target !== undefined) names.push([target, undefined]);
    for (const [name, zone] of names) {
      const shown = displayName(name, zone);
      if (!shown.showPunycode) continue;
      const looks = shown.lookalike ? ` and looks like “${shown.lookalike}”` : '';
      const why = shown.reason === 'mixed-script' ? 'mixes letters from different alphabets' : 'is written in letters of another alphabet';
      out.push(
        finding('homograph-name', [record.id], `“${shown.unicode}” (${name}) ${why}${looks}; it may not be the name it seems.`, {
          fix: 'Check the name was typed on purpose; retype it with a plain keyboard if not.',
          params: {
            name: shownName(name),
            unicode: shown.unicode,
            ascii: name,
            reason: shown.reason ?? '',
            ...(shown.lookalike ? { lookalike: shown.lookalike } : {}),
          },
        }),
      );
    }
  }
  return out;
}
