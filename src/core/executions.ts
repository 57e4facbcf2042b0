import type { ApprovalPolicy } from "./approval-policy.js";
import { CodemodeError, ExecutionNotFoundError, StoreError } from "./errors.js";
import type {
  ApprovalRecord,
  ApprovalStatus,
  CallRecord,
  ExecutionQuery,
  ExecutionRecord,
  ExecutionStatus,
  JournalStore,
  RetentionPolicy,
} from "./journal.js";
import type { Limits } from "./limits.js";
import type { RuntimeObserver } from "./observer.js";
import { keepByReference, referencesOf } from "./result-refs.js";
import type { EmittedContent } from "./run-data.js";
import { RunJournal } from "./run-journal.js";
import type { ScriptEnvironment, ScriptOutcome } from "./run-script.js";
import { runScript } from "./run-script.js";
import { RunServices } from "./run-services.js";
import type { ExecutionErrorInfo, Nondeterminism } from "./sandbox.js";
import {
  type SavedScripts,
  SCRIPTS_NAMESPACE,
  type ScriptsForRun,
  saveCompleted,
  scriptsForResume,
  scriptsForStart,
} from "./saved-scripts-run.js";

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

/** An execution `running` whose `updatedAt` is older than this is taken as interrupted. */
export const STALE_AFTER_MS = 60_000;
const HEARTBEAT_MS = 15_000;
/** How long a decided execution may wait for its decider to resume it before another process does. */
const DECIDED_GRACE_MS = 30_000;

/**
 * Durable executions: every run is journaled; a call that needs approval pauses the execution;
 * deciding its approvals resumes it (by re-running the code and replaying the journal) exactly
 * once, whichever process decides.
 */
export class Executions {
  constructor(private readonly env: DurableEnvironment) {}

  /** Runs new code as a new execution. */
  async start(code: string, options: RunOptions = {}): Promise<ExecutionResult> {
    const { env } = this;
    const scripts = await scriptsForStart(code, options, env.savedScripts);
    const now = env.now();
    const record: ExecutionRecord = {
      id: options.executionId ?? env.newId(),
      code,
      status: "running",
      createdAt: now,
      updatedAt: now,
      logs: [],
      draws: [],
      toolCalls: 0,
      durationMs: 0,
      runs: 0,
      owner: env.owner,
      ...(options.origin ? { origin: options.origin } : {}),
      ...(env.validators?.length ? { validators: env.validators.map(({ name }) => name) } : {}),
    };
    await this.write(() => env.store.createExecution(record));
    if (scripts) await this.write(() => env.store.putExecutionScripts(record.id, scripts.record));
    return this.run(record, [], options, scripts);
  }

  /**
   * Resumes a paused execution whose approvals are all decided. Exactly one caller wins; the
   * others get the execution as it stands.
   */
  async resume(executionId: string, options: RunOptions = {}): Promise<ExecutionResult> {
    const { store } = this.env;
    const undecided = await store.listApprovals({ executionId, status: "pending" });
    if (undecided.length > 0) return this.result(executionId);
    const claimed = await this.write(() =>
      store.updateExecution(
        executionId,
        { status: "running", owner: this.env.owner, updatedAt: this.env.now() },
        ["paused"],
      ),
    );
    if (!claimed) return this.result(executionId);
    await this.publishExecution(executionId, "running");
    const record = await store.getExecution(executionId);
    if (!record) throw new ExecutionNotFoundError(executionId);
    let scripts: ScriptsForRun | undefined;
    try {
      scripts = await scriptsForResume(record, store, this.env.savedScripts);
    } catch (error) {
      return this.failBeforeRun(record, this.env.errorInfo(error));
    }
    return this.run(record, await store.listCalls(executionId), options, scripts);
  }

  /**
   * Approves or rejects a pending call. Of two deciders exactly one wins (the other gets a
   * `CodemodeError` saying it was already decided). When it was the execution's last pending
   * approval, the execution resumes here: a rejected call throws `ApprovalRejectedError` in it.
   */
  async decide(
    approvalId: string,
    decision: { approve: boolean; by?: string; note?: string },
    options: RunOptions = {},
  ): Promise<{ approval: ApprovalRecord; execution: ExecutionResult }> {
    const { store } = this.env;
    const status: ApprovalStatus = decision.approve ? "approved" : "rejected";
    const decided = await this.write(() =>
      store.decideApproval(approvalId, {
        status,
        decidedAt: this.env.now(),
        ...(decision.by ? { decidedBy: decision.by } : {}),
        ...(decision.note ? { note: decision.note } : {}),
      }),
    );
    if (!decided) {
      const existing = await store.getApproval(approvalId);
      if (!existing) {
        throw new CodemodeError(
          "approval_not_found",
          `There is no approval "${approvalId}": list them with \`codemode approvals\`.`,
        );
      }
      throw new CodemodeError(
        "approval_decided",
        `Approval ${approvalId} was already ${existing.status}${existing.decidedBy ? ` by ${existing.decidedBy}` : ""}; nothing was changed.`,
        { details: { status: existing.status } },
      );
    }
    await this.markCall(decided, decision.approve ? "approved" : "rejected");
    await store.publish({
      type: "approval",
      approvalId,
      executionId: decided.executionId,
      status,
    });
    return { approval: decided, execution: await this.resume(decided.executionId, options) };
  }

