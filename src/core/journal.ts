import type { RunDataStore } from "./run-data.js";
import type { ExecutionErrorInfo } from "./sandbox.js";
import type { ScriptStore } from "./saved-script.js";

/**
 * The journal: what every execution did, kept by a {@link JournalStore} so that a paused
 * execution can be approved and resumed (by this process or another), and applied effects can be
 * rolled back. Records are plain JSON data; times are milliseconds since the epoch.
 */

/** Every status, in the order an execution may pass through them. */
export const EXECUTION_STATUSES = [
  "running",
  "paused",
  "completed",
  "failed",
  "rejected",
  "rolled_back",
] as const;

export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** Statuses an execution never leaves (but for `completed`/`failed` → `rolled_back`). */
export const FINISHED_STATUSES: readonly ExecutionStatus[] = [
  "completed",
  "failed",
  "rejected",
  "rolled_back",
];

/** A value the script drew that differs from run to run, replayed in order on resume. */
export interface Draw {
  kind: "now" | "random" | "uuid";
  value: number | string;
}

export interface ExecutionRecord {
  id: string;
  code: string;
  status: ExecutionStatus;
  createdAt: number;
  updatedAt: number;
  finishedAt?: number;
  /** Console output of the latest run. */
  logs: string[];
  /** The returned value (JSON data) once completed. */
  result?: unknown;
  error?: ExecutionErrorInfo;
  draws: Draw[];
  /** Calls made over every run (replayed ones are not counted again). */
  toolCalls: number;
  /** Time spent running, summed over runs. */
  durationMs: number;
  /** How many times the code has run (1, then one more per resume). */
  runs: number;
  /** Who started it: a library user, the CLI, the MCP gateway (free text). */
  origin?: string;
  /** The application's validators the code passed when it started: a resume needs every one. */
  validators?: string[];
  /**
   * The process running it while `running` (an id per runtime instance). `updatedAt` is renewed
   * while it runs, so an execution whose owner stopped can be told apart and recovered.
   */
  owner?: string;
}

/**
 * The state of one call in the journal:
 * - `started`: its intent is recorded and it is being made; after a crash, its outcome is unknown;
 * - `applied` / `failed`: made, with its result or error;
 * - `awaiting_approval`: held at an approval gate; `approved` once a person said yes (made next run);
 * - `rejected`: a person said no; the script saw `ApprovalRejectedError`;
 * - `unknown`: it was being made when its process stopped: never re-made silently;
 * - `compensated` / `compensation_failed`: rolled back, or the attempt failed.
 */
export const CALL_STATES = [
  "started",
  "applied",
  "failed",
  "awaiting_approval",
  "approved",
  "rejected",
  "unknown",
  "compensated",
  "compensation_failed",
] as const;

export type CallState = (typeof CALL_STATES)[number];

export interface CallRecord {
  executionId: string;
  /** Order in which calls were first journaled within the execution, from 0. */
  seq: number;
  namespace: string;
  name: string;
  /** The arguments as canonical JSON text (sorted keys): part of the call's identity. */
  args: string;
  /** How many earlier calls of this execution had the same namespace, name and arguments. */
  occurrence: number;
  state: CallState;
  /** The result as JSON text, once applied (absent for `undefined`). */
  result?: string;
  error?: ExecutionErrorInfo;
  startedAt: number;
  finishedAt?: number;
  /** The outcome of its compensation, once rolled back. */
  compensation?: { at: number; detail: string };
}

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "expired"] as const;

export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface ApprovalRecord {
  id: string;
  executionId: string;
  /** The held call's `seq`. */
  callSeq: number;
  /** `namespace.name` of the held call. */
  path: string;
  /** The held call's arguments as JSON data. */
  args: unknown;
  /** One line a person can decide on. */
  summary: string;
  /** Why the policy held it. */
  reason: string;
  status: ApprovalStatus;
  createdAt: number;
  /** When it expires to `rejected` if nobody decides. */
  expiresAt?: number;
  decidedAt?: number;
  decidedBy?: string;
  /** The reason a person gave with the decision. */
  note?: string;
}

