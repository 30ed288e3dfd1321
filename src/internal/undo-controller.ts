import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long Undo is offered after a change, in seconds (the messages say this number). */
export const UNDO_SECONDS = 10;

/**
 * Offers Undo for one thing at a time for {@link UNDO_SECONDS}: `offer()` starts the clock
 * (replacing any earlier offer), `take()` claims it for undoing, and it lapses on its own.
 */
export class UndoController<T> implements ReactiveController {
  private item: T | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param host re-rendered when the offer starts or ends
   * @param ms how long the offer lasts
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ms = UNDO_SECONDS * 1000,
  ) {
    host.addController(this);
  }

  /** What Undo would restore now, if anything. */
  get current(): T | undefined {
    return this.item;
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** An element that left the page offers nothing. */
  hostDisconnected(): void {
    this.clear();
  }

  /** Offers Undo for `item`. */
  offer(item: T): void {
    clearTimeout(this.timer);
    this.item = item;
    this.timer = setTimeout(() => {
      this.clear();
    }, this.ms);
    this.host.requestUpdate();
  }

  /** Ends the offer and gives what was on offer, to undo it. */
  take(): T | undefined {
    const item = this.item;
    this.clear();
    return item;
  }

  /** Ends the offer. */
  clear(): void {
    clearTimeout(this.timer);
    if (this.item === undefined) return;
    this.item = undefined;
    this.host.requestUpdate();
  }
}
