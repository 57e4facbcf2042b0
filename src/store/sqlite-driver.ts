import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { Database, Statement } from "node-sqlite3-wasm";
import type { SqlDriver, SqlRow, SqlRunner, SqlValue } from "./sql-driver.js";
import { StoreConflictError, StoreError } from "./store-errors.js";
import { clearStaleLock, inUseError, recordOwner, takeOpeningTurn } from "./store-owner.js";

/** The database file inside the store folder. */
export const DATABASE_FILE = "journal.db";
/** Prepared statements kept per database; dynamic ones (IN lists) beyond this are re-prepared. */
const STATEMENT_CACHE = 256;

type SqliteModule = typeof import("node-sqlite3-wasm");
let sqliteModule: SqliteModule | undefined;

/** node-sqlite3-wasm compiles its WebAssembly when first required: once per process. */
function loadSqlite(): SqliteModule {
  sqliteModule ??= createRequire(import.meta.url)("node-sqlite3-wasm") as SqliteModule;
  return sqliteModule;
}

/** One open database per file per process, shared by every driver opened on it. */
interface SharedDatabase {
  path: string;
  label: string;
  database: Database;
  statements: Map<string, Statement>;
  references: number;
  /** Set while a transaction runs: other statements wait for it. */
  transaction: Promise<void> | undefined;
  /** In-process notification listeners (the embedded store serves one process). */
  listeners: Set<(payload: string) => void>;
}

const MEMORY = ":memory:";
const openDatabases = new Map<string, SharedDatabase>();
let exitHookInstalled = false;

/** `$1` → `?1`: SQLite numbers `?NNN` parameters explicitly, whatever order they appear in. */
const translated = new Map<string, string>();
function toSqlite(sql: string): string {
  let text = translated.get(sql);
  if (text === undefined) {
    text = sql.replace(/\$(\d+)/g, "?$1");
    if (translated.size < 1024) translated.set(sql, text);
  }
  return text;
}

function label(folder: string): string {
  const fromHere = relative(process.cwd(), folder);
  return fromHere === ""
    ? "."
    : fromHere.startsWith("..") || isAbsolute(fromHere)
      ? folder
      : fromHere;
}

function failure(shared: { label: string }, error: unknown): StoreError {
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

function runNow(shared: SharedDatabase, sql: string, params: readonly SqlValue[] = []): number {
  try {
    return statement(shared, sql).run(params as SqlValue[]).changes;
  } catch (error) {
    forget(shared, sql);
    throw failure(shared, error);
  }
}

function queryNow(shared: SharedDatabase, sql: string, params: readonly SqlValue[] = []): SqlRow[] {
  try {
    return statement(shared, sql).all(params as SqlValue[]) as SqlRow[];
  } catch (error) {
    forget(shared, sql);
    throw failure(shared, error);
  }
}

function closeNow(shared: SharedDatabase): void {
  if (openDatabases.get(shared.path) === shared) openDatabases.delete(shared.path);
  for (const prepared of shared.statements.values()) finalizeQuietly(prepared);
  shared.statements.clear();
  shared.listeners.clear();
  // Checkpoints the WAL into journal.db and removes journal.db.lock.
  shared.database.close();
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

function openDatabase(path: string, folderLabel: string): SharedDatabase {
  const { Database } = loadSqlite();
  const database = new Database(path);
  const shared: SharedDatabase = {
    path,
    label: folderLabel,
    database,
    statements: new Map(),
    references: 0,
    transaction: undefined,
    listeners: new Set(),
  };
  try {
    configure(database, path === MEMORY);
    if (path !== MEMORY) recordOwner(path);
  } catch (error) {
    database.close();
    throw failure(shared, error);
  }
  return shared;
}

function openShared(path: string, folderLabel: string): SharedDatabase {
  const endTurn = takeOpeningTurn(path, folderLabel);
  try {
    clearStaleLock(path, folderLabel);
    const shared = openDatabase(path, folderLabel);
    openDatabases.set(path, shared);
    installExitHook();
    return shared;
  } finally {
    endTurn();
  }
}

class SqliteDriver implements SqlDriver {
  readonly description: string;
  readonly exclusive = true;
  readonly durable: boolean;
  readonly #shared: SharedDatabase;
  readonly #runner: SqlRunner;
  #closed = false;

  constructor(shared: SharedDatabase) {
    this.#shared = shared;
    this.description =
      shared.path === MEMORY ? "in-memory store" : `embedded store at ${shared.label}`;
    this.durable = shared.path !== MEMORY;
    this.#runner = {
      run: async (sql, params) => runNow(shared, sql, params),
      query: async (sql, params) => queryNow(shared, sql, params),
    };
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    await this.#ready();
    return runNow(this.#shared, sql, params);
  }

  async query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    await this.#ready();
    return queryNow(this.#shared, sql, params);
  }

  async transaction<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T> {
    await this.#ready();
    const shared = this.#shared;
    let finish: () => void = () => {};
    shared.transaction = new Promise((resolve) => {
      finish = resolve;
    });
    try {
      runNow(shared, "BEGIN IMMEDIATE");
      try {
        const result = await work(this.#runner);
        runNow(shared, "COMMIT");
        return result;
      } catch (error) {
        if (shared.database.inTransaction) runNow(shared, "ROLLBACK");
        throw error;
      }
    } finally {
      shared.transaction = undefined;
      finish();
    }
  }

  async notify(payload: string): Promise<void> {
    for (const listener of [...this.#shared.listeners]) listener(payload);
  }

  listen(onPayload: (payload: string) => void): { ready: Promise<void>; stop(): void } {
    this.#shared.listeners.add(onPayload);
    return { ready: Promise.resolve(), stop: () => this.#shared.listeners.delete(onPayload) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#idle();
    this.#shared.references -= 1;
    if (this.#shared.references === 0) closeNow(this.#shared);
  }

  /** Waits while a transaction runs: its statements and others must not interleave. */
  async #idle(): Promise<void> {
    while (this.#shared.transaction) await this.#shared.transaction;
  }

  async #ready(): Promise<void> {
    if (this.#closed) throw new StoreError(`The ${this.description} is closed.`);
    await this.#idle();
  }
}

/**
 * Opens (creating if needed) the embedded store's database, `journal.db` in `folder`. One process
 * holds it at a time: another process gets a clear in-use error; drivers opened on the same
 * folder within this process share one database. A lock left by a killed process is cleared.
 * `{ memory: true }` opens a private database in memory, gone when closed.
 *
 * @example
 * const driver = await openSqliteDriver({ folder: ".codemode" });
 */
export async function openSqliteDriver(
  options: { folder: string } | { memory: true },
): Promise<SqlDriver> {
  if ("memory" in options) {
    const shared = openDatabase(MEMORY, MEMORY);
    shared.references = 1;
    return new SqliteDriver(shared);
  }
  const folder = resolve(options.folder);
  const folderLabel = label(folder);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new StoreError(
      `Cannot create the store folder ${folderLabel}: ${(error as Error).message}. Point store in the config at a writable folder.`,
      { cause: error },
    );
  }
  const path = join(folder, DATABASE_FILE);
  let shared = openDatabases.get(path);
  if (shared === undefined) shared = openShared(path, folderLabel);
  shared.references += 1;
  return new SqliteDriver(shared);
}