  /** Approvals waiting for a person, oldest first. */
  async pending(): Promise<ApprovalRecord[]> {
    return inCallOrder(await this.env.store.listApprovals({ status: "pending" }));
  }

  /** The execution as it stands: what `execute` returned, or would return now. */
  async result(executionId: string): Promise<ExecutionResult> {
    const record = await this.env.store.getExecution(executionId);
    if (!record) throw new ExecutionNotFoundError(executionId);
    const pending =
      record.status === "paused"
        ? await this.env.store.listApprovals({ executionId, status: "pending" })
        : [];
    return toResult(record, inCallOrder(pending));
  }

  list(query?: ExecutionQuery): Promise<ExecutionRecord[]> {
    return this.env.store.listExecutions(query);
  }

  /** One execution with its calls and approvals. */
  async journal(executionId: string): Promise<{
    execution: ExecutionRecord;
    calls: CallRecord[];
    approvals: ApprovalRecord[];
  }> {
    const { store } = this.env;
    const execution = await store.getExecution(executionId);
    if (!execution) throw new ExecutionNotFoundError(executionId);
    const [calls, approvals] = await Promise.all([
      store.listCalls(executionId),
      store.listApprovals({ executionId }),
    ]);
    return { execution, calls: calls.sort((a, b) => a.seq - b.seq), approvals };
  }

  /** Pending approvals past their expiry become `expired` and their executions `rejected`. */
  async expire(): Promise<number> {
    const { store } = this.env;
    const now = this.env.now();
    let expired = 0;
    for (const approval of await store.listApprovals({ status: "pending" })) {
      if (approval.expiresAt === undefined || approval.expiresAt > now) continue;
      const decided = await store.decideApproval(approval.id, {
        status: "expired",
        decidedAt: now,
        decidedBy: "expiry",
      });
      if (!decided) continue;
      expired++;
      await this.markCall(decided, "rejected");
      const error: ExecutionErrorInfo = {
        name: "ApprovalExpiredError",
        code: "approval_expired",
        message: `Nobody decided the approval of ${decided.path} before it expired; the execution was not resumed.`,
      };
      if (
        await store.updateExecution(
          decided.executionId,
          { status: "rejected", error, finishedAt: now, updatedAt: now },
          ["paused"],
        )
      )
        await this.publishExecution(decided.executionId, "rejected");
    }
    return expired;
  }

  /**
   * Paused executions whose every approval is decided, yet not resumed (the decider stopped
   * between its decision and the resume, or a run stopped before it made its approved call):
   * resumed now, each by whichever process claims it first.
   */
  async resumeDecided(options: { only?: readonly string[] } = {}): Promise<number> {
    const { store } = this.env;
    // A decider resumes its execution itself, at once: only one left alone this long was lost.
    const decidedBefore = this.env.now() - DECIDED_GRACE_MS;
    let resumed = 0;
    const paused = await store.listExecutions({ status: "paused", limit: 100 });
    for (const execution of paused) {
      if (options.only && !options.only.includes(execution.id)) continue;
      const approvals = await store.listApprovals({ executionId: execution.id });
      if (approvals.length === 0 || approvals.some((approval) => approval.status === "pending"))
        continue;
      const lastDecision = Math.max(...approvals.map((approval) => approval.decidedAt ?? 0));
      if (!options.only && lastDecision > decidedBefore) continue;
      const result = await this.resume(execution.id);
      if (result.status !== "paused") resumed++;
    }
    return resumed;
  }

