import { createRequire } from "node:module";
import type { Database, Statement } from "node-sqlite3-wasm";
import { StoreConflictError, StoreError } from "../core/store-errors.js";
import type { SqlRow, SqlValue } from "./sql-driver.js";
import { announceWant, watchWants, withdrawWant } from "./store-lease.js";
import {
  clearStaleLock,
  inUseError,
  readOwner,
  recordOwner,
  takeOpeningTurn,
} from "./store-owner.js";

/** Prepared statements kept per database; dynamic ones (IN lists) beyond this are re-prepared. */
const STATEMENT_CACHE = 256;
export const MEMORY = ":memory:";
/** How long a process waits for another to let go of the store before it says so. */
const WAIT_FOR_HOLDER_MS = 30_000;
/** A holder busy with one use after another lets a waiter in after this long. */
const MAX_HOLD_WHEN_WANTED_MS = 50;

type SqliteModule = typeof import("node-sqlite3-wasm");
let sqliteModule: SqliteModule | undefined;

/** node-sqlite3-wasm compiles its WebAssembly when first required: once per process. */
function loadSqlite(): SqliteModule {
  sqliteModule ??= createRequire(import.meta.url)("node-sqlite3-wasm") as SqliteModule;
  return sqliteModule;
}

/**
 * One database per file per process, shared by every driver opened on it. Uses of it run one
 * after the other (a transaction's statements never interleave with others'); the database is
 * open while this process holds the store, which it lets go of when another process wants it
 * (see `store-lease.ts`).
 */
export interface SharedDatabase {
  path: string;
  label: string;
  memory: boolean;
  /** Open while this process holds the store (always, in memory). */
  database: Database | undefined;
  statements: Map<string, Statement>;
  references: number;
  chain: Promise<unknown>;
  /** Uses queued or under way. */
  pending: number;
  heldSince: number;
  /** Another process waits for the store: let go once the use under way is done. */
  wanted: boolean;
  stopWatching: (() => void) | undefined;
  /** Notification listeners of this process; `stopReading` ends reading other processes'. */
  listeners: Set<(payload: string) => void>;
  stopReading: (() => void) | undefined;
}

const openDatabases = new Map<string, SharedDatabase>();
let exitHookInstalled = false;

/** The shared database of a file (or a new private one in memory). */
export function sharedDatabase(path: string, label: string): SharedDatabase {
  const existing = path === MEMORY ? undefined : openDatabases.get(path);
  if (existing) return existing;
  const shared: SharedDatabase = {
    path,
    label,
    memory: path === MEMORY,
    database: undefined,
    statements: new Map(),
    references: 0,
    chain: Promise.resolve(),
    pending: 0,
    heldSince: 0,
    wanted: false,
    stopWatching: undefined,
    listeners: new Set(),
    stopReading: undefined,
  };
  if (!shared.memory) {
    openDatabases.set(path, shared);
    installExitHook();
  }
  return shared;
}

const translated = new Map<string, string>();
function toSqlite(sql: string): string {
  let text = translated.get(sql);
  if (text === undefined) {
    text = sql.replace(/\$(\d+)/g, "?$1");
    if (translated.size < 1024) translated.set(sql, text);
  }
  return text;
}

export function failure(shared: { label: string }, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/constraint failed: UNIQUE|UNIQUE constraint|PRIMARY KEY/i.test(message))
    return new StoreConflictError(`A record with this key already exists (${message}).`, {
      cause: error,
    });
  if (/database is locked/i.test(message)) return inUseError(shared.label);
  return new StoreError(`The embedded store at ${shared.label} failed: ${message}.`, {
    cause: error,
  });
}

function statement(shared: SharedDatabase, sql: string): Statement {
  const text = toSqlite(sql);
  let prepared = shared.statements.get(text);
  if (prepared === undefined) {
    if (!shared.database) throw new StoreError(`The store at ${shared.label} is not held here.`);
    prepared = shared.database.prepare(text);
    if (shared.statements.size >= STATEMENT_CACHE) {
      const [oldest, old] = shared.statements.entries().next().value as [string, Statement];
      shared.statements.delete(oldest);
      finalizeQuietly(old);
    }
    shared.statements.set(text, prepared);
  }
  return prepared;
}

function finalizeQuietly(prepared: Statement): void {
  try {
    prepared.finalize();
  } catch {
    // finalize() repeats the statement's last error, already reported.
  }
}

/** A statement that failed cannot be reset for reuse: drop it from the cache. */
function forget(shared: SharedDatabase, sql: string): void {
  const text = toSqlite(sql);
  const prepared = shared.statements.get(text);
  if (prepared === undefined) return;
  shared.statements.delete(text);
  finalizeQuietly(prepared);
}

