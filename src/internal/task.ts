// The loading state of an element's data, the part of @lit/task the elements use (its API, so
// the code reads the same): run again when the arguments change, keep the last value while the
// next load is pending, cancel a superseded load, and render by state. A third of @lit/task's
// size in the script every page loads.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Returned by a task function: there is nothing to load (no session yet, no domain chosen). */
export const initialState = Symbol('initialState');

/** What a task is doing. */
export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

/** How a {@link Task} loads, and from what. */
export interface TaskConfig<A extends readonly unknown[], R> {
  /** Loads; `signal` aborts when a newer run supersedes this one. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<R | typeof initialState>;
  /** The arguments, read before every update of the host: a change (by `!==`) runs the task. */
  args: () => A;
  /** Called with each value, before the host updates. */
  onComplete?: (value: R) => void;
}

/** What {@link Task.render} shows in each state. */
export interface TaskRenderers<R, T> {
  initial?: () => T;
  pending?: () => T;
  complete?: (value: R) => T;
  error?: (error: unknown) => T;
}

/** Loads data for an element, again whenever its arguments change. */
export class Task<A extends readonly unknown[], R> implements ReactiveController {
  /** What the task is doing. */
  status: TaskStatus = 'initial';
  /** The latest value (kept while a new load is pending). */
  value: R | undefined;
  /** Why the latest load failed. */
  error: unknown;
  private last: A | undefined;
  private run_ = 0;
  private abort: AbortController | undefined;

  /**
   * @param host re-rendered when the state changes
   * @param config how to load and from what
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  /** Runs the task when its arguments changed since the last run. */
  hostUpdate(): void {
    const args = this.config.args();
    const last = this.last;
    if (!last || args.length !== last.length || args.some((arg, i) => arg !== last[i])) void this.run(args);
  }

  /** Runs the task now (Retry), with the current arguments unless given others. */
  async run(args: A = this.config.args()): Promise<void> {
    this.last = args;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const id = ++this.run_;
    this.status = 'pending';
    this.host.requestUpdate();
    let result: R | typeof initialState;
    try {
      result = await this.config.task(args, { signal: abort.signal });
    } catch (error) {
      if (id !== this.run_) return;
      this.status = 'error';
      this.error = error;
      this.host.requestUpdate();
      return;
    }
    if (id !== this.run_) return;
    if (result === initialState) this.status = 'initial';
    else {
      this.status = 'complete';
      this.value = result;
      this.config.onComplete?.(result);
    }
    this.host.requestUpdate();
  }

  /** Renders the current state with the matching renderer (nothing for a state without one). */
  render<T>(renderers: Required<TaskRenderers<R, T>>): T;
  render<T>(renderers: TaskRenderers<R, T>): T | undefined;
  render<T>(renderers: TaskRenderers<R, T>): T | undefined {
    switch (this.status) {
      case 'initial':
        return renderers.initial?.();
      case 'pending':
        return renderers.pending?.();
      case 'complete':
        return renderers.complete?.(this.value as R);
      case 'error':
        return renderers.error?.(this.error);
    }
  }
}
