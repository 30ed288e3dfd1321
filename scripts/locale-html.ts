// What the standalone locale modules (vite.locales.config.ts) get for `import { html } from 'lit'`
// and `import { str } from '@lit/localize'`: a translated message with markup is a template
// result, `{_$litType$: 1, strings, values}`, which the page's Lit renders like its own, and one
// with values is `{strTag: true, strings, values}`, so each locale file carries neither library.
import type { str as litStr } from '@lit/localize';
import type { TemplateResult } from 'lit';

/** Lit's `html` tag, without Lit. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> => ({ ['_$litType$']: 1, strings, values });

/** @lit/localize's `str` tag, without the rest of @lit/localize. */
export const str = (strings: TemplateStringsArray, ...values: unknown[]): ReturnType<typeof litStr> => ({ strTag: true, strings, values });
