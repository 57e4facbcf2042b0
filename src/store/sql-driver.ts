/** A value bound to a statement parameter or read from a column. */
export type SqlValue = string | number | null;

/** One row read back, by column name. */
export type SqlRow = Record<string, unknown>;

/** Runs statements on one connection (or inside one transaction). */
export interface SqlRunner {
  /** Runs a statement written with `$1`, `$2`… placeholders; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs a statement that returns rows (a `SELECT`, or a write with `RETURNING`). */
  query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
}

/**
 * The little a journal store needs from a database: statements with positional parameters, one
 * SQL dialect understood by SQLite and PostgreSQL alike, transactions, and (where the engine
 * spans processes) notifications. Errors are `StoreError`s that say what to do.
 *
 * @example
 * const driver = await openSqliteDriver({ folder: ".codemode" });
 * await driver.run("UPDATE executions SET status = $1 WHERE id = $2", ["failed", id]);
 */
export interface SqlDriver extends SqlRunner {
  /** For messages: "embedded store at .codemode", "PostgreSQL at 127.0.0.1:5432/app". */
  readonly description: string;
  /** Only this process uses the database (see `JournalStore.exclusive`). */
  readonly exclusive: boolean;
  /** The database outlives the process (see `JournalStore.durable`). */
  readonly durable: boolean;
  /**
   * A statement run first in the migration transaction so that two processes opening the same
   * database migrate one after the other (PostgreSQL: an advisory lock).
   */
  readonly migrationLock?: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T>;
  /** Sends a notification to every listener of this database, in this process and others. */
  notify?(payload: string): Promise<void>;
  /** Receives notifications; `ready` resolves once they are being received. */
  listen?(onPayload: (payload: string) => void): { ready: Promise<void>; stop(): void };
  close(): Promise<void>;
}
