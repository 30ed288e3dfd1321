import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for an element: `announce()` what just happened and `render()` the
 * region once in the element's template. Screen readers read each announcement once.
 */
export class Announcer implements ReactiveController {
  private message = '';
  private frame = 0;

  /** @param host the element that renders the region */
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to do until something is announced. */
  hostConnected(): void {}

  /** Stops a pending announcement when the element leaves the page. */
  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  /** The latest announcement (for tests and for elements that also show it). */
  get current(): string {
    return this.message;
  }

  /** Says `message` in the live region. */
  announce(message: string): void {
    // The same text set twice would not be read again: clear it, then set it a frame later.
    this.message = '';
    this.host.requestUpdate();
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }

  /** The live region, to put once in the element's template. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
