// The hidden characters rule: TXT values with invisible or text-direction characters.
import { shownName } from './tags.js';
import { invisibleCharacters, revealInvisible } from './text.js';
import { finding, type Finding, type LintRecord } from './types.js';

/** TXT values that hide characters. */
export function lintText(records: readonly LintRecord[]): Finding[] {
  const out: Finding[] = [];
  for (const record of records) {
    if (record.type !== 'TXT') continue;
    const found = invisibleCharacters(record.value);
    if (found.length === 0) continue;
    out.push(
      finding(
        'invisible-characters',
        [record.id],
        `The TXT record at ${shownName(record.name)} contains invisible or text-direction characters (${found.join(', ')}); what you see is not what it says.`,
        {
          fix: 'Retype the value, or paste it again as plain text.',
          params: { name: record.name, characters: found.join(', '), shown: revealInvisible(record.value) },
        },
      ),
    );
  }
  return out;
}
