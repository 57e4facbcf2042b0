import type { QuickJSHandle } from "quickjs-emscripten-core";

/** Live timers one run may hold: each is a host timer. */
const MAX_TIMERS = 1000;

/** The host timers behind a run's `setTimeout`: each holds its guest callback until it fires. */
export class GuestTimers {
  private readonly timers = new Map<number, { timeout: NodeJS.Timeout; callback: QuickJSHandle }>();
  private nextId = 1;

  get size(): number {
    return this.timers.size;
  }

  /**
   * Calls `fire` with a copy of `callback` after `ms`; `fire` then owns the copy. Refuses more
   * than {@link MAX_TIMERS} at once.
   */
  add(callback: QuickJSHandle, ms: number, fire: (callback: QuickJSHandle) => void): number {
    const id = this.nextId++;
    if (this.timers.size >= MAX_TIMERS) {
      throw new RangeError(
        `A run may hold at most ${MAX_TIMERS} timers at once: clear the ones it no longer needs.`,
      );
    }
    const held = callback.dup();
    const timeout = setTimeout(() => {
      this.timers.delete(id);
      fire(held);
    }, ms);
    this.timers.set(id, { timeout, callback: held });
    return id;
  }

  clear(id: number): void {
    const timer = this.timers.get(id);
    if (!timer) return;
    clearTimeout(timer.timeout);
    timer.callback.dispose();
    this.timers.delete(id);
  }

  /** Stops every timer; their callbacks stay held until {@link dispose}. */
  stop(): void {
    for (const { timeout } of this.timers.values()) clearTimeout(timeout);
  }

  /** Releases the callbacks of the timers that never fired. */
  dispose(): void {
    for (const { callback } of this.timers.values()) callback.dispose();
    this.timers.clear();
  }
}