  /**
   * Executions left `running` by a process that stopped: they fail, and calls they were making
   * have an unknown outcome (never made again silently). One that stopped before making its
   * approved call (nothing in flight) goes back to `paused`, and {@link resumeDecided} resumes it.
   */
  async recover(): Promise<string[]> {
    const { store } = this.env;
    const now = this.env.now();
    const error: ExecutionErrorInfo = {
      name: "InterruptedError",
      code: "interrupted",
      message:
        "The process running this execution stopped before it finished. Calls it was making have an unknown outcome: check them before running it again.",
    };
    const recovered = await store.recoverInterrupted({
      staleBefore: store.exclusive ? Number.POSITIVE_INFINITY : now - STALE_AFTER_MS,
      now,
      error,
    });
    const { ownerAlive } = this.env;
    if (store.exclusive || !ownerAlive) return recovered;
    const running = await store.listExecutions({ status: "running", limit: 1_000 });
    const gone = new Set(
      running.flatMap(({ owner }) =>
        owner && owner !== this.env.owner && !ownerAlive(owner) ? [owner] : [],
      ),
    );
    for (const owner of gone)
      recovered.push(...(await store.recoverInterrupted({ staleBefore: 0, owner, now, error })));
    return recovered;
  }

  prune(policy: RetentionPolicy): Promise<number> {
    return this.env.store.prune(policy, this.env.now());
  }

  private async run(
    record: ExecutionRecord,
    prior: CallRecord[],
    options: RunOptions,
    scripts?: ScriptsForRun,
  ): Promise<ExecutionResult> {
    const { env } = this;
    const missing = missingValidators(record, env);
    if (missing.length > 0) return this.refuseResume(record, missing);
    const journal = new RunJournal({
      store: env.store,
      executionId: record.id,
      prior,
      priorDraws: record.draws,
      catalog: env.catalog,
      policy: env.policy,
      nondeterminism: env.nondeterminism,
      now: env.now,
      newId: env.newId,
      errorInfo: env.errorInfo,
      ...(env.approvalTtlMs ? { approvalTtlMs: env.approvalTtlMs } : {}),
      ...(env.observer ? { observer: env.observer } : {}),
      maxCallBytes: (options.limits ?? env.limits).maxCallBytes,
    });
    const endRun = env.observer?.runStart({
      executionId: record.id,
      run: record.runs + 1,
      ...(record.origin ? { origin: record.origin } : {}),
    });
    const heartbeat = setInterval(() => {
      env.store.updateExecution(record.id, { updatedAt: env.now() }, ["running"]).catch(() => {});
    }, HEARTBEAT_MS);
    (heartbeat as { unref?: () => void }).unref?.();
    // A resume sees the session its execution started in.
    const scope =
      options.session ??
      (record.runs > 0 ? await env.store.getState(sessionScope(record.id), "session") : undefined);
    const services = new RunServices({
      store: env.store,
      scope: scope === undefined ? "default" : `session:${scope}`,
      maxEmittedChars: (options.limits ?? env.limits).maxEmittedChars,
      now: env.now,
    });
    let outcome: ScriptOutcome;
    try {
      outcome = await runScript(record.code, env, {
        executionId: record.id,
        limits: options.limits ?? env.limits,
        call: (namespace, name, args, context) => journal.call(namespace, name, args, context),
        nondeterminism: journal.nondeterminism,
        idle: () => journal.idle(),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(scripts && record.code.includes(SCRIPTS_NAMESPACE) ? { scripts: scripts.sources } : {}),
        ...(scripts?.record.input !== undefined ? { input: scripts.record.input } : {}),
        ...(options.onLog ? { onLog: options.onLog } : {}),
        ...(env.detokenize ? { prepareArgs: env.detokenize } : {}),
        services,
      });
    } finally {
      clearInterval(heartbeat);
    }
    const ending = journal.conclude(outcome);
    const status: ExecutionStatus =
      ending.status === "completed" || ending.status === "paused"
        ? ending.status
        : ending.error?.code === "approval_rejected"
          ? "rejected"
          : "failed";
    const { error } = ending;
    const now = env.now();
    const kept = await this.write(() =>
      keepByReference({
        store: env.store,
        executionId: record.id,
        newId: env.newId,
        now,
        maxChars: (options.limits ?? env.limits).maxOutputChars,
        ...(status === "completed" && outcome.overflow?.resultJson !== undefined
          ? { resultJson: outcome.overflow.resultJson }
          : {}),
        ...(outcome.overflow?.logs ? { logs: outcome.overflow.logs } : {}),
      }),
    );
    // The session is kept only while the execution waits to resume in it.
    if (scope !== undefined && (status === "paused" || record.runs > 0))
      await this.write(() =>
        env.store.setState(
          sessionScope(record.id),
          "session",
          status === "paused" ? scope : undefined,
          now,
        ),
      );
    if (services.emitted.length > 0 || record.runs > 0)
      await this.write(() => env.store.putEmitted(record.id, services.emitted));
    const finished: ExecutionRecord = {
      ...record,
      status,
      logs: kept.logs ?? outcome.logs,
      draws: journal.draws,
      toolCalls: record.toolCalls + journal.made,
      durationMs: record.durationMs + outcome.durationMs,
      runs: record.runs + 1,
      updatedAt: now,
    };
    delete finished.result;
    delete finished.error;
    delete finished.owner;
    if (status === "completed" && outcome.result !== undefined) finished.result = outcome.result;
    if (status === "completed" && kept.result) finished.result = kept.result;
    if (status !== "completed" && status !== "paused" && error) finished.error = error;
    if (status !== "paused") finished.finishedAt = now;
    const { id: _id, createdAt: _createdAt, ...fields } = finished;
    const written = await this.write(() =>
      env.store.updateExecution(
        record.id,
        { ...fields, owner: undefined, result: finished.result, error: finished.error },
        ["running"],
      ),
    );
    if (!written && (await this.cancelled(record.id))) return this.result(record.id);
    if (!written)
      throw new StoreError(
        `Execution ${record.id} changed under this run; its outcome was not written.`,
      );
    await this.publishExecution(record.id, status);
    endRun?.({
      executionId: record.id,
      status,
      durationMs: outcome.durationMs,
      toolCalls: journal.made,
      ...(finished.error ? { error: finished.error } : {}),
    });
    const pending =
      status === "paused"
        ? await env.store.listApprovals({ executionId: record.id, status: "pending" })
        : [];
    const result: ExecutionResult = {
      ...toResult(finished, inCallOrder(pending)),
      emitted: services.emitted,
    };
    const saveAs = scripts?.record.saveAs;
    if (status === "completed" && saveAs && env.savedScripts)
      result.saved = await saveCompleted(env.savedScripts, saveAs, record);
    else if (saveAs && status !== "paused")
      result.saved = {
        name: saveAs.name,
        status: "failed",
        message: `The run did not complete, so it was not saved as scripts.${saveAs.name}: fix it and run it again with saveAs.`,
      };
    return result;
  }

