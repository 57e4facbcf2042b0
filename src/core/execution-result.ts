import type { ApprovalRecord, ExecutionRecord, ExecutionStatus } from "./journal.js";
import { referencesOf } from "./result-refs.js";
import type { EmittedContent } from "./run-data.js";
import type { ExecutionErrorInfo } from "./sandbox.js";

/** A call waiting at an approval gate, as `execute` reports it. */
export interface PendingApproval {
  approvalId: string;
  path: string;
  args: unknown;
  /** One line a person can decide on. */
  summary: string;
  /** Why the policy held it. */
  reason: string;
  expiresAt?: number;
}

export interface ExecutionResult {
  /**
   * `paused`: a call waits for approval (see `pending`); the execution resumes once every pending
   * approval is decided. `rejected`: a rejected call's error ended the script.
   */
  status: ExecutionStatus;
  executionId: string;
  /** Console output, one entry per call, formatted like Node's console. */
  logs: string[];
  /** The value the script returned, as JSON data (absent when it returned nothing). */
  result?: unknown;
  error?: ExecutionErrorInfo;
  /** The calls waiting for approval, when paused. */
  pending?: PendingApproval[];
  /** What became of the code when the run was asked to save it (`saveAs`). */
  saved?: SavedOutcome;
  /** Handles of values too long for the model, kept whole: `codemode.load(ref)` returns one. */
  refs?: string[];
  /** Content the script emitted for the user (`codemode.emit`), not for the model. */
  emitted?: EmittedContent[];
  /** While `running`: the calls it waits on now. */
  waitingOn?: string[];
  stats: { durationMs: number; toolCalls: number; runs: number };
}

/** A completed run's code saved as a script (or why it was not). */
export interface SavedOutcome {
  name: string;
  version?: number;
  status: "draft" | "approved" | "failed";
  /** What happened and what comes next, for the model. */
  message: string;
}

export function toResult(record: ExecutionRecord, pending: ApprovalRecord[]): ExecutionResult {
  const result: ExecutionResult = {
    status: record.status,
    executionId: record.id,
    logs: record.logs,
    stats: { durationMs: record.durationMs, toolCalls: record.toolCalls, runs: record.runs },
  };
  if (record.result !== undefined) result.result = record.result;
  const refs = referencesOf(record);
  if (refs.length > 0) result.refs = refs;
  if (record.error) result.error = record.error;
  if (pending.length > 0) {
    result.pending = pending.map((approval) => ({
      approvalId: approval.id,
      path: approval.path,
      args: approval.args,
      summary: approval.summary,
      reason: approval.reason,
      ...(approval.expiresAt ? { expiresAt: approval.expiresAt } : {}),
    }));
  }
  return result;
}

/** Oldest first; within one execution, in the order its calls were made. */
export function inCallOrder(approvals: ApprovalRecord[]): ApprovalRecord[] {
  return approvals.sort(
    (a, b) =>
      a.createdAt - b.createdAt ||
      (a.executionId === b.executionId
        ? a.callSeq - b.callSeq
        : a.executionId < b.executionId
          ? -1
          : 1),
  );
}
