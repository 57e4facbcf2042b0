import { createHash } from "node:crypto";
import { Client, type ClientConfig, Pool, type PoolClient, types } from "pg";
import { StoreError, StoreUnavailableError } from "../core/store-errors.js";
import { connectFailure, describePostgresTarget, statementFailure } from "./postgres-target.js";
import type { SqlDriver, SqlRow, SqlRunner, SqlValue } from "./sql-driver.js";

export interface PostgresDriverOptions {
  /** `postgres://user:password@host:port/database?options=-c%20search_path%3Dschema` */
  url: string;
  /** How long to wait for a connection before failing (5 s by default). */
  connectTimeoutMs?: number;
  /** Connections in the pool (10 by default). */
  maxConnections?: number;
}

/** An arbitrary, fixed key: migrations of every codemode journal take turns on it. */
const MIGRATION_LOCK_KEY = 4_242_031_100;
const INT8_OID = 20;
const RECONNECT_FIRST_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** BIGINT columns hold milliseconds: well within a double's exact integers. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : types.getTypeParser(oid, format ?? "text")) as typeof types.getTypeParser,
};

/** The notification channel: one per schema, since NOTIFY is database-wide. */
function channelFor(schema: string): string {
  if (schema === "public") return "codemode_journal";
  return `codemode_journal_${createHash("sha256").update(schema).digest("hex").slice(0, 16)}`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

class PostgresListener {
  readonly #config: ClientConfig;
  readonly #channel: string;
  readonly #onPayload: (payload: string) => void;
  #client: Client | undefined;
  #stopped = false;
  #delay = RECONNECT_FIRST_MS;
  #timer: NodeJS.Timeout | undefined;
  readonly ready: Promise<void>;
  #markReady: () => void = () => {};

  constructor(config: ClientConfig, channel: string, onPayload: (payload: string) => void) {
    this.#config = config;
    this.#channel = channel;
    this.#onPayload = onPayload;
    this.ready = new Promise((resolve) => {
      this.#markReady = resolve;
    });
    void this.#connect();
  }

  /** Connects and listens; on any failure, tries again later (events meanwhile are missed). */
  async #connect(): Promise<void> {
    if (this.#stopped) return;
    const client = new Client(this.#config);
    this.#client = client;
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      if (this.#client === client) this.#client = undefined;
      this.#scheduleReconnect();
    };
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", (message) => {
      if (message.channel === this.#channel && message.payload !== undefined)
        this.#onPayload(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdentifier(this.#channel)}`);
      if (this.#stopped) {
        retried = true;
        await client.end().catch(() => {});
        return;
      }
      this.#delay = RECONNECT_FIRST_MS;
      this.#markReady();
    } catch {
      retry();
    }
  }

  #scheduleReconnect(): void {
    if (this.#stopped) return;
    const delay = this.#delay;
    this.#delay = Math.min(this.#delay * 2, RECONNECT_MAX_MS);
    this.#timer = setTimeout(() => void this.#connect(), delay);
    this.#timer.unref();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    if (client) {
      client.removeAllListeners("end");
      client.end().catch(() => {});
    }
  }
}

class PostgresDriver implements SqlDriver {
  readonly description: string;
  readonly exclusive = false;
  readonly durable = true;
  readonly migrationLock = `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
  readonly #target: string;
  readonly #pool: Pool;
  readonly #config: ClientConfig;
  readonly #channel: string;
  readonly #listeners = new Set<(payload: string) => void>();
  #listener: PostgresListener | undefined;
  #closed = false;

  constructor(options: { target: string; pool: Pool; config: ClientConfig; channel: string }) {
    this.#target = options.target;
    this.description = `PostgreSQL store at ${options.target}`;
    this.#pool = options.pool;
    this.#config = options.config;
    this.#channel = options.channel;
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return (await this.#query(this.#pool, sql, params)).rowCount ?? 0;
  }

  async query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    return (await this.#query(this.#pool, sql, params)).rows;
  }

  async transaction<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T> {
    const client = await this.#connect();
    const runner: SqlRunner = {
      run: async (sql, params) => (await this.#query(client, sql, params)).rowCount ?? 0,
      query: async (sql, params) => (await this.#query(client, sql, params)).rows,
    };
    let broken = false;
    // A checked-out client that loses its connection emits "error" besides failing its query;
    // unheard, that event would crash the process.
    const onError = () => {
      broken = true;
    };
    client.on("error", onError);
    try {
      await runner.run("BEGIN");
      const result = await work(runner);
      await runner.run("COMMIT");
      return result;
    } catch (error) {
      broken = error instanceof StoreUnavailableError;
      if (!broken)
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
      throw error;
    } finally {
      client.removeListener("error", onError);
      // A connection that failed is dropped rather than handed to the next caller.
      client.release(broken || undefined);
    }
  }

  async notify(payload: string): Promise<void> {
    await this.query("SELECT pg_notify($1, $2)", [this.#channel, payload]);
  }

  listen(onPayload: (payload: string) => void): { ready: Promise<void>; stop(): void } {
    this.#listeners.add(onPayload);
    this.#listener ??= new PostgresListener(this.#config, this.#channel, (payload) => {
      for (const listener of [...this.#listeners]) listener(payload);
    });
    return {
      ready: this.#listener.ready,
      stop: () => {
        this.#listeners.delete(onPayload);
        if (this.#listeners.size === 0) {
          this.#listener?.stop();
          this.#listener = undefined;
        }
      },
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#listener?.stop();
    this.#listener = undefined;
    await this.#pool.end().catch(() => {});
  }

  async #connect(): Promise<PoolClient> {
    if (this.#closed) throw new StoreError(`The ${this.description} is closed.`);
    try {
      return await this.#pool.connect();
    } catch (error) {
      throw statementFailure(this.#target, error);
    }
  }

  async #query(
    on: Pool | PoolClient,
    sql: string,
    params: readonly SqlValue[] = [],
  ): Promise<{ rows: SqlRow[]; rowCount: number | null }> {
    if (this.#closed) throw new StoreError(`The ${this.description} is closed.`);
    try {
      return await on.query(sql, params as SqlValue[]);
    } catch (error) {
      throw statementFailure(this.#target, error);
    }
  }
}

/**
 * Connects to PostgreSQL (failing within `connectTimeoutMs` with a message naming host, port and
 * database when it cannot) and returns a driver over a connection pool. Journal events travel
 * between processes by LISTEN/NOTIFY on a dedicated connection, re-established if it drops.
 *
 * @example
 * const driver = await openPostgresDriver({ url: "postgres://postgres@127.0.0.1:5432/app" });
 */
export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const target = describePostgresTarget(options.url);
  const config: ClientConfig = {
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    keepAlive: true,
    application_name: "codemode",
    types: typeParsers,
  };
  const pool = new Pool({ ...config, max: options.maxConnections ?? 10 });
  // An idle connection that drops is removed by the pool; without a listener it would crash us.
  pool.on("error", () => {});
  let schema: string;
  try {
    const result = await pool.query("SELECT current_schema() AS schema");
    schema = String(result.rows[0]?.schema ?? "public");
  } catch (error) {
    await pool.end().catch(() => {});
    throw connectFailure(target, error);
  }
  return new PostgresDriver({ target, pool, config, channel: channelFor(schema) });
}
