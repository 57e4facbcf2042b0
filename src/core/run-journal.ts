import type { ApprovalPolicy, PolicyDecision } from "./approval-policy.js";
import { isReadOnly, policyCall } from "./approval-policy.js";
import { canonicalJson } from "./canonical-json.js";
import type { Catalog } from "./catalog.js";
import { clip } from "./clip.js";
import type { CallContext } from "./connector.js";
import {
  ApprovalRejectedError,
  CallBlockedError,
  CallTooLargeError,
  JournalWriteError,
  ReplayDivergenceError,
  revivedError,
  ToolError,
} from "./errors.js";
import type { ApprovalRecord, CallRecord, Draw, JournalStore } from "./journal.js";
import { parseJson } from "./json.js";
import type { CallOutcome, RuntimeObserver } from "./observer.js";
import { RunPause } from "./run-ending.js";
import type { ExecutionErrorInfo, Nondeterminism, RunEnding } from "./sandbox.js";
import { summarizeCall } from "./summarize-call.js";

export interface RunJournalOptions {
  store: JournalStore;
  executionId: string;
  /** Calls journaled by earlier runs of this execution: replayed, not made again. */
  prior: readonly CallRecord[];
  /** Values drawn by earlier runs, replayed in order. */
  priorDraws: readonly Draw[];
  catalog: Catalog;
  policy: ApprovalPolicy;
  /** Where fresh values come from once the recorded ones are used up. */
  nondeterminism: Nondeterminism;
  now: () => number;
  newId: () => string;
  /** How long a new approval waits before it expires (absent: never). */
  approvalTtlMs?: number;
  /** Turns any error into the plain data the journal keeps. */
  errorInfo: (error: unknown) => ExecutionErrorInfo;
  /** Told of each call: made, replayed, waiting or refused. */
  observer?: Required<RuntimeObserver>;
  /** The largest arguments and result of one call, as JSON (`limits.maxCallBytes`). */
  maxCallBytes?: number;
}

interface HeldCall {
  path: string;
  args: string;
  release: () => void;
  fail: (error: unknown) => void;
}

/**
 * Routes one run's calls through the journal. A call already in the journal (matched by
 * namespace, name, canonical arguments and occurrence) returns its recorded outcome; an approved
 * one is made now; a new one passes the approval policy, then is journaled (intent before, outcome
 * after) and made. A call that needs approval creates an approval and pauses the run once the
 * calls in flight have settled: the journal is the one owner of the pause. It decides when a run
 * pauses, ends it by rejecting the calls the script waits on with a {@link RunPause} (the sandbox
 * then reports the run `paused`), and has the last word on the run's ending ({@link conclude}).
 *
 * While recorded calls remain unmatched, new calls wait: if the script then stops making recorded
 * calls (the sandbox reports it idle), it has diverged from its journal, and the run fails with a
 * {@link ReplayDivergenceError} before anything new is made.
 */
