import { randomUUID } from "node:crypto";
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
import type { ExecutionErrorInfo } from "../core/sandbox.js";
import type { ScriptStore } from "../core/saved-script.js";
import { StoreConflictError, StoreError } from "../core/store-errors.js";
import { APPROVAL_INSERT, approvalFromRow, approvalParams } from "./approval-row.js";
import { CALL_UPSERT, callFromRow, callParams } from "./call-row.js";
import {
  EXECUTION_INSERT,
  executionAssignments,
  executionFromRow,
  executionParams,
} from "./execution-row.js";
import { decodeEventMessage, encodeEventMessage } from "./journal-event.js";
import { migrate } from "./migrate.js";
import { sqlRunData } from "./ref-row.js";
import { writeInteger, writeJson, writeOptionalInteger, writeOptionalText } from "./row-values.js";
import {
  addScriptVersion,
  approveScriptVersion,
  getExecutionScripts,
  listScriptVersions,
  putExecutionScripts,
  removeScript,
} from "./script-row.js";
import type { SqlDriver, SqlRunner, SqlValue } from "./sql-driver.js";

const DEFAULT_LIMIT = 100;
/** Ids per `IN (...)` list: well under both engines' parameter limits. */
const CHUNK = 500;

/** `$first, $first+1, …` for `count` parameters. */
function placeholders(count: number, first: number): string {
  return Array.from({ length: count }, (_, index) => `$${first + index}`).join(", ");
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK)
    result.push(items.slice(start, start + CHUNK));
  return result;
}

/** `%text%` for LIKE, with the pattern characters in `text` taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function wholeNumber(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new StoreError(`${what} must be a whole number of 0 or more, got ${value}.`);
  return value;
}

/**
 * The journal over any {@link SqlDriver}: SQLite (the embedded store) and PostgreSQL run the same
 * statements. State changes are compare-and-set in the `WHERE` clause, so of several processes
 * sharing a database exactly one makes each transition.
 *
 * @example
 * const store = await createSqlJournalStore(await openSqliteDriver({ folder: ".codemode" }));
 * await store.createExecution(record);
 */
export class SqlJournalStore implements JournalStore {
  readonly description: string;
  readonly exclusive: boolean;
  readonly durable: boolean;
  readonly #driver: SqlDriver;
  /** Tags this store's notifications, so that it does not hear its own twice. */
  readonly #origin = randomUUID();
  readonly #listeners = new Set<(event: JournalEvent) => void>();
  #listening: { ready: Promise<void>; stop(): void } | undefined;
  #closed = false;

  constructor(driver: SqlDriver) {
    this.#driver = driver;
    this.description = driver.description;
    this.exclusive = driver.exclusive;
    this.durable = driver.durable;
  }

  async createExecution(record: ExecutionRecord): Promise<void> {
    await this.#insert(EXECUTION_INSERT, executionParams(record), `an execution "${record.id}"`);
  }

  async getExecution(id: string): Promise<ExecutionRecord | undefined> {
    const rows = await this.#driver.query("SELECT * FROM executions WHERE id = $1", [id]);
    return rows[0] === undefined ? undefined : executionFromRow(rows[0]);
  }

