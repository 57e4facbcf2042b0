import { CodemodeError } from "./errors.js";
import type { ExecutionResult, Executions, RunOptions } from "./executions.js";
import { FINISHED_STATUSES, type JournalStore } from "./journal.js";
import { parseJson } from "./json.js";
import { cancelledError, LiveRuns } from "./live-runs.js";
import type { Tokenizer } from "./privacy/tokenizer.js";
import { isReferenceId } from "./result-refs.js";

/** How long a wait on an execution run by another process sleeps between looks at the store. */
const POLL_MS = 200;

export interface StartOptions extends Omit<RunOptions, "executionId" | "onLog"> {
  /** Return `running` after this long (0 or absent: wait for the outcome). */
  yieldAfterMs?: number;
  /** Each line of console output as it is written, tokenized as the model would see it. */
  onLog?: (line: string) => void;
}

/**
 * What callers of the runtime get back from runs: the model's view of each result (personal
 * data as tokens, emitted content attached), runs that yield after a while and are waited for
 * or cancelled later, here or from another process sharing the store.
 */
export class RunSurface {
  readonly live = new LiveRuns();
  #subscribed = false;

  constructor(
    private readonly options: {
      executions: Executions;
      store: JournalStore;
      tokenizer: Tokenizer;
      newId: () => string;
      now: () => number;
    },
  ) {}

  /** Starts a run; with `yieldAfterMs`, returns `running` if it is still going then. */
  async start(code: string, options: StartOptions = {}): Promise<ExecutionResult> {
    this.#listenForCancels();
    const { executions } = this.options;
    const executionId = this.options.newId();
    const { yieldAfterMs, onLog, signal, ...rest } = options;
    const done = this.live.start(
      executionId,
      (runSignal, record) =>
        executions.start(code, { ...rest, executionId, signal: runSignal, onLog: record }),
      signal,
    );
    const forward = onLog && this.#tokenizedLines(onLog);
    if (!yieldAfterMs) {
      const outcome = await this.live.within(executionId, Number.POSITIVE_INFINITY, forward);
      return this.present(outcome ?? (await done));
    }
    const outcome = await this.live.within(executionId, yieldAfterMs, forward);
    return this.present(outcome ?? this.live.running(executionId));
  }

  /**
   * The outcome of an execution, waiting up to `timeoutMs` while it runs (here, or in another
   * process sharing the store); `running` again if it still is.
   */
  async wait(
    executionId: string,
    options: { timeoutMs?: number; onLog?: (line: string) => void } = {},
  ): Promise<ExecutionResult> {
    const timeoutMs = options.timeoutMs ?? 0;
    if (this.live.has(executionId)) {
      const forward = options.onLog && this.#tokenizedLines(options.onLog);
      const outcome = await this.live.within(executionId, timeoutMs, forward);
      return this.present(outcome ?? this.live.running(executionId));
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await this.options.executions.result(executionId);
      if (current.status !== "running" || Date.now() >= deadline) return this.present(current);
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, deadline - Date.now())));
    }
  }

  /**
   * Ends a running execution (here, or in the process running it, told through the store) or a
   * paused one (its pending approvals rejected): it fails with code `cancelled`.
   */
  async cancel(executionId: string, options: { by?: string } = {}): Promise<ExecutionResult> {
    const { executions, store, now } = this.options;
    const error = cancelledError(options.by);
    const ownDone = this.live.done(executionId);
    if (ownDone && this.live.cancel(executionId, error)) return this.present(await ownDone);
    const current = await executions.result(executionId);
    if (FINISHED_STATUSES.includes(current.status))
      throw new CodemodeError(
        "execution_finished",
        `Execution ${executionId} is already ${current.status}: there is nothing to cancel.`,
        { details: { status: current.status } },
      );
    if (current.status === "paused")
      for (const approval of await store.listApprovals({ executionId, status: "pending" }))
        await store.decideApproval(approval.id, {
          status: "rejected",
          decidedAt: now(),
          decidedBy: options.by ?? "cancel",
          note: "The execution was cancelled.",
        });
    const at = now();
    const written = await store.updateExecution(
      executionId,
      {
        status: "failed",
        error: { name: error.name, code: "cancelled", message: error.message },
        finishedAt: at,
        updatedAt: at,
        owner: undefined,
      },
      [current.status],
    );
    if (written)
      await store.publish({ type: "execution", executionId, status: "failed" }).catch(() => {});
    return this.present(await executions.result(executionId));
  }

  /** The whole value kept as `ref`, personal data as tokens (undefined when there is none). */
  async reference(ref: string): Promise<unknown> {
    if (!isReferenceId(ref)) return undefined;
    const reference = await this.options.store.getReference(ref);
    if (!reference) return undefined;
    const value = parseJson(reference.value, `The value kept as ${ref}`);
    return this.options.tokenizer.active ? this.options.tokenizer.tokenize(value) : value;
  }

  /** What the model sees of a result: emitted content attached, personal data as tokens. */
  async present(result: ExecutionResult): Promise<ExecutionResult> {
    const { tokenizer, store } = this.options;
    const emitted =
      result.emitted ??
      (result.status === "running" ? [] : await store.listEmitted(result.executionId));
    const { emitted: _emitted, ...forModel } = result;
    const shown = tokenizer.active ? await tokenizer.tokenize(forModel) : forModel;
    return emitted.length > 0 ? { ...shown, emitted } : shown;
  }

  /** Lines passed on in order, each tokenized as the model would see it. */
  #tokenizedLines(onLog: (line: string) => void): (line: string) => void {
    let forwarded = Promise.resolve();
    return (line) => {
      forwarded = forwarded
        .then(() => this.options.tokenizer.tokenizeText(line))
        .then(onLog, () => undefined);
    };
  }

  /** Another process's cancel of a run of this one reaches it through the store's events. */
  #listenForCancels(): void {
    if (this.#subscribed) return;
    this.#subscribed = true;
    this.options.store.subscribe((event) => {
      if (event.type !== "execution" || event.status !== "failed") return;
      if (!this.live.has(event.executionId)) return;
      void this.options.executions.result(event.executionId).then(
        (current) => {
          if (current.error?.code === "cancelled")
            this.live.cancel(event.executionId, cancelledError());
        },
        () => undefined,
      );
    });
  }
}
