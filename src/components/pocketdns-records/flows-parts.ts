// Adding, editing and deleting as the extras part gives them to the records element's
// ExtrasHook: the record form's dialog, the delete confirmation and Undo. Loaded after the first
// rows (or on the first Add, Edit or Delete), so the script every page loads does not carry them.
import { html, type ReactiveControllerHost } from 'lit';
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
  const changes = new RecordChanges(host, options.records);
  const editor = new EditorFlow(host, { ...options, changes });
  const deleting = new DeleteFlow(host, { ...options, changes });
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
    clear: () => {
      deleting.clear();
    },
    renderUndo: () => deleting.renderUndo(),
    renderDialogs: () => html`${editor.renderDialog()}${deleting.renderDialog()}`,
  };
}