  /** Whether the execution was cancelled while this process ran it (by another process). */
  private async cancelled(executionId: string): Promise<boolean> {
    const current = await this.env.store.getExecution(executionId);
    return current?.status === "failed" && current.error?.code === "cancelled";
  }

  /** A resume without a validator the code passed at its start fails, running nothing. */
  private refuseResume(
    record: ExecutionRecord,
    missing: readonly string[],
  ): Promise<ExecutionResult> {
    return this.failBeforeRun(record, {
      name: "ScriptRefusedError",
      code: "script_refused",
      message: `The execution passed the validator${missing.length > 1 ? "s" : ""} ${missing.map((name) => `"${name}"`).join(", ")} when it started, which this runtime does not have; it was not resumed. Resume it where ${missing.length > 1 ? "they are" : "it is"} configured.`,
      details: { validators: [...missing] },
    });
  }

  /** A claimed execution that cannot run fails with `error`, running nothing. */
  private async failBeforeRun(
    record: ExecutionRecord,
    error: ExecutionErrorInfo,
  ): Promise<ExecutionResult> {
    const now = this.env.now();
    await this.write(() =>
      this.env.store.updateExecution(
        record.id,
        { status: "failed", error, finishedAt: now, updatedAt: now, owner: undefined },
        ["running"],
      ),
    );
    await this.publishExecution(record.id, "failed");
    return this.result(record.id);
  }

  private async markCall(approval: ApprovalRecord, state: "approved" | "rejected"): Promise<void> {
    const { store } = this.env;
    const call = (await store.listCalls(approval.executionId)).find(
      (candidate) => candidate.seq === approval.callSeq,
    );
    if (call) await store.putCall({ ...call, state });
  }

  private async publishExecution(executionId: string, status: ExecutionStatus): Promise<void> {
    await this.env.store.publish({ type: "execution", executionId, status }).catch(() => {});
  }

  /** Store failures become one clear error; nothing else is attempted after them. */
  private async write<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof CodemodeError) throw error;
      throw new StoreError(
        `The journal store (${this.env.store.description}) failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}

/** Where an execution's session is kept, so that its resumes see the same state. */
function sessionScope(executionId: string): string {
  return `execution:${executionId}`;
}

function missingValidators(record: ExecutionRecord, env: DurableEnvironment): string[] {
  const present = new Set((env.validators ?? []).map(({ name }) => name));
  return (record.validators ?? []).filter((name) => !present.has(name));
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
function inCallOrder(approvals: ApprovalRecord[]): ApprovalRecord[] {
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