export function runNow(
  shared: SharedDatabase,
  sql: string,
  params: readonly SqlValue[] = [],
): number {
  try {
    return statement(shared, sql).run(params as SqlValue[]).changes;
  } catch (error) {
    forget(shared, sql);
    throw failure(shared, error);
  }
}

export function queryNow(
  shared: SharedDatabase,
  sql: string,
  params: readonly SqlValue[] = [],
): SqlRow[] {
  try {
    return statement(shared, sql).all(params as SqlValue[]) as SqlRow[];
  } catch (error) {
    forget(shared, sql);
    throw failure(shared, error);
  }
}

/**
 * WAL with an exclusive lock: this VFS has no shared memory, so WAL works only in exclusive
 * mode, which suits a store that one process holds. A commit is written to the OS before it
 * returns (it survives the process being killed); `synchronous = NORMAL` fsyncs at checkpoints
 * only, so a power loss may drop the last commits but never corrupts the file. SQLite's own
 * lower() folds ASCII only; PostgreSQL's folds every script: lower() is replaced to match it.
 */
function configure(database: Database, memory: boolean): void {
  database.function("lower", (value) => (typeof value === "string" ? value.toLowerCase() : value), {
    deterministic: true,
  });
  database.exec("PRAGMA foreign_keys = ON");
  if (memory) return;
  database.exec("PRAGMA locking_mode = EXCLUSIVE");
  const mode = database.get("PRAGMA journal_mode = WAL") as { journal_mode?: string } | null;
  if (mode?.journal_mode !== "wal")
    throw new StoreError(`SQLite refused WAL mode (journal_mode is ${mode?.journal_mode}).`);
  database.exec("PRAGMA synchronous = NORMAL");
}

/** Opens the database if no other process holds it; undefined when one does. */
function tryOpen(shared: SharedDatabase): Database | undefined {
  const { Database } = loadSqlite();
  if (shared.memory) {
    const database = new Database(MEMORY);
    configure(database, true);
    return database;
  }
  const endTurn = takeOpeningTurn(shared.path, shared.label);
  try {
    if (clearStaleLock(shared.path)) return undefined;
    const database = new Database(shared.path);
    try {
      configure(database, false);
    } catch (error) {
      database.close();
      if (/database is locked/i.test(error instanceof Error ? error.message : "")) return undefined;
      throw failure(shared, error);
    }
    recordOwner(shared.path);
    return database;
  } finally {
    endTurn();
  }
}

/** The database, held by this process: opened now, or once the process holding it lets go. */
async function hold(shared: SharedDatabase): Promise<Database> {
  if (shared.database) return shared.database;
  const started = Date.now();
  let announced = false;
  for (let delay = 1; ; delay = Math.min(delay * 2, 20)) {
    const database = tryOpen(shared);
    if (database) {
      if (announced) withdrawWant(shared.path);
      shared.database = database;
      shared.heldSince = Date.now();
      if (!shared.memory)
        shared.stopWatching = watchWants(shared.path, () => {
          shared.wanted = true;
          if (shared.pending === 0) release(shared);
        });
      return database;
    }
    if (!announced) {
      announceWant(shared.path);
      announced = true;
    }
    if (Date.now() - started > WAIT_FOR_HOLDER_MS) {
      withdrawWant(shared.path);
      throw inUseError(shared.label, readOwner(`${shared.path}.owner`), WAIT_FOR_HOLDER_MS);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Runs `work` with the database held, after the uses queued before it; lets go when wanted. */
export function use<T>(
  shared: SharedDatabase,
  work: (database: Database) => T | Promise<T>,
): Promise<T> {
  shared.pending += 1;
  const turn = shared.chain.then(async () => {
    try {
      return await work(await hold(shared));
    } finally {
      shared.pending -= 1;
      const long = Date.now() - shared.heldSince > MAX_HOLD_WHEN_WANTED_MS;
      if (shared.wanted && (shared.pending === 0 || long)) release(shared);
    }
  });
  shared.chain = turn.catch(() => undefined);
  return turn;
}

/** Lets go of the store: statements finalized, the database closed (checkpointed, unlocked). */
function release(shared: SharedDatabase): void {
  shared.stopWatching?.();
  shared.stopWatching = undefined;
  shared.wanted = false;
  for (const prepared of shared.statements.values()) finalizeQuietly(prepared);
  shared.statements.clear();
  const database = shared.database;
  shared.database = undefined;
  database?.close();
}

export function closeNow(shared: SharedDatabase): void {
  if (openDatabases.get(shared.path) === shared) openDatabases.delete(shared.path);
  shared.stopReading?.();
  shared.stopReading = undefined;
  shared.listeners.clear();
  release(shared);
  if (!shared.memory) withdrawWant(shared.path);
}

/** A process that exits without closing would leave its lock behind: close what is open. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const shared of [...openDatabases.values()]) {
      try {
        closeNow(shared);
      } catch {
        // Exiting anyway; the next opener clears a stale lock.
      }
    }
  });
}
