import type { Draw } from "./journal.js";
import type { Limits } from "./limits.js";

/** Values a script draws that differ from run to run; the journal records them through this one hook. */
export interface Nondeterminism {
  now(): number;
  random(): number;
  randomUUID(): string;
  /**
   * For a sandbox that cannot wait for the host while a script runs (a page's Web Worker without
   * cross-origin isolation): the recorded values it must replay first, in order (one whose kind
   * differs from the draw's is skipped, as the host would), and where each value it drew itself
   * is recorded, in order. Absent: the sandbox calls the functions above.
   */
  detach?(): DetachedDraws;
}

/** See {@link Nondeterminism.detach}. */
export interface DetachedDraws {
  replay: readonly Draw[];
  record(draw: Draw): void;
}

/** An error as it leaves the sandbox: plain data, located in the model's script. */
export interface ExecutionErrorInfo {
  name: string;
  message: string;
  code?: string;
  line?: number;
  column?: number;
  stack?: string;
  details?: Record<string, unknown>;
  /** The saved script `line` is in (`scripts.NAME`), when the error is in one's code. */
  script?: string;
}

export type LogLevel = "log" | "info" | "warn" | "error" | "debug";

/**
 * What a sandbox may reach on the host: nothing but these functions. Values cross as JSON.
 * A function that throws a `LimitError` or a `RunPause` ends the run (see `hostEndingOf`); any
 * other error is raised in the script.
 */
export interface SandboxBridge {
  /** A call from the script to `namespace.name(args)`. */
  call(namespace: string, name: string, args: unknown): Promise<unknown>;
  /** One line of console output, already formatted. */
  log(level: LogLevel, text: string): void;
  nondeterminism: Nondeterminism;
  /**
   * Told when the script has nothing to run until a call settles (its job queue is empty and it
   * holds no timers). The journal uses it to tell a resumed run that diverged from one still busy.
   */
  idle?(): void;
}

export interface SandboxRunRequest {
  /** JavaScript: the body of an async function (top-level `await` and `return` allowed). */
  code: string;
  /** The globals to expose: namespace → function names. */
  globals: Readonly<Record<string, readonly string[]>>;
  /**
   * Functions that take positional arguments (`"ns.name" → parameter names`): they are packed
   * into one object before crossing. Every other function takes one input object.
   */
  positional?: Readonly<Record<string, readonly string[]>>;
  /**
   * Saved scripts the code may call: name → JavaScript body reading `input`. Each becomes
   * `scripts.NAME(input)`, run in this same context (file `scripts/NAME.ts` in stacks).
   */
  scripts?: Readonly<Record<string, string>>;
  /** The value of the global `input` (JSON data). */
  input?: unknown;
  bridge: SandboxBridge;
  limits: Limits;
  /** Aborts the run from outside: it ends as `limit`, with the reason as its error. */
  signal?: AbortSignal;
}

/**
 * How one run ended, as the sandbox reports it:
 * - `completed`: the script returned (its value as JSON text; absent when it returned nothing);
 * - `failed`: the script threw, or did not compile; the error is located in its lines;
 * - `limit`: a limit or the host stopped it (time, CPU, memory, a bridge function that threw a
 *   `LimitError`, the abort signal): the script could not catch it;
 * - `paused`: a bridge call rejected with a `RunPause` (an approval gate); nothing failed.
 *
 * A backend turns what a bridge function throws into an ending with `hostEndingOf`.
 */
export type RunEnding =
  | { status: "completed"; resultJson?: string }
  | { status: "failed"; error: ExecutionErrorInfo }
  | { status: "limit"; error: ExecutionErrorInfo }
  | { status: "paused" };

/**
 * Runs untrusted JavaScript in a fresh context per run. Implementations: a WASM QuickJS backend
 * (default, no native build). Every backend passes the same contract suite.
 */
export interface Sandbox {
  readonly name: string;
  run(request: SandboxRunRequest): Promise<RunEnding>;
  /** Prepares the engine ahead of the first run (optional: a backend that has nothing to prepare omits it). */
  warm?(memoryMb: number): Promise<void>;
  close(): Promise<void>;
}
