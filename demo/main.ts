import { RECORD_TYPES, validateRecord } from '../src/dns/index.js';

const form = document.querySelector<HTMLFormElement>('#record');
const output = document.querySelector<HTMLOutputElement>('#result');
const typeSelect = document.querySelector<HTMLSelectElement>('#type');
if (!form || !output || !typeSelect) throw new Error('demo markup is missing');

for (const type of RECORD_TYPES) typeSelect.append(new Option(type, type));

const field = (name: string): string => {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
};

/** Re-checks the record on every keystroke; output is set as text, never as HTML. */
function check(): void {
  let text: string;
  try {
    const result = validateRecord(
      { type: field('type'), name: field('name'), value: field('value'), ttl: field('ttl'), priority: field('priority') },
      { zone: field('zone') },
    );
    text = result.ok
      ? `Valid. Stored as:\n${JSON.stringify(result.record, null, 2)}`
      : result.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
  } catch (error) {
    text = error instanceof Error ? error.message : String(error);
  }
  if (output) output.textContent = text;
}

form.addEventListener('input', check);
check();
