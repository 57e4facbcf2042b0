import type { Draw } from "../../core/journal.js";
import type { Limits } from "../../core/limits.js";
import type { HostEnding } from "../../core/run-ending.js";
import type { ExecutionErrorInfo, LogLevel, RunEnding } from "../../core/sandbox.js";

/**
 * What a bridge function threw, as it crosses between threads: an error raised in the script, or
 * the ending it imposes on the run (a limit, a pause).
 */
export type WireThrown = { error: ExecutionErrorInfo } | { ending: HostEnding };

export type HostToWorker =
  | {
      type: "run";
      code: string;
      globals: Record<string, readonly string[]>;
      positional: Record<string, readonly string[]>;
      scripts?: Record<string, string>;
      input?: unknown;
      limits: Limits;
      /** The synchronous channel for Date.now(), Math.random() and crypto.randomUUID(). */
      draws?: SharedArrayBuffer;
      /**
       * Without that channel (a page that is not cross-origin isolated): the recorded values to
       * replay first; the worker draws the others itself and reports each (`drew`).
       */
      replay?: readonly Draw[];
      /** Whether the host wants to hear when the script waits with nothing to run. */
      reportIdle: boolean;
    }
  | { type: "result"; callId: number; value?: string; thrown?: WireThrown }
  | { type: "abort"; thrown: WireThrown };

export type WorkerToHost =
  | { type: "ready" }
  | { type: "call"; callId: number; namespace: string; name: string; args: unknown }
  | { type: "log"; level: LogLevel; text: string }
  | { type: "draw"; kind: "now" | "random" | "uuid" }
  | { type: "drew"; draw: Draw }
  | { type: "idle" }
  | { type: "done"; ending: RunEnding };

/** Layout of the draws buffer: [state, length] as Int32, then the value as UTF-8. */
export const DRAW_HEADER_BYTES = 8;
export const DRAW_BUFFER_BYTES = 256;
export const DRAW_PENDING = 0;
export const DRAW_READY = 1;
