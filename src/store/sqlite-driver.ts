import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { StoreError } from "../core/store-errors.js";
import { appendEvent, readEvents } from "./event-file.js";
import type { SqlDriver, SqlRow, SqlRunner, SqlValue } from "./sql-driver.js";
import {
  closeNow,
  MEMORY,
  queryNow,
  runNow,
  type SharedDatabase,
  sharedDatabase,
  use,
} from "./sqlite-database.js";

/** The database file inside the store folder. */
export const DATABASE_FILE = "journal.db";
/** Notifications between the processes sharing the store. */
const EVENTS_FILE = "events.log";

function label(folder: string): string {
  const fromHere = relative(process.cwd(), folder);
  return fromHere === ""
    ? "."
    : fromHere.startsWith("..") || isAbsolute(fromHere)
      ? folder
      : fromHere;
}

class SqliteDriver implements SqlDriver {
  readonly description: string;
  readonly exclusive: boolean;
  readonly durable: boolean;
  readonly #shared: SharedDatabase;
  readonly #runner: SqlRunner;
  #closed = false;

  constructor(shared: SharedDatabase) {
    this.#shared = shared;
    this.description = shared.memory ? "in-memory store" : `embedded store at ${shared.label}`;
    // Other processes may use the file too (one at a time): a running execution is taken as
    // interrupted only once its heartbeat stops.
    this.exclusive = shared.memory;
    this.durable = !shared.memory;
    this.#runner = {
      run: async (sql, params) => runNow(shared, sql, params),
      query: async (sql, params) => queryNow(shared, sql, params),
    };
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    this.#open();
    return use(this.#shared, () => runNow(this.#shared, sql, params));
  }

  async query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    this.#open();
    return use(this.#shared, () => queryNow(this.#shared, sql, params));
  }

  async transaction<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T> {
    this.#open();
    const shared = this.#shared;
    return use(shared, async (database) => {
      runNow(shared, "BEGIN IMMEDIATE");
      try {
        const result = await work(this.#runner);
        runNow(shared, "COMMIT");
        return result;
      } catch (error) {
        if (database.inTransaction) runNow(shared, "ROLLBACK");
        throw error;
      }
    });
  }

  /** To this process's listeners at once; to other processes' through the events file. */
  async notify(payload: string): Promise<void> {
    const shared = this.#shared;
    for (const listener of [...shared.listeners]) listener(payload);
    if (shared.memory) return;
    await use(shared, () => appendEvent(eventsPath(shared), payload));
  }

  listen(onPayload: (payload: string) => void): { ready: Promise<void>; stop(): void } {
    const shared = this.#shared;
    shared.listeners.add(onPayload);
    if (!shared.memory && !shared.stopReading)
      shared.stopReading = readEvents(eventsPath(shared), (payload) => {
        for (const listener of [...shared.listeners]) listener(payload);
      });
    return { ready: Promise.resolve(), stop: () => shared.listeners.delete(onPayload) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#shared.chain;
    this.#shared.references -= 1;
    if (this.#shared.references === 0) closeNow(this.#shared);
  }

  #open(): void {
    if (this.#closed) throw new StoreError(`The ${this.description} is closed.`);
  }
}

function eventsPath(shared: SharedDatabase): string {
  return join(dirname(shared.path), EVENTS_FILE);
}

/**
 * Opens (creating if needed) the embedded store's database, `journal.db` in `folder`. Any number
 * of processes may open the same folder: they take turns holding it (see `store-lease.ts`);
 * drivers opened on the same folder within one process share one database. A lock left by a
 * killed process is cleared. `{ memory: true }` opens a private database in memory, gone when
 * closed.
 *
 * @example
 * const driver = await openSqliteDriver({ folder: ".codemode" });
 */
export async function openSqliteDriver(
  options: { folder: string } | { memory: true },
): Promise<SqlDriver> {
  if ("memory" in options) {
    const shared = sharedDatabase(MEMORY, MEMORY);
    await use(shared, () => undefined);
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
  const shared = sharedDatabase(join(folder, DATABASE_FILE), folderLabel);
  shared.references += 1;
  try {
    // Opened now, so that a store that cannot be opened fails here with a clear error.
    await use(shared, () => undefined);
  } catch (error) {
    shared.references -= 1;
    if (shared.references === 0) closeNow(shared);
    throw error;
  }
  return new SqliteDriver(shared);
}
