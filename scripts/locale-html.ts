// What the standalone locale modules (vite.locales.config.ts) get for `import { html } from 'lit'`:
// a translated message with markup is a template result, `{_$litType$: 1, strings, values}`,
// which the page's Lit renders like its own, so each locale file need not carry a copy of Lit.
import type { TemplateResult } from 'lit';

/** Lit's `html` tag, without Lit. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> => ({ ['_$litType$']: 1, strings, values });
