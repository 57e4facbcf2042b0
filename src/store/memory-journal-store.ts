import {
  type ApprovalRecord,
  type ApprovalStatus,
  type CallRecord,
  type ExecutionQuery,
  type ExecutionRecord,
  type ExecutionStatus,
  FINISHED_STATUSES,
  type JournalEvent,
  type JournalStore,
  type RetentionPolicy,
} from "../core/journal.js";
import type { RunDataStore } from "../core/run-data.js";
import type { ScriptStore } from "../core/saved-script.js";
import { StoreConflictError, StoreError } from "../core/store-errors.js";
import { MemoryRunData } from "./memory-run-data.js";
import { MemoryScriptStore } from "./memory-script-store.js";

const DEFAULT_LIMIT = 100;
/** Fields of an execution that a write given as `undefined` clears; the others it leaves alone. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set([
  "finishedAt",
  "result",
  "error",
  "origin",
  "owner",
  "validators",
]);

/**
 * The journal in plain data structures, for a runtime whose journal lives as long as its process
 * (the library's default). The same contract as the SQL stores: records are copied in and out
 * (what a caller holds never aliases what is stored), compare-and-set writes decide each
 * transition once, and events reach this store's subscribers.
 *
 * @example
 * const store = new MemoryJournalStore();
 * await store.createExecution(record);
 */
export class MemoryJournalStore implements JournalStore {
  readonly description = "in-memory store";
  readonly exclusive = true;
  readonly durable = false;
  readonly #executions = new Map<string, ExecutionRecord>();
  readonly #calls = new Map<string, Map<number, CallRecord>>();
  readonly #approvals = new Map<string, ApprovalRecord>();
  readonly #listeners = new Set<(event: JournalEvent) => void>();
  #closed = false;

  async createExecution(record: ExecutionRecord): Promise<void> {
    this.#open();
    if (this.#executions.has(record.id))
      throw new StoreConflictError(
        `A record with this key already exists (execution ${record.id}).`,
      );
    this.#executions.set(record.id, copy(record));
  }

  async getExecution(id: string): Promise<ExecutionRecord | undefined> {
    this.#open();
    const record = this.#executions.get(id);
    return record && copy(record);
  }

  async updateExecution(
    id: string,
    fields: Partial<Omit<ExecutionRecord, "id" | "createdAt">>,
    expected?: readonly ExecutionStatus[],
  ): Promise<boolean> {
    this.#open();
    const record = this.#executions.get(id);
    if (!record || (expected && !expected.includes(record.status))) return false;
    const target = record as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(fields)) {
      if (field === "id" || field === "createdAt") continue;
      if (value === undefined) {
        if (OPTIONAL_FIELDS.has(field)) delete target[field];
        continue;
      }
      target[field] = copy(value);
    }
    return true;
  }

  async listExecutions(query: ExecutionQuery = {}): Promise<ExecutionRecord[]> {
    this.#open();
    const statuses =
      query.status === undefined
        ? undefined
        : typeof query.status === "string"
          ? [query.status]
          : query.status;
    const text = query.text?.toLowerCase();
    const matching = [...this.#executions.values()].filter(
      (record) =>
        (!statuses || statuses.includes(record.status)) &&
        (!text ||
          record.code.toLowerCase().includes(text) ||
          record.id.toLowerCase().includes(text)),
    );
    matching.sort(newestFirst);
    const offset = wholeNumber(query.offset, 0, "offset");
    const limit = wholeNumber(query.limit, DEFAULT_LIMIT, "limit");
    return matching.slice(offset, offset + limit).map(copy);
  }