  /**
   * Writes the given fields (an optional field given as `undefined` is cleared); with
   * `expected`, only while the status is one of them. Returns whether the row was written.
   */
  async updateExecution(
    id: string,
    fields: Partial<Omit<ExecutionRecord, "id" | "createdAt">>,
    expected?: readonly ExecutionStatus[],
  ): Promise<boolean> {
    if (expected !== undefined && expected.length === 0) return false;
    const { assignments, params } = executionAssignments(fields, 2);
    const statuses = expected ?? [];
    const where = `id = $1${
      expected ? ` AND status IN (${placeholders(statuses.length, 2 + params.length)})` : ""
    }`;
    if (assignments.length === 0) {
      const rows = await this.#driver.query(`SELECT id FROM executions WHERE ${where}`, [
        id,
        ...statuses,
      ]);
      return rows.length > 0;
    }
    const changed = await this.#driver.run(
      `UPDATE executions SET ${assignments.join(", ")} WHERE ${where}`,
      [id, ...params, ...statuses],
    );
    return changed > 0;
  }

  /** Newest first (by `createdAt`, then id); `text` matches the code or the id, ignoring case. */
  async listExecutions(query: ExecutionQuery = {}): Promise<ExecutionRecord[]> {
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    if (query.status !== undefined) {
      const statuses: readonly ExecutionStatus[] =
        typeof query.status === "string" ? [query.status] : query.status;
      if (statuses.length === 0) return [];
      conditions.push(`status IN (${placeholders(statuses.length, 1)})`);
      params.push(...statuses);
    }
    if (query.text) {
      params.push(containsPattern(query.text));
      const index = params.length;
      conditions.push(
        `(lower(code) LIKE $${index} ESCAPE '\\' OR lower(id) LIKE $${index} ESCAPE '\\')`,
      );
    }
    params.push(wholeNumber(query.limit, DEFAULT_LIMIT, "limit"));
    params.push(wholeNumber(query.offset, 0, "offset"));
    const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    const rows = await this.#driver.query(
      `SELECT * FROM executions ${where} ORDER BY created_at DESC, id DESC
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map(executionFromRow);
  }

  async putCall(call: CallRecord): Promise<void> {
    await this.#driver.run(CALL_UPSERT, callParams(call));
  }

  /** In `seq` order. */
  async listCalls(executionId: string): Promise<CallRecord[]> {
    const rows = await this.#driver.query(
      "SELECT * FROM calls WHERE execution_id = $1 ORDER BY seq",
      [executionId],
    );
    return rows.map(callFromRow);
  }

  async recoverInterrupted(options: {
    staleBefore: number;
    owner?: string;
    error: ExecutionErrorInfo;
    now: number;
  }): Promise<string[]> {
    const params = [
      // An exclusive store passes +Infinity: every running execution was interrupted.
      options.staleBefore === Number.POSITIVE_INFINITY
        ? Number.MAX_SAFE_INTEGER
        : writeInteger(options.staleBefore, "staleBefore"),
      writeOptionalText(options.owner),
      writeJson(options.error, "error"),
      writeInteger(options.now, "now"),
    ];
    // A run stopped before it started its approved call (nothing was in flight) goes back to
    // `paused`, to be resumed: nothing about it is unknown. Any other fails.
    const resumable = `NOT EXISTS (SELECT 1 FROM calls c WHERE c.execution_id = executions.id
        AND c.state = 'started')
      AND EXISTS (SELECT 1 FROM calls c WHERE c.execution_id = executions.id AND c.state = 'approved')`;
    return this.#driver.transaction(async (runner) => {
      const rows = await runner.query(
        `UPDATE executions SET
           status = CASE WHEN ${resumable} THEN 'paused' ELSE 'failed' END,
           error = CASE WHEN ${resumable} THEN NULL ELSE CAST($3 AS TEXT) END,
           finished_at = CASE WHEN ${resumable} THEN NULL ELSE CAST($4 AS BIGINT) END,
           updated_at = $4, owner = NULL
         WHERE status = 'running' AND (updated_at < $1 OR owner = $2) RETURNING id, status`,
        params,
      );
      const ids = rows.filter((row) => row.status === "failed").map((row) => String(row.id));
      for (const part of chunks(ids))
        await runner.run(
          `UPDATE calls SET state = 'unknown'
           WHERE state = 'started' AND execution_id IN (${placeholders(part.length, 1)})`,
          part,
        );
      return rows.map((row) => String(row.id));
    });
  }

  async createApproval(approval: ApprovalRecord): Promise<void> {
    await this.#insert(APPROVAL_INSERT, approvalParams(approval), `an approval "${approval.id}"`);
  }

  async getApproval(id: string): Promise<ApprovalRecord | undefined> {
    const rows = await this.#driver.query("SELECT * FROM approvals WHERE id = $1", [id]);
    return rows[0] === undefined ? undefined : approvalFromRow(rows[0]);
  }

  /** Oldest first (by `createdAt`, then id). */
  async listApprovals(
    query: { status?: ApprovalStatus; executionId?: string } = {},
  ): Promise<ApprovalRecord[]> {
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    if (query.status !== undefined) {
      params.push(query.status);
      conditions.push(`status = $${params.length}`);
    }
    if (query.executionId !== undefined) {
      params.push(query.executionId);
      conditions.push(`execution_id = $${params.length}`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    const rows = await this.#driver.query(
      `SELECT * FROM approvals ${where} ORDER BY created_at, id`,
      params,
    );
    return rows.map(approvalFromRow);
  }

  async decideApproval(
    id: string,
    decision: Pick<ApprovalRecord, "status" | "decidedAt"> &
      Partial<Pick<ApprovalRecord, "decidedBy" | "note">>,
  ): Promise<ApprovalRecord | undefined> {
    if (decision.status === "pending")
      throw new StoreError(`An approval is decided as approved, rejected or expired, not pending.`);
    const rows = await this.#driver.query(
      `UPDATE approvals SET status = $2, decided_at = $3, decided_by = $4, note = $5
       WHERE id = $1 AND status = 'pending' RETURNING *`,
      [
        id,
        decision.status,
        writeOptionalInteger(decision.decidedAt, "decidedAt"),
        writeOptionalText(decision.decidedBy),
        writeOptionalText(decision.note),
      ],
    );
    return rows[0] === undefined ? undefined : approvalFromRow(rows[0]);
  }

  /**
   * Deletes finished executions beyond `keepFinished` (newest by `createdAt` kept) or that ended
   * (`finishedAt`, else `updatedAt`) before `now - maxAgeMs`, with their calls and approvals.
   */
  async prune(policy: RetentionPolicy, now: number): Promise<number> {
    if (policy.keepFinished === undefined && policy.maxAgeMs === undefined) return 0;
    const keep =
      policy.keepFinished === undefined
        ? null
        : wholeNumber(policy.keepFinished, 0, "keepFinished");
    const before =
      policy.maxAgeMs === undefined
        ? null
        : writeInteger(now, "now") - wholeNumber(policy.maxAgeMs, 0, "maxAgeMs");
    const finished = placeholders(FINISHED_STATUSES.length, 3);
    return this.#driver.transaction(async (runner) => {
      const rows = await runner.query(
        `SELECT id FROM (
           SELECT id, COALESCE(finished_at, updated_at) AS ended_at,
             ROW_NUMBER() OVER (ORDER BY created_at DESC, id DESC) AS position
           FROM executions WHERE status IN (${finished})
         ) ranked WHERE position > $1 OR ended_at < $2`,
        [keep, before, ...FINISHED_STATUSES],
      );
      const ids = rows.map((row) => String(row.id));
      for (const part of chunks(ids)) await deleteExecutions(runner, part);
      return ids.length;
    });
  }

  subscribe(listener: (event: JournalEvent) => void): () => void {
    this.#listeners.add(listener);
    if (!this.#listening && this.#driver.listen && !this.#closed)
      this.#listening = this.#driver.listen((payload) => {
        const message = decodeEventMessage(payload);
        if (message && message.origin !== this.#origin) this.#deliver(message.event);
      });
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Resolves once events published by other processes reach this store's subscribers. */
  listening(): Promise<void> {
    return this.#listening?.ready ?? Promise.resolve();
  }

  /** Delivers to this store's subscribers at once, then to other stores of the same database. */
  async publish(event: JournalEvent): Promise<void> {
    this.#deliver(event);
    await this.#driver.notify?.(encodeEventMessage({ origin: this.#origin, event }));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#listening?.stop();
    this.#listeners.clear();
    await this.#driver.close();
  }

  // -- saved scripts (see ScriptStore; the SQL is in script-row.ts) --
  addScriptVersion: ScriptStore["addScriptVersion"] = (script) =>
    addScriptVersion(this.#driver, script);
  listScriptVersions: ScriptStore["listScriptVersions"] = (name) =>
    listScriptVersions(this.#driver, name);
  approveScriptVersion: ScriptStore["approveScriptVersion"] = (name, version, decision) =>
    approveScriptVersion(this.#driver, name, version, decision);
  removeScript: ScriptStore["removeScript"] = (name) => removeScript(this.#driver, name);
  putExecutionScripts: ScriptStore["putExecutionScripts"] = (executionId, scripts) =>
    putExecutionScripts(this.#driver, executionId, scripts);
  getExecutionScripts: ScriptStore["getExecutionScripts"] = (executionId) =>
    getExecutionScripts(this.#driver, executionId);
  // -- end of saved scripts --

  #deliver(event: JournalEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // One subscriber's failure must not keep the event from the others, nor fail the writer.
      }
    }
  }

  // -- references, privacy tokens, state and emitted content (see RunDataStore) --
  get #runData(): RunDataStore {
    this.#runDataCache ??= sqlRunData(this.#driver);
    return this.#runDataCache;
  }
  #runDataCache: RunDataStore | undefined;
  putReference: RunDataStore["putReference"] = (reference) => this.#runData.putReference(reference);
  getReference: RunDataStore["getReference"] = (id) => this.#runData.getReference(id);
  privacyToken: RunDataStore["privacyToken"] = (kind, value) =>
    this.#runData.privacyToken(kind, value);
  privacyValue: RunDataStore["privacyValue"] = (kind, number) =>
    this.#runData.privacyValue(kind, number);
  getState: RunDataStore["getState"] = (scope, key) => this.#runData.getState(scope, key);
  setState: RunDataStore["setState"] = (scope, key, value, now) =>
    this.#runData.setState(scope, key, value, now);
  putEmitted: RunDataStore["putEmitted"] = (executionId, contents) =>
    this.#runData.putEmitted(executionId, contents);
  listEmitted: RunDataStore["listEmitted"] = (executionId) =>
    this.#runData.listEmitted(executionId);

  async #insert(sql: string, params: SqlValue[], what: string): Promise<void> {
    try {
      await this.#driver.run(sql, params);
    } catch (error) {
      if (error instanceof StoreConflictError)
        throw new StoreConflictError(
          `${what[0]?.toUpperCase()}${what.slice(1)} already exists in the ${this.description}.`,
          { cause: error },
        );
      throw error;
    }
  }
}

async function deleteExecutions(runner: SqlRunner, ids: string[]): Promise<void> {
  const list = placeholders(ids.length, 1);
  await runner.run(`DELETE FROM calls WHERE execution_id IN (${list})`, ids);
  await runner.run(`DELETE FROM approvals WHERE execution_id IN (${list})`, ids);
  await runner.run(`DELETE FROM executions WHERE id IN (${list})`, ids);
}

/**
 * A journal store over `driver`, its schema migrated. Closes the driver if that fails.
 *
 * @example
 * const store = await createSqlJournalStore(await openPostgresDriver({ url }));
 */
export async function createSqlJournalStore(driver: SqlDriver): Promise<SqlJournalStore> {
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close().catch(() => {});
    throw error;
  }
  return new SqlJournalStore(driver);
}
