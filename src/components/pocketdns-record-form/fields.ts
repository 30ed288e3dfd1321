// The form's fields as templates: a label, the control, a hint and a message per field, and
// which fields each record type shows.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { TTL_PRESETS } from '../../dns/ttl.js';
import { RECORD_TYPES, TTL_MAX, TTL_MIN, type RecordType } from '../../dns/types.js';
import { ttlText } from '../../internal/i18n-words.js';
import type { DraftField, RecordDraft } from './draft.js';

/** What the field templates need from the form. */
export interface FieldsView {
  /** What the fields hold. */
  draft: RecordDraft;
  /** Adding or editing (the type is fixed when editing). */
  mode: 'create' | 'edit';
  /** The zone, as people read it. */
  shownZone: string;
  /** The full name being created, when the name is valid. */
  fullName: string | undefined;
  /** "12 of 4,096 characters." for TXT. */
  txtCount: string;
  /** The message to show under a field, if any. */
  message: (field: DraftField) => string | undefined;
  /** The customer typed into a field. */
  onInput: (field: DraftField, value: string) => void;
  /** The customer left a field. */
  onBlur: (field: DraftField) => void;
}

const PLACEHOLDERS: Record<RecordType, string> = {
  A: '192.0.2.1',
  AAAA: '2001:db8::1',
  CNAME: 'target.example.net',
  MX: 'mail.example.net',
  TXT: 'v=spf1 include:_spf.example.net ~all',
  SRV: '',
  NS: 'ns1.example.net',
};

/** What the value of each type is, as the hint under the field says. */
const VALUE_LABEL: Record<RecordType, () => string> = {
  A: () => msg('IPv4 address', { id: 'form.value.a' }),
  AAAA: () => msg('IPv6 address', { id: 'form.value.aaaa' }),
  CNAME: () => msg('Target host name', { id: 'form.value.cname' }),
  MX: () => msg('Mail server', { id: 'form.value.mx' }),
  TXT: () => msg('Text', { id: 'form.value.txt' }),
  SRV: () => msg('Target', { id: 'form.target' }),
  NS: () => msg('Name server', { id: 'form.value.ns' }),
};

type Control = (describedBy: string, invalid: boolean) => TemplateResult;
interface InputExtras {
  inputmode?: string;
  placeholder?: string;
  list?: string;
}

