// Adding, editing and deleting as the extras part gives them to the records element's
// ExtrasHook: the record form's dialog, the delete confirmation and Undo. Loaded after the first
// rows (or on the first Add, Edit or Delete), so the script every page loads does not carry them.
import { msg, str } from '@lit/localize';
import { html, type ReactiveControllerHost } from 'lit';
import type { DnsRecord } from '../../api/types.js';
import type { NormalizedRecord } from '../../dns/types.js';
import { PocketDnsBeforeChangeEvent, type ChangeAction } from '../../events/before-change.js';
import { addStyles } from '../../internal/add-styles.js';
import type { ModalHost } from '../../internal/modal-controller.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { DeleteFlow } from './delete-flow.js';
import { EditorFlow } from './editor-flow.js';
import type { FlowOptions, FlowParts } from './extras-hook.js';
import { RecordChanges } from './record-changes.js';

/** The editor and delete flows for one element, behind the hook's small interface. */
export function createFlows(host: ReactiveControllerHost & ModalHost & EventTarget, options: FlowOptions): FlowParts {
  addStyles(host, dialogStyles);
  const changes = new RecordChanges(host, options.records, options);
  // The partner's cancelable before-change event; false when the partner stopped the change.
  const allowed = (action: ChangeAction, record: NormalizedRecord, previous?: DnsRecord): boolean =>
    host.dispatchEvent(
      new PocketDnsBeforeChangeEvent({ action, record: { ...record, id: previous?.id, domain_id: options.domainId() }, previous }),
    );
  const editor = new EditorFlow(host, { ...options, changes, allowed });
  const deleting = new DeleteFlow(host, { ...options, changes, allowed });
  return {
    add: (opener) => {
      editor.add(opener);
    },
    edit: (record, opener) => {
      editor.edit(record, opener);
    },
    ask: (record, opener) => {
      deleting.ask(record, opener);
    },
    copy: async (record) => {
      const { announcer, describe } = options;
      try {
        await navigator.clipboard.writeText(record.value);
        const described = describe(record);
        announcer.announce(msg(str`Copied the value of ${described}.`, { id: 'records.copied' }));
      } catch {
        announcer.announce(msg('Could not copy: your browser did not allow it.', { id: 'records.copyFailed' }));
      }
    },
    clear: () => {
      // Another domain: a form or confirmation about the last one closes, or does not open.
      editor.close();
      deleting.clear();
    },
    renderUndo: () => deleting.renderUndo(),
    renderDialogs: () => html`${editor.renderDialog()}${deleting.renderDialog()}`,
  };
}
