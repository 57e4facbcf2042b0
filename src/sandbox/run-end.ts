import { SandboxTimeoutError } from "../core/errors.js";
import { abortEnding, type HostEnding } from "../core/run-ending.js";
import type { RunEnding, SandboxRunRequest } from "../core/sandbox.js";
import { limitEnding } from "./run-support.js";

/**
 * How one run ends, whatever the backend: its outcome, the wall clock and the abort signal. The
 * first limit or host ending recorded wins (`stopped`); the run ends once, and `release` frees
 * what the backend holds for it (its guest timers) before the outcome is told.
 */
export class RunEnd {
  /** The limit or host ending that stopped the run, when one did. */
  stopped: HostEnding | undefined;
  finished = false;
  readonly outcome: Promise<RunEnding>;
  private resolve!: (outcome: RunEnding) => void;
  private wallTimer: NodeJS.Timeout | undefined;
  private removeAbortListener: (() => void) | undefined;

  constructor(private readonly release: () => void) {
    this.outcome = new Promise<RunEnding>((resolve) => {
      this.resolve = resolve;
    });
  }

  /** Starts the wall clock and follows the abort signal; the run may have ended when it returns. */
  arm({ limits, signal }: SandboxRunRequest): void {
    this.wallTimer = setTimeout(
      () => this.stop(limitEnding(new SandboxTimeoutError(limits.timeoutMs))),
      limits.timeoutMs,
    );
    if (!signal) return;
    if (signal.aborted) {
      this.stop(abortEnding(signal.reason));
      return;
    }
    const listener = () => this.stop(abortEnding(signal.reason));
    signal.addEventListener("abort", listener, { once: true });
    this.removeAbortListener = () => signal.removeEventListener("abort", listener);
  }

  /** Ends the run now with what a limit or the host imposed (a limit recorded earlier wins). */
  stop(ending: HostEnding): void {
    if (this.finished) return;
    this.stopped ??= ending;
    this.end(this.stopped);
  }

  end(outcome: RunEnding): void {
    if (this.finished) return;
    this.finished = true;
    this.removeAbortListener?.();
    clearTimeout(this.wallTimer);
    this.release();
    this.resolve(outcome);
  }
}
