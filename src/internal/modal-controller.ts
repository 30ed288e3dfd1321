import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose shadow root holds a `<dialog>`. */
export interface ModalHost extends ReactiveControllerHost {
  /** Where the dialog is rendered. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * One modal `<dialog id>` of an element: `open()` shows it modally (focus trapped by the
 * browser) after the next render and focuses a control in it; closing it, by Escape or by
 * code, returns focus to the control that opened it unless told otherwise.
 */
export class ModalController implements ReactiveController {
  private opener: HTMLElement | undefined;
  private restoreFocus = true;
  /** The open() waiting for the next render: a close() (or a later open()) meanwhile cancels it. */
  private opening: object | undefined;

  /**
   * @param host the element
   * @param id the dialog's id
   * @param onClosed called after the dialog closed
   */
  constructor(
    private readonly host: ModalHost,
    private readonly id: string,
    private readonly onClosed?: () => void,
  ) {
    host.addController(this);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** The dialog element, once rendered. */
  get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog#${this.id}`);
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.dialog?.open === true;
  }

  /**
   * Opens the dialog after the host's next render.
   * @param opener what gets focus back on close (default: what has focus now, if in the host)
   * @param focus a selector (or a function finding the element) to focus inside the dialog
   */
  async open(opener?: HTMLElement | null, focus?: string | (() => HTMLElement | null | undefined)): Promise<void> {
    if (opener) this.opener = opener;
    this.restoreFocus = true;
    const request = (this.opening = {});
    await this.host.updateComplete;
    if (this.opening !== request) return;
    this.opening = undefined;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const target = typeof focus === 'function' ? focus() : focus ? dialog.querySelector<HTMLElement>(focus) : undefined;
    target?.focus();
  }

  /** Closes the dialog, or cancels its opening; `returnFocus: false` when the opener is about to disappear. */
  close(returnFocus = true): void {
    this.opening = undefined;
    this.restoreFocus = returnFocus;
    if (this.dialog?.open) this.dialog.close();
  }

  /** Focuses the control that opened the dialog. */
  focusOpener(): void {
    this.opener?.focus();
  }

  /** Bind to the dialog's `close` event: `@close=${modal.onClose}`. */
  readonly onClose = (): void => {
    if (this.restoreFocus) this.opener?.focus();
    this.restoreFocus = true;
    this.onClosed?.();
  };
}