  async putCall(call: CallRecord): Promise<void> {
    this.#open();
    if (!this.#executions.has(call.executionId))
      throw new StoreError(`There is no execution ${call.executionId} to journal a call of.`);
    let calls = this.#calls.get(call.executionId);
    if (!calls) {
      calls = new Map();
      this.#calls.set(call.executionId, calls);
    }
    calls.set(call.seq, copy(call));
  }

  /** In `seq` order. */
  async listCalls(executionId: string): Promise<CallRecord[]> {
    this.#open();
    const calls = [...(this.#calls.get(executionId)?.values() ?? [])];
    return calls.sort((a, b) => a.seq - b.seq).map(copy);
  }

  async recoverInterrupted(options: {
    staleBefore: number;
    owner?: string;
    error: ExecutionRecord["error"] & object;
    now: number;
  }): Promise<string[]> {
    this.#open();
    const recovered: string[] = [];
    for (const record of this.#executions.values()) {
      if (record.status !== "running") continue;
      if (
        !(
          record.updatedAt < options.staleBefore ||
          (options.owner && record.owner === options.owner)
        )
      )
        continue;
      const calls = [...(this.#calls.get(record.id)?.values() ?? [])];
      const resumable =
        !calls.some((call) => call.state === "started") &&
        calls.some((call) => call.state === "approved");
      recovered.push(record.id);
      record.updatedAt = options.now;
      delete record.owner;
      if (resumable) {
        record.status = "paused";
        delete record.error;
        delete record.finishedAt;
        continue;
      }
      record.status = "failed";
      record.error = copy(options.error);
      record.finishedAt = options.now;
      for (const call of calls) if (call.state === "started") call.state = "unknown";
    }
    return recovered;
  }

  async createApproval(approval: ApprovalRecord): Promise<void> {
    this.#open();
    if (this.#approvals.has(approval.id))
      throw new StoreConflictError(
        `A record with this key already exists (approval ${approval.id}).`,
      );
    if (!this.#executions.has(approval.executionId))
      throw new StoreError(`There is no execution ${approval.executionId} to hold an approval of.`);
    this.#approvals.set(approval.id, copy(approval));
  }

  async getApproval(id: string): Promise<ApprovalRecord | undefined> {
    this.#open();
    const approval = this.#approvals.get(id);
    return approval && copy(approval);
  }

  /** Oldest first (by `createdAt`, then id). */
  async listApprovals(
    query: { status?: ApprovalStatus; executionId?: string } = {},
  ): Promise<ApprovalRecord[]> {
    this.#open();
    return [...this.#approvals.values()]
      .filter(
        (approval) =>
          (query.status === undefined || approval.status === query.status) &&
          (query.executionId === undefined || approval.executionId === query.executionId),
      )
      .sort((a, b) => a.createdAt - b.createdAt || compareText(a.id, b.id))
      .map(copy);
  }

  async decideApproval(
    id: string,
    decision: Pick<ApprovalRecord, "status" | "decidedAt"> &
      Partial<Pick<ApprovalRecord, "decidedBy" | "note">>,
  ): Promise<ApprovalRecord | undefined> {
    this.#open();
    if (decision.status === "pending")
      throw new StoreError(`An approval is decided as approved, rejected or expired, not pending.`);
    const approval = this.#approvals.get(id);
    if (approval?.status !== "pending") return undefined;
    approval.status = decision.status;
    approval.decidedAt = decision.decidedAt;
    if (decision.decidedBy === undefined) delete approval.decidedBy;
    else approval.decidedBy = decision.decidedBy;
    if (decision.note === undefined) delete approval.note;
    else approval.note = decision.note;
    return copy(approval);
  }

  async prune(policy: RetentionPolicy, now: number): Promise<number> {
    this.#open();
    if (policy.keepFinished === undefined && policy.maxAgeMs === undefined) return 0;
    const keep =
      policy.keepFinished === undefined
        ? undefined
        : wholeNumber(policy.keepFinished, 0, "keepFinished");
    const before = policy.maxAgeMs === undefined ? undefined : now - policy.maxAgeMs;
    const finished = [...this.#executions.values()]
      .filter((record) => FINISHED_STATUSES.includes(record.status))
      .sort(newestFirst);
    let pruned = 0;
    finished.forEach((record, index) => {
      const endedAt = record.finishedAt ?? record.updatedAt;
      if ((keep !== undefined && index >= keep) || (before !== undefined && endedAt < before)) {
        this.#delete(record.id);
        pruned++;
      }
    });
    return pruned;
  }

  subscribe(listener: (event: JournalEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  async publish(event: JournalEvent): Promise<void> {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // One subscriber's failure must not keep the event from the others, nor fail the writer.
      }
    }
  }

  async listening(): Promise<void> {}

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
  }

  // -- saved scripts (see ScriptStore) --
  readonly #scripts = new MemoryScriptStore();
  addScriptVersion: ScriptStore["addScriptVersion"] = (script) =>
    this.#scripts.addScriptVersion(script);
  listScriptVersions: ScriptStore["listScriptVersions"] = (name) =>
    this.#scripts.listScriptVersions(name);
  approveScriptVersion: ScriptStore["approveScriptVersion"] = (name, version, decision) =>
    this.#scripts.approveScriptVersion(name, version, decision);
  removeScript: ScriptStore["removeScript"] = (name) => this.#scripts.removeScript(name);
  putExecutionScripts: ScriptStore["putExecutionScripts"] = (executionId, scripts) =>
    this.#scripts.putExecutionScripts(executionId, scripts);
  getExecutionScripts: ScriptStore["getExecutionScripts"] = (executionId) =>
    this.#scripts.getExecutionScripts(executionId);
  // -- end of saved scripts --

  // -- references, privacy tokens, state and emitted content (see RunDataStore) --
  readonly #runData = new MemoryRunData((executionId) => this.#executions.has(executionId));
  putReference: RunDataStore["putReference"] = async (reference) => {
    this.#open();
    return this.#runData.putReference(reference);
  };
  getReference: RunDataStore["getReference"] = async (id) => {
    this.#open();
    return this.#runData.getReference(id);
  };
  privacyToken: RunDataStore["privacyToken"] = async (kind, value) => {
    this.#open();
    return this.#runData.privacyToken(kind, value);
  };
  privacyValue: RunDataStore["privacyValue"] = async (kind, number) => {
    this.#open();
    return this.#runData.privacyValue(kind, number);
  };
  getState: RunDataStore["getState"] = async (scope, key) => {
    this.#open();
    return this.#runData.getState(scope, key);
  };
  setState: RunDataStore["setState"] = async (scope, key, value) => {
    this.#open();
    return this.#runData.setState(scope, key, value);
  };
  putEmitted: RunDataStore["putEmitted"] = async (executionId, contents) => {
    this.#open();
    return this.#runData.putEmitted(executionId, contents);
  };
  listEmitted: RunDataStore["listEmitted"] = async (executionId) => {
    this.#open();
    return this.#runData.listEmitted(executionId);
  };

  #delete(executionId: string): void {
    this.#runData.forget(executionId);
    this.#scripts.forget(executionId);
    this.#executions.delete(executionId);
    this.#calls.delete(executionId);
    for (const [id, approval] of this.#approvals)
      if (approval.executionId === executionId) this.#approvals.delete(id);
  }

  #open(): void {
    if (this.#closed) throw new StoreError(`The ${this.description} is closed.`);
  }
}

/** Newest first: by `createdAt`, then by id, both descending (as the SQL stores order). */
function newestFirst(a: ExecutionRecord, b: ExecutionRecord): number {
  return b.createdAt - a.createdAt || compareText(b.id, a.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of a record or value as a store would give it back: JSON data, optional fields that are
 * `undefined` absent. Records hold JSON values only, so a JSON round trip is exact.
 */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function wholeNumber(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new StoreError(`${what} must be a whole number, 0 or more (got ${value}).`);
  return value;
}
