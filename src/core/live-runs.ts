import { LimitError } from "./errors.js";
import type { ExecutionResult } from "./executions.js";

interface LiveRun {
  done: Promise<ExecutionResult>;
  controller: AbortController;
  logs: string[];
  /** Told of each new line: whoever waits for the run now. */
  listeners: Set<(line: string) => void>;
  /** Calls under way, by a number per call. */
  calls: Map<number, string>;
  startedAt: number;
}

/** Why a cancelled run ended, as its error says. */
export function cancelledError(by?: string): LimitError {
  return new LimitError(
    "cancelled",
    "cancel",
    `The execution was cancelled${by ? ` by ${by}` : ""}. Calls it was making were asked to stop; check their outcome before running it again.`,
  );
}

/**
 * The runs under way in this process, so that a caller can stop waiting for one (`yieldAfterMs`)
 * and come back for it (`wait`), see its output so far and the calls it waits on, or cancel it.
 */
export class LiveRuns {
  readonly #runs = new Map<string, LiveRun>();
  #nextCall = 0;

  /** Starts tracking a run: `work` gets the signal that cancels it and where to write its lines. */
  start(
    executionId: string,
    work: (signal: AbortSignal, onLog: (line: string) => void) => Promise<ExecutionResult>,
    outer?: AbortSignal,
  ): Promise<ExecutionResult> {
    const controller = new AbortController();
    const stop = () => controller.abort(outer?.reason);
    if (outer?.aborted) stop();
    else outer?.addEventListener("abort", stop, { once: true });
    const run: LiveRun = {
      controller,
      logs: [],
      listeners: new Set(),
      calls: new Map(),
      startedAt: Date.now(),
      done: Promise.resolve(undefined as unknown as ExecutionResult),
    };
    const record = (line: string) => {
      run.logs.push(line);
      for (const listener of run.listeners) listener(line);
    };
    run.done = work(controller.signal, record).finally(() => {
      outer?.removeEventListener("abort", stop);
      this.#runs.delete(executionId);
    });
    this.#runs.set(executionId, run);
    return run.done;
  }

  has(executionId: string): boolean {
    return this.#runs.has(executionId);
  }

  /**
   * Its outcome once done, or undefined if it is still going after `timeoutMs`; `onLine` hears
   * the lines it prints meanwhile.
   */
  async within(
    executionId: string,
    timeoutMs: number,
    onLine?: (line: string) => void,
  ): Promise<ExecutionResult | undefined> {
    const run = this.#runs.get(executionId);
    if (!run) return undefined;
    if (onLine) run.listeners.add(onLine);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Without a finite timeout, wait for the outcome (setTimeout would take Infinity as 1 ms).
    const timeout = new Promise<undefined>((resolve) => {
      if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    try {
      return await Promise.race([run.done, timeout]);
    } finally {
      clearTimeout(timer);
      if (onLine) run.listeners.delete(onLine);
    }
  }

  /** The `running` answer: output so far and the calls it waits on. */
  running(executionId: string): ExecutionResult {
    const run = this.#runs.get(executionId);
    return {
      status: "running",
      executionId,
      logs: [...(run?.logs ?? [])],
      waitingOn: [...new Set(run?.calls.values() ?? [])],
      stats: {
        durationMs: run ? Date.now() - run.startedAt : 0,
        toolCalls: 0,
        runs: 1,
      },
    };
  }

  /** Ends a run of this process; false when it has none of that id. */
  cancel(executionId: string, reason: unknown): boolean {
    const run = this.#runs.get(executionId);
    if (!run) return false;
    run.controller.abort(reason);
    return true;
  }

  /** Ends every run of this process (the runtime closes) and waits for their outcomes to be written. */
  async cancelAll(reason: unknown): Promise<void> {
    const runs = [...this.#runs.values()];
    for (const run of runs) run.controller.abort(reason);
    await Promise.allSettled(runs.map((run) => run.done));
  }

  /** Notes a call starting in a run; returns what notes its end. */
  callStarted(executionId: string, path: string): () => void {
    const run = this.#runs.get(executionId);
    if (!run) return () => {};
    const id = this.#nextCall++;
    run.calls.set(id, path);
    return () => run.calls.delete(id);
  }

  /** Waits for the outcome of a run of this process. */
  done(executionId: string): Promise<ExecutionResult> | undefined {
    return this.#runs.get(executionId)?.done;
  }
}