export class RunJournal {
  readonly draws: Draw[] = [];
  readonly approvals: ApprovalRecord[] = [];
  /** Calls actually made by this run (replayed ones excluded). */
  made = 0;
  private divergence: ReplayDivergenceError | undefined;
  private readonly recorded = new Map<string, CallRecord>();
  private readonly occurrences = new Map<string, number>();
  private readonly unmatched = new Set<CallRecord>();
  private readonly held: HeldCall[] = [];
  private readonly blocked: ((error: unknown) => void)[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private nextSeq: number;
  private drawIndex = 0;
  private pausing = false;
  /** Set once the run is ended for its pause: later calls end at once. */
  private ended: RunPause | undefined;
  readonly nondeterminism: Nondeterminism;

  constructor(private readonly options: RunJournalOptions) {
    for (const call of options.prior) {
      this.recorded.set(identity(call.namespace, call.name, call.args, call.occurrence), call);
      this.unmatched.add(call);
    }
    this.nextSeq = options.prior.reduce((max, call) => Math.max(max, call.seq + 1), 0);
    const base = options.nondeterminism;
    this.nondeterminism = {
      now: () => this.draw("now", () => base.now()) as number,
      random: () => this.draw("random", () => base.random()) as number,
      randomUUID: () => this.draw("uuid", () => base.randomUUID()) as string,
      detach: () => ({
        replay: this.options.priorDraws.slice(this.drawIndex),
        record: (draw) => {
          this.drawIndex++;
          this.draws.push(draw);
        },
      }),
    };
  }

  async call(
    namespace: string,
    name: string,
    args: unknown,
    context: CallContext,
  ): Promise<unknown> {
    const argsText = canonicalJson(args);
    const max = this.options.maxCallBytes;
    if (max !== undefined && argsText.length > max)
      throw new CallTooLargeError(`${namespace}.${name}`, "arguments", argsText.length, max);
    const base = `${namespace}.${name}\u0000${argsText}`;
    const occurrence = this.occurrences.get(base) ?? 0;
    this.occurrences.set(base, occurrence + 1);
    const recorded = this.recorded.get(identity(namespace, name, argsText, occurrence));
    if (recorded) {
      this.unmatched.delete(recorded);
      if (this.unmatched.size === 0) this.releaseHeld();
      return this.replay(recorded, args, context);
    }
    if (this.pausing) return this.afterPause(namespace, name, args, argsText, occurrence);
    if (this.unmatched.size > 0) await this.hold(`${namespace}.${name}`, argsText);
    return this.fresh(namespace, name, args, argsText, occurrence, context);
  }

  /**
   * The sandbox has nothing to run until a call settles. With calls held while recorded ones
   * remain unmatched and nothing else in flight, no recorded call can come: the script diverged.
   */
  idle(): void {
    if (this.divergence || this.held.length === 0 || this.inFlight.size > 0) return;
    if (this.unmatched.size === 0) return;
    this.diverge();
  }

  /**
   * The run's ending as the journal sees it, from the one the sandbox reported. A run that reached
   * an approval gate is paused whatever else it did (a script may return or throw without waiting
   * for its gated call, which is still to be made); one that diverged from its journal, or
   * completed without making calls the journal holds, failed with a {@link ReplayDivergenceError}.
   */
  conclude(ending: RunConclusion): RunConclusion {
    if (this.pausing) return { status: "paused" };
    if (ending.status === "completed" && !this.divergence && this.unmatched.size > 0)
      this.diverge();
    if (this.divergence)
      return { status: "failed", error: this.options.errorInfo(this.divergence) };
    return ending;
  }

  private diverge(): void {
    const expected = [...this.unmatched].sort((a, b) => a.seq - b.seq)[0];
    const got = this.held[0];
    const shown = expected
      ? `${expected.namespace}.${expected.name}(${clip(expected.args, 200)})`
      : "";
    const message = got
      ? `The resumed run diverged from its journal: it called ${got.path}(${clip(got.args, 200)}) where the journal has ${shown} (call #${(expected?.seq ?? 0) + 1}). The code or something it depends on changed since the execution paused; nothing new was made.`
      : `The resumed run diverged from its journal: it never made ${shown} (call #${(expected?.seq ?? 0) + 1}), which the first run made. Nothing new was made.`;
    this.divergence = new ReplayDivergenceError(message, {
      expected: expected
        ? { path: `${expected.namespace}.${expected.name}`, args: expected.args, seq: expected.seq }
        : null,
      got: got ? { path: got.path, args: got.args } : null,
    });
    for (const call of this.held.splice(0)) call.fail(this.divergence);
  }

  private hold(path: string, args: string): Promise<void> {
    return new Promise((release, fail) => {
      this.held.push({ path, args, release, fail });
    });
  }

  private releaseHeld(): void {
    for (const call of this.held.splice(0)) call.release();
  }

  private async replay(
    recorded: CallRecord,
    args: unknown,
    context: CallContext,
  ): Promise<unknown> {
    const path = `${recorded.namespace}.${recorded.name}`;
    if (recorded.state === "applied" || recorded.state === "failed")
      this.observed(recorded, "replayed", recorded.error);
    switch (recorded.state) {
      case "applied":
        return recorded.result === undefined
          ? undefined
          : parseJson(recorded.result, `The journaled result of ${path}`);
      case "failed":
        throw recordedError(recorded.error);
      case "approved": {
        // Reached after another gate paused this run: it waits for the next run.
        if (this.pausing) return this.block();
        // Made with the arguments the person approved, as they saw them.
        const approval = await this.approvalOf(recorded);
        return this.make(recorded, approval ? approval.args : args, context);
      }
      case "rejected": {
        const approval = await this.approvalOf(recorded);
        throw new ApprovalRejectedError(path, approval?.id ?? "", approval?.note);
      }
      case "awaiting_approval":
        this.requestPause();
        return this.block();
      default:
        throw new ToolError(
          `${path} has an unknown outcome in the journal (state ${recorded.state}): it is not made again.`,
          { code: "unknown_outcome", details: { path, seq: recorded.seq } },
        );
    }
  }

  private async fresh(
    namespace: string,
    name: string,
    args: unknown,
    argsText: string,
    occurrence: number,
    context: CallContext,
  ): Promise<unknown> {
    const path = `${namespace}.${name}`;
    let judged: Judged;
    try {
      judged = await this.judge(path, args);
    } catch (error) {
      // Refused before it was made (unknown, invalid, outside its API, the policy failed): on
      // record, so that a resumed run replays the same failure instead of waiting for it.
      if (this.pausing) return this.block();
      await this.refuse(this.newRecord(namespace, name, argsText, occurrence), error);
      throw error;
    }
    if (this.pausing) return this.afterPause(namespace, name, args, argsText, occurrence, judged);
    // From here on, the arguments as the source will use them: what the person approves, what
    // the journal shows and what the call gets are one value.
    const { decision, args: prepared } = judged;
    const record = this.newRecord(namespace, name, argsText, occurrence);
    if (decision.action === "block") {
      const error = new CallBlockedError(path, decision.reason);
      await this.refuse(record, error);
      throw error;
    }
    if (decision.action === "ask") {
      await this.gate(record, prepared, decision.reason);
      return this.block();
    }
    const operation = this.options.catalog.get(path);
    // The intent is worth a write only where the journal outlives this process.
    const intent = this.options.store.durable && !(operation && isReadOnly(operation));
    return this.make(record, prepared, context, intent);
  }

  /** After a gate was reached: calls that need approval join the same pause; others wait for the next run. */
  private async afterPause(
    namespace: string,
    name: string,
    args: unknown,
    argsText: string,
    occurrence: number,
    known?: Judged,
  ): Promise<never> {
    const judged = known ?? (await this.judge(`${namespace}.${name}`, args).catch(() => undefined));
    if (judged?.decision.action === "ask")
      await this.gate(
        this.newRecord(namespace, name, argsText, occurrence),
        judged.args,
        judged.decision.reason,
      );
    return this.block();
  }

  /**
   * The policy's answer for one call, judged on what it will really do: the connector prepares
   * it first (the HTTP method and path it sends, the declared operation it amounts to) and may
   * refuse it outright. Fail-closed: a policy that throws refuses the call.
   */
  private async judge(path: string, raw: unknown): Promise<Judged> {
    const { catalog, policy } = this.options;
    let operation = catalog.get(path);
    // A source that failed to load is tried again (with backoff) when a script calls into it.
    if (!operation && (await catalog.retry(path.slice(0, path.indexOf(".")))))
      operation = catalog.get(path);
    if (!operation) throw catalog.missing(path);
    const connector = catalog.connector(operation.namespace);
    const prepared = await connector?.prepareCall?.(operation.name, raw);
    const args = prepared && "args" in prepared ? prepared.args : raw;
    const target = prepared?.target
      ? catalog.get(`${operation.namespace}.${prepared.target}`)
      : undefined;
    try {
      const decision = await policy.decide(policyCall({ operation, target, args, prepared }), () =>
        connector?.needsApproval?.(operation.name, args),
      );
      return { decision, args };
    } catch (error) {
      throw new ToolError(
        `The approval policy failed on ${path} (${error instanceof Error ? error.message : String(error)}), so the call was not made. Fix the policy, then run again.`,
        { code: "policy_failed", details: { path } },
      );
    }
  }

  /** Journals a call refused before it was made. */
  private async refuse(record: CallRecord, error: unknown): Promise<void> {
    const info = this.options.errorInfo(error);
    this.observed(record, "refused", info);
    await this.write((store) =>
      store.putCall({ ...record, state: "failed", finishedAt: this.options.now(), error: info }),
    );
  }

  /** Tells the observer of a call that was not made now (replayed, waiting, refused). */
  private observed(record: CallRecord, outcome: CallOutcome, error?: ExecutionErrorInfo): void {
    this.options.observer?.callEnd({
      executionId: record.executionId,
      namespace: record.namespace,
      name: record.name,
      outcome,
      durationMs: 0,
      ...(error ? { error } : {}),
    });
  }

  private newRecord(namespace: string, name: string, args: string, occurrence: number): CallRecord {
    return {
      executionId: this.options.executionId,
      seq: this.nextSeq++,
      namespace,
      name,
      args,
      occurrence,
      state: "started",
      startedAt: this.options.now(),
    };
  }

  /** Journals the held call and its approval; the run ends only once every gate is written. */
  private gate(record: CallRecord, args: unknown, reason: string): Promise<void> {
    const writing = this.writeGate(record, args, reason);
    this.track(writing);
    this.requestPause();
    return writing;
  }

  private async writeGate(record: CallRecord, args: unknown, reason: string): Promise<void> {
    const path = `${record.namespace}.${record.name}`;
    this.observed(record, "waiting");
    const now = this.options.now();
    const approval: ApprovalRecord = {
      id: this.options.newId(),
      executionId: record.executionId,
      callSeq: record.seq,
      path,
      args,
      summary: summarizeCall(this.options.catalog.get(path), path, args),
      reason,
      status: "pending",
      createdAt: now,
      ...(this.options.approvalTtlMs ? { expiresAt: now + this.options.approvalTtlMs } : {}),
    };
    await this.write((store) => store.putCall({ ...record, state: "awaiting_approval" }));
    await this.write((store) => store.createApproval(approval));
    this.approvals.push(approval);
  }

  /**
   * Makes the call: intent journaled first (unless it is read-only), outcome after. A pause waits
   * until all of that is done.
   */
  private make(
    record: CallRecord,
    args: unknown,
    context: CallContext,
    journalIntent = true,
  ): Promise<unknown> {
    const making = this.makeNow(record, args, context, journalIntent);
    this.track(making);
    return making;
  }

  /** Counts the work as in flight until it settles (the pause and the idle check wait for it). */
  private track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
  }

