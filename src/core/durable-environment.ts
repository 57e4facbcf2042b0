import type { ApprovalPolicy } from "./approval-policy.js";
import type { JournalStore } from "./journal.js";
import type { Limits } from "./limits.js";
import type { RuntimeObserver } from "./observer.js";
import type { runScript, ScriptEnvironment } from "./run-script.js";
import type { ExecutionErrorInfo, Nondeterminism } from "./sandbox.js";
import type { SavedScripts } from "./saved-scripts-run.js";

export interface RunOptions {
  /** The global `input` of the run. */
  input?: unknown;
  /** Saves the code as a script once the run completes (see `SaveAs`). */
  saveAs?: unknown;
  limits?: Limits;
  onProgress?: Parameters<typeof runScript>[2]["onProgress"];
  /** Ends the run when aborted. */
  signal?: AbortSignal;
  /** Who starts it (shown in the journal). */
  origin?: string;
  /** The new execution's id (a fresh one when absent). */
  executionId?: string;
  /** Each line of console output as it is written. */
  onLog?: (line: string) => void;
  /** Whose `codemode.state` the run sees (kept for its resumes). */
  session?: string;
}

export interface DurableEnvironment extends ScriptEnvironment {
  store: JournalStore;
  policy: ApprovalPolicy;
  limits: Limits;
  nondeterminism: Nondeterminism;
  newId(): string;
  now(): number;
  /** This runtime's id, recorded as the owner of the executions it runs. */
  owner: string;
  /**
   * Whether the runtime that recorded itself as `owner` may still run (false: its process is
   * gone, so its running executions are interrupted now, without waiting for their heartbeat).
   */
  ownerAlive?(owner: string): boolean;
  /** How long an approval waits before it expires (absent: never). */
  approvalTtlMs?: number;
  errorInfo(error: unknown): ExecutionErrorInfo;
  /** Told of every run and call, for metrics, logs and traces. */
  observer?: Required<RuntimeObserver>;
  /** Saved scripts the code may call, and where `saveAs` saves to. */
  savedScripts?: SavedScripts;
  /** Replaces privacy tokens in calls' arguments by their values. */
  detokenize?: (args: unknown) => Promise<unknown>;
}
