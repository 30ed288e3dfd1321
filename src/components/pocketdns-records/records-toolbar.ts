// The toolbar above the records: the heading, the filter, the count, Add record, and the
// buttons features add (Set up a service, import and export, problems).
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** What the toolbar shows and what it calls. */
export interface ToolbarView {
  /** "DNS records of example.com". */
  heading: string;
  /** Whether the domain is loaded and has records to filter. */
  hasRecords: boolean;
  /** The filter as typed. */
  filter: string;
  /** "18 records" or "3 of 18". */
  count: string;
  /** Whether the customer may add records. */
  canEdit: boolean;
  /** Buttons of other features, shown before Add record. */
  tools?: TemplateResult | typeof nothing;
  /** The customer typed in the filter. */
  onFilter: (filter: string) => void;
  /** The customer pressed Add record. */
  onAdd: (event: Event) => void;
}

/** The toolbar. */
export function renderToolbar(view: ToolbarView): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <h2>${view.heading}</h2>
    ${
      view.hasRecords
        ? html`<div class="tools">
          <div class="filter">
            <label for="filter">${msg('Filter records', { id: 'records.filter' })}</label>
            <input
              id="filter"
              part="filter"
              type="search"
              autocomplete="off"
              .value=${live(view.filter)}
              @input=${(e: Event) => {
                view.onFilter((e.target as HTMLInputElement).value);
              }}
            />
          </div>
          <span class="count" role="status">${view.count}</span>
          ${view.tools ?? nothing}
          ${view.canEdit ? html`<button type="button" class="primary" part="add-button" @click=${view.onAdd}>${msg('Add record', { id: 'records.add' })}</button>` : nothing}
        </div>`
        : nothing
    }
  </div>`;
}
