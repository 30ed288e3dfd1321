// The baseline: the plain Lit table anyone would write first. It fetches the domain, parses
// the answer, and renders every row of the filtered, sorted list (no paging, no
// virtualization, no caches), with the same filter box, sort buttons and row actions.
import { LitElement, css, html, type TemplateResult } from 'lit';

interface Row {
  id: string;
  type: string;
  name: string;
  value: string;
  ttl: number;
}

/** `<naive-records domain-id="…">`: every record as a table row. */
export class NaiveRecords extends LitElement {
  static override properties = {
    domainId: { attribute: 'domain-id' },
    records: { state: true },
    filter: { state: true },
    sort: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font: 14px system-ui;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    td,
    th {
      padding: 4px 8px;
      border-bottom: 1px solid #ddd;
      text-align: start;
    }
  `;

  /** The domain to show. */
  domainId = '';
  /** The records, once loaded. */
  records: Row[] = [];
  /** The filter as typed. */
  filter = '';
  /** Column and direction. */
  sort: { key: 'name' | 'type'; descending: boolean } = { key: 'name', descending: false };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const response = await fetch(`/pocketdns/api/v1/domains/${this.domainId}`);
    const body = (await response.json()) as { dns_records: Row[] };
    this.records = body.dns_records;
  }

  private rows(): Row[] {
    const needle = this.filter.trim().toLowerCase();
    const rows = this.records.filter((r) => `${r.type} ${r.name} ${r.value}`.toLowerCase().includes(needle));
    const { key, descending } = this.sort;
    const other = key === 'name' ? 'type' : 'name';
    const cmp = (x: string, y: string): number => (x === y ? 0 : x < y ? -1 : 1);
    return rows.sort((a, b) => (descending ? -1 : 1) * (cmp(a[key], b[key]) || cmp(a[other], b[other])));
  }

  private toggle(key: 'name' | 'type'): void {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : false };
  }

  override render(): TemplateResult {
    const rows = this.rows();
    return html`<input
        id="filter"
        type="search"
        aria-label="Filter"
        .value=${this.filter}
        @input=${(e: Event) => {
          this.filter = (e.target as HTMLInputElement).value;
        }}
      />
      <span>${rows.length} of ${this.records.length}</span>
      <table>
        <thead>
          <tr>
            <th><button type="button" @click=${() => {
              this.toggle('type');
            }}>Type</button></th>
            <th><button type="button" @click=${() => {
              this.toggle('name');
            }}>Name</button></th>
            <th>Value</th>
            <th>TTL</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr part="row">
                <td>${r.type}</td>
                <td><span class="name">${r.name}</span></td>
                <td>${r.value}</td>
                <td>${r.ttl}</td>
                <td>
                  <button type="button" @click=${() => navigator.clipboard.writeText(r.value)}>Copy</button>
                  <button type="button" @click=${() => {
                    console.log('edit', r.id);
                  }}>Edit</button>
                  <button type="button" @click=${() => {
                    console.log('delete', r.id);
                  }}>Delete</button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}
customElements.define('naive-records', NaiveRecords);