  private async makeNow(
    record: CallRecord,
    args: unknown,
    context: CallContext,
    journalIntent: boolean,
  ): Promise<unknown> {
    const { catalog, now, observer } = this.options;
    const startedAt = now();
    if (journalIntent)
      await this.write((target) => target.putCall({ ...record, state: "started", startedAt }));
    this.made++;
    const call = {
      executionId: record.executionId,
      namespace: record.namespace,
      name: record.name,
    };
    const ended = observer?.callStart(call);
    try {
      const result = await catalog.call(record.namespace, record.name, args, context);
      const json = result === undefined ? undefined : JSON.stringify(result);
      const max = this.options.maxCallBytes;
      if (json !== undefined && max !== undefined && json.length > max)
        throw new CallTooLargeError(
          `${record.namespace}.${record.name}`,
          "result",
          json.length,
          max,
        );
      ended?.({ ...call, outcome: "applied", durationMs: now() - startedAt });
      await this.write((target) =>
        target.putCall({
          ...record,
          state: "applied",
          startedAt,
          finishedAt: now(),
          ...(json === undefined ? {} : { result: json }),
        }),
      );
      return result;
    } catch (error) {
      const info = this.options.errorInfo(error);
      ended?.({ ...call, outcome: "failed", durationMs: now() - startedAt, error: info });
      await this.write((target) =>
        target.putCall({ ...record, state: "failed", startedAt, finishedAt: now(), error: info }),
      );
      throw error;
    }
  }