export interface ExecutionQuery {
  status?: ExecutionStatus | readonly ExecutionStatus[];
  /** Matches the code or the id (case-insensitive substring). */
  text?: string;
  /** Newest first; at most this many (100 by default). */
  limit?: number;
  offset?: number;
}

/** Something changed in the journal: stores that span processes relay these between them. */
export type JournalEvent =
  | { type: "execution"; executionId: string; status: ExecutionStatus }
  | { type: "approval"; approvalId: string; executionId: string; status: ApprovalStatus };

export interface RetentionPolicy {
  /** Keep at most this many finished executions (newest kept). */
  keepFinished?: number;
  /** Delete finished executions older than this. */
  maxAgeMs?: number;
}

/**
 * Where the journal lives: an embedded database in a folder by default, or PostgreSQL. Every
 * implementation passes the same contract suite (`codemode/testing`). Writes that change state
 * are compare-and-set, so several processes sharing one store decide each transition once.
 */
export interface JournalStore extends ScriptStore, RunDataStore {
  /** A short description for messages ("embedded store at .codemode", "PostgreSQL at host/db"). */
  readonly description: string;
  /**
   * Only this process uses the store (the embedded one holds a lock): executions found `running`
   * when it opens were interrupted. A shared store tells them apart by their stale `updatedAt`.
   */
  readonly exclusive: boolean;
  /**
   * The journal outlives this process (a file, a server). An in-memory one does not: writing a
   * call's intent before making it protects nothing there, so runs skip it.
   */
  readonly durable: boolean;

  createExecution(record: ExecutionRecord): Promise<void>;
  getExecution(id: string): Promise<ExecutionRecord | undefined>;
  /**
   * Writes the given fields (a field given as `undefined` is cleared); when `expected` is given,
   * only if the status is one of them. Also sets nothing else: callers pass `updatedAt`.
   * Returns whether the row was written.
   */
  updateExecution(
    id: string,
    fields: Partial<Omit<ExecutionRecord, "id" | "createdAt">>,
    expected?: readonly ExecutionStatus[],
  ): Promise<boolean>;
  listExecutions(query?: ExecutionQuery): Promise<ExecutionRecord[]>;

  /** Inserts the call, or replaces the one with the same execution and `seq`. */
  putCall(call: CallRecord): Promise<void>;
  listCalls(executionId: string): Promise<CallRecord[]>;
  /**
   * Recovers executions whose process stopped while running them: every execution `running` with
   * `updatedAt` before `staleBefore` (and, when `owner` is given, every one of that owner) becomes
   * `failed` with the given error, and its `started` calls become `unknown`, in one transaction.
   * Returns the ids recovered.
   */
  recoverInterrupted(options: {
    staleBefore: number;
    owner?: string;
    error: ExecutionErrorInfo;
    now: number;
  }): Promise<string[]>;

  createApproval(approval: ApprovalRecord): Promise<void>;
  getApproval(id: string): Promise<ApprovalRecord | undefined>;
  listApprovals(query?: {
    status?: ApprovalStatus;
    executionId?: string;
  }): Promise<ApprovalRecord[]>;
  /**
   * Decides a pending approval: written only if it is still pending, so of two deciders exactly
   * one wins. Returns the decided record, or undefined when it was not pending.
   */
  decideApproval(
    id: string,
    decision: Pick<ApprovalRecord, "status" | "decidedAt"> &
      Partial<Pick<ApprovalRecord, "decidedBy" | "note">>,
  ): Promise<ApprovalRecord | undefined>;

  /** Deletes finished executions (with their calls and approvals) beyond the policy; returns how many. */
  prune(policy: RetentionPolicy, now: number): Promise<number>;

  /** Receives changes made by this process and, where the store can tell, by others. */
  subscribe(listener: (event: JournalEvent) => void): () => void;
  /** Tells subscribers (here and in other processes) about a change. */
  publish(event: JournalEvent): Promise<void>;
  /** Resolves once changes made by other processes reach subscribers (a LISTEN is in place). */
  listening(): Promise<void>;

  close(): Promise<void>;
}
