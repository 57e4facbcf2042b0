import type { ExecutionStatus } from "./journal.js";
import type { ExecutionErrorInfo } from "./sandbox.js";

/** A run of an execution begins (its first run, or a resume). */
export interface RunStartEvent {
  executionId: string;
  /** 1 for the first run, one more per resume. */
  run: number;
  origin?: string;
}

export interface RunEndEvent {
  executionId: string;
  status: ExecutionStatus;
  durationMs: number;
  /** Calls this run made (replayed ones not counted). */
  toolCalls: number;
  error?: ExecutionErrorInfo;
}

/** A call of the catalog is about to be made (not replayed: made now). */
export interface CallStartEvent {
  executionId: string;
  namespace: string;
  name: string;
}

/**
 * How a call ended: `applied`/`failed` once made; `replayed` from the journal; `waiting` at an
 * approval gate; `refused` before it was made (blocked by the policy, invalid, outside its API).
 */
export type CallOutcome = "applied" | "failed" | "replayed" | "waiting" | "refused";

export interface CallEndEvent {
  executionId: string;
  namespace: string;
  name: string;
  outcome: CallOutcome;
  durationMs: number;
  error?: ExecutionErrorInfo;
}

/**
 * Watches a runtime's work, for metrics, logs and traces. Each start may return the function its
 * end is given to (a span to close); every method is optional, and one that throws is ignored.
 *
 * @example
 * const counting: RuntimeObserver = { callEnd: (event) => counts[event.outcome]++ };
 */
export interface RuntimeObserver {
  runStart?(event: RunStartEvent): ((end: RunEndEvent) => void) | undefined;
  runEnd?(event: RunEndEvent): void;
  callStart?(event: CallStartEvent): ((end: CallEndEvent) => void) | undefined;
  callEnd?(event: CallEndEvent): void;
}

/**
 * Several observers as one; a failing observer never disturbs the run. The list is read at each
 * event, so observers added to it later are told too.
 */
export function combineObservers(observers: readonly RuntimeObserver[]): Required<RuntimeObserver> {
  const quietly = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch {
      return undefined;
    }
  };
  /** Each observer's start, and a function that gives the end to what they returned and to `onEnd`. */
  const fanOut = <End>(
    start: (observer: RuntimeObserver) => ((end: End) => void) | undefined,
    onEnd: (observer: RuntimeObserver, end: End) => void,
  ): ((end: End) => void) | undefined => {
    // Observers may join later (`cm.observe`): with none, a run allocates nothing for them.
    if (observers.length === 0) return undefined;
    const ends = observers.map((observer) => quietly(() => start(observer)));
    return (end) => {
      for (const finish of ends) if (finish) quietly(() => finish(end));
      for (const observer of observers) quietly(() => onEnd(observer, end));
    };
  };
  return {
    runStart: (event) =>
      fanOut<RunEndEvent>(
        (observer) => observer.runStart?.(event),
        (observer, end) => observer.runEnd?.(end),
      ),
    runEnd() {},
    callStart: (event) =>
      fanOut<CallEndEvent>(
        (observer) => observer.callStart?.(event),
        (observer, end) => observer.callEnd?.(end),
      ),
    callEnd(event) {
      for (const observer of observers) quietly(() => observer.callEnd?.(event));
    },
  };
}