  private requestPause(): void {
    if (this.pausing) return;
    this.pausing = true;
    // Calls in flight settle (and are journaled) first; then the run ends.
    const settle = async (): Promise<void> => {
      while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      setTimeout(() => {
        this.ended = new RunPause();
        for (const end of this.blocked.splice(0)) end(this.ended);
        for (const call of this.held.splice(0)) call.fail(this.ended);
      }, 0);
    };
    void settle();
  }

  /** A promise that only ever rejects, when the run ends for its pause. */
  private block(): Promise<never> {
    return new Promise((_resolve, reject) => {
      if (this.ended) reject(this.ended);
      else this.blocked.push(reject);
    });
  }

  private async approvalOf(recorded: CallRecord): Promise<ApprovalRecord | undefined> {
    const approvals = await this.options.store.listApprovals({
      executionId: recorded.executionId,
    });
    return approvals.find((approval) => approval.callSeq === recorded.seq);
  }

  /** A failed journal write ends the run: nothing is made without its intent on record. */
  private async write(operation: (store: JournalStore) => Promise<void>): Promise<void> {
    try {
      await operation(this.options.store);
    } catch (error) {
      throw new JournalWriteError(error);
    }
  }

  private draw(kind: Draw["kind"], fresh: () => number | string): number | string {
    const recorded = this.options.priorDraws[this.drawIndex];
    this.drawIndex++;
    const value = recorded?.kind === kind ? recorded.value : fresh();
    this.draws.push({ kind, value });
    return value;
  }
}

/** How a run ended: its status, and its error when it did not complete. */
export interface RunConclusion {
  status: RunEnding["status"];
  error?: ExecutionErrorInfo;
}

/** The policy's answer, and the arguments it judged (as the source will use them). */
interface Judged {
  decision: PolicyDecision;
  args: unknown;
}

function identity(namespace: string, name: string, args: string, occurrence: number): string {
  return `${namespace}.${name}\u0000${args}\u0000${occurrence}`;
}

function recordedError(info: ExecutionErrorInfo | undefined): ToolError {
  const error = new ToolError(
    info?.message ?? "The call failed.",
    info?.details ? { details: info.details } : undefined,
  );
  if (!info) return error;
  return revivedError(error, {
    ...(info.code ? { code: info.code } : {}),
    ...(info.name ? { name: info.name } : {}),
  });
}