function field(view: FieldsView, name: DraftField, label: string, control: Control, hint?: TemplateResult | string): TemplateResult {
  const message = view.message(name);
  const describedBy = [hint ? `${name}-hint` : '', message ? `${name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${name}>${label}</label>
    ${control(describedBy, message !== undefined)} ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
    ${message ? html`<p class="field-error" id="${name}-error" part="error">${message}</p>` : nothing}
  </div>`;
}

function input(view: FieldsView, name: DraftField, extra: InputExtras = {}): Control {
  return (describedBy, invalid) => html`<input
    id=${name}
    name=${name}
    .value=${live(view.draft[name])}
    inputmode=${ifDefined(extra.inputmode)}
    placeholder=${ifDefined(extra.placeholder)}
    list=${ifDefined(extra.list)}
    autocomplete="off"
    spellcheck="false"
    aria-describedby=${describedBy || nothing}
    aria-invalid=${invalid ? 'true' : 'false'}
    @input=${(e: Event) => {
      view.onInput(name, (e.target as HTMLInputElement).value);
    }}
    @blur=${() => {
      view.onBlur(name);
    }}
  />`;
}

function typeField(view: FieldsView): TemplateResult {
  return field(
    view,
    'type',
    msg('Type', { id: 'form.type' }),
    (d, i) => html`<select
      id="type"
      name="type"
      ?disabled=${view.mode === 'edit'}
      aria-describedby=${d || nothing}
      aria-invalid=${i ? 'true' : 'false'}
      @change=${(e: Event) => {
        view.onInput('type', (e.target as HTMLSelectElement).value);
      }}
    >
      ${RECORD_TYPES.map((t) => html`<option value=${t} ?selected=${t === view.draft.type}>${t}</option>`)}
    </select>`,
    view.mode === 'edit'
      ? msg('The type of an existing record cannot be changed; delete it and add a new one.', { id: 'form.typeFixed' })
      : undefined,
  );
}

function nameField(view: FieldsView): TemplateResult {
  const { shownZone } = view;
  const placeholder = view.draft.type === 'SRV' ? '_sip._tcp' : 'www';
  return field(
    view,
    'name',
    msg('Name', { id: 'form.name' }),
    (d, i) =>
      html`<div class="with-suffix">
        ${input(view, 'name', { placeholder })(d, i)}<span class="suffix" aria-hidden="true">.${shownZone}</span>
      </div>`,
    view.fullName === shownZone
      ? msg(html`Creates a record for <strong>${shownZone}</strong> itself (@).`, { id: 'form.name.apex' })
      : view.fullName
        ? msg(html`Creates <strong>${view.fullName}</strong>. Use @ for ${shownZone} itself.`, { id: 'form.name.creates' })
        : msg(str`Use @ for ${shownZone} itself.`, { id: 'form.name.hint' }),
  );
}

function valueFields(view: FieldsView): TemplateResult {
  const { draft } = view;
  if (draft.type === 'SRV') {
    return html`<div class="fields-row">
        ${field(view, 'priority', msg('Priority', { id: 'form.priority' }), input(view, 'priority', { inputmode: 'numeric' }))}
        ${field(view, 'weight', msg('Weight', { id: 'form.weight' }), input(view, 'weight', { inputmode: 'numeric', placeholder: '5' }))}
        ${field(view, 'port', msg('Port', { id: 'form.port' }), input(view, 'port', { inputmode: 'numeric', placeholder: '5060' }))}
      </div>
      ${field(
        view,
        'target',
        msg('Target', { id: 'form.target' }),
        input(view, 'target', { placeholder: 'sip.example.net' }),
        msg('The host that offers the service, or . for none.', { id: 'form.target.hint' }),
      )}`;
  }
  if (draft.type === 'TXT') {
    return field(
      view,
      'value',
      msg('Value', { id: 'form.value' }),
      (d, i) => html`<textarea
        id="value"
        name="value"
        .value=${live(draft.value)}
        spellcheck="false"
        placeholder=${PLACEHOLDERS.TXT}
        aria-describedby=${d || nothing}
        aria-invalid=${i ? 'true' : 'false'}
        @input=${(e: Event) => {
          view.onInput('value', (e.target as HTMLTextAreaElement).value);
        }}
        @blur=${() => {
          view.onBlur('value');
        }}
      ></textarea>`,
      view.txtCount,
    );
  }
  return html`${field(view, 'value', msg('Value', { id: 'form.value' }), input(view, 'value', { placeholder: PLACEHOLDERS[draft.type] }), VALUE_LABEL[draft.type]())}
  ${
    draft.type === 'MX'
      ? field(
          view,
          'priority',
          msg('Priority', { id: 'form.priority' }),
          input(view, 'priority', { inputmode: 'numeric' }),
          msg('Lower numbers are tried first.', { id: 'form.priority.hint' }),
        )
      : nothing
  }`;
}

function ttlField(view: FieldsView): TemplateResult {
  const seconds = Number(view.draft.ttl);
  const hint =
    Number.isInteger(seconds) && seconds > 0
      ? msg(str`${ttlText(seconds)}. Lower is faster to change, higher is faster to load.`, { id: 'form.ttl.hint' })
      : msg(str`In seconds, from ${TTL_MIN} (1 minute) to ${TTL_MAX} (1 day).`, { id: 'form.ttl.range' });
  return html`${field(view, 'ttl', 'TTL', input(view, 'ttl', { inputmode: 'numeric', list: 'ttl-presets' }), hint)}
    <datalist id="ttl-presets">${TTL_PRESETS.map((s) => html`<option value=${s}>${ttlText(s)}</option>`)}</datalist>`;
}

/** Every field the draft's type needs, in form order. */
export function renderFields(view: FieldsView): TemplateResult {
  return html`${typeField(view)} ${nameField(view)} ${valueFields(view)} ${ttlField(view)}`;
}
