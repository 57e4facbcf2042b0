import { parseJson } from "../core/json.js";
import type { EmittedContent, ResultReference, RunDataStore } from "../core/run-data.js";
import { StoreError } from "../core/store-errors.js";
import type { Migration } from "./journal-schema.js";
import type { SqlRunner } from "./sql-driver.js";

/**
 * Migration 4: references, privacy tokens, session state and emitted content. References and
 * emitted content belong to an execution and go with it when it is pruned (ON DELETE CASCADE);
 * tokens and state outlive executions.
 */
export const RUN_DATA_MIGRATIONS: readonly Migration[] = [
  {
    version: 4,
    statements: [
      `CREATE TABLE result_refs (
        id TEXT PRIMARY KEY,
        execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
      "CREATE INDEX result_refs_execution ON result_refs (execution_id)",
      `CREATE TABLE privacy_tokens (
        kind TEXT NOT NULL,
        number INTEGER NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (kind, number),
        UNIQUE (kind, value)
      )`,
      `CREATE TABLE run_state (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (scope, key)
      )`,
      `CREATE TABLE emitted_content (
        execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (execution_id, seq)
      )`,
    ],
  },
];

/** How often a token insert that lost a race for its number tries again. */
const TOKEN_ATTEMPTS = 8;

/**
 * {@link RunDataStore} over SQL, for SQLite and PostgreSQL alike. A token's number is taken as
 * the kind's highest plus one; two processes racing for it both insert "on conflict do nothing",
 * and the loser reads the winner's row (same value) or tries the next number (another value).
 */
export function sqlRunData(
  driver: SqlRunner & { transaction<T>(work: (runner: SqlRunner) => Promise<T>): Promise<T> },
): RunDataStore {
  return {
    async putReference(reference) {
      await driver.run(
        "INSERT INTO result_refs (id, execution_id, kind, value, created_at) VALUES ($1, $2, $3, $4, $5)",
        [reference.id, reference.executionId, reference.kind, reference.value, reference.createdAt],
      );
    },
    async getReference(id) {
      const rows = await driver.query("SELECT * FROM result_refs WHERE id = $1", [id]);
      const row = rows[0];
      if (row === undefined) return undefined;
      return {
        id: String(row.id),
        executionId: String(row.execution_id),
        kind: row.kind === "logs" ? "logs" : "result",
        value: String(row.value),
        createdAt: Number(row.created_at),
      } satisfies ResultReference;
    },
    async privacyToken(kind, value) {
      for (let attempt = 0; attempt < TOKEN_ATTEMPTS; attempt++) {
        const found = await driver.query(
          "SELECT number FROM privacy_tokens WHERE kind = $1 AND value = $2",
          [kind, value],
        );
        if (found[0] !== undefined) return Number(found[0].number);
        await driver.run(
          `INSERT INTO privacy_tokens (kind, number, value)
           SELECT $1, COALESCE(MAX(number), 0) + 1, $2 FROM privacy_tokens WHERE kind = $1
           ON CONFLICT DO NOTHING`,
          [kind, value],
        );
      }
      throw new StoreError(
        `Could not number a ${kind} token after ${TOKEN_ATTEMPTS} attempts (other processes kept taking the next number); run again.`,
      );
    },
    async privacyValue(kind, number) {
      const rows = await driver.query(
        "SELECT value FROM privacy_tokens WHERE kind = $1 AND number = $2",
        [kind, number],
      );
      return rows[0] === undefined ? undefined : String(rows[0].value);
    },
    async getState(scope, key) {
      const rows = await driver.query("SELECT value FROM run_state WHERE scope = $1 AND key = $2", [
        scope,
        key,
      ]);
      return rows[0] === undefined ? undefined : String(rows[0].value);
    },
    async setState(scope, key, value, now) {
      if (value === undefined) {
        await driver.run("DELETE FROM run_state WHERE scope = $1 AND key = $2", [scope, key]);
        return;
      }
      await driver.run(
        `INSERT INTO run_state (scope, key, value, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [scope, key, value, now],
      );
    },
    async putEmitted(executionId, contents) {
      await driver.transaction(async (runner) => {
        await runner.run("DELETE FROM emitted_content WHERE execution_id = $1", [executionId]);
        for (const [seq, content] of contents.entries())
          await runner.run(
            "INSERT INTO emitted_content (execution_id, seq, content) VALUES ($1, $2, $3)",
            [executionId, seq, JSON.stringify(content)],
          );
      });
    },
    async listEmitted(executionId) {
      const rows = await driver.query(
        "SELECT content FROM emitted_content WHERE execution_id = $1 ORDER BY seq",
        [executionId],
      );
      return rows.map((row) => parseJson(String(row.content), "Emitted content") as EmittedContent);
    },
  };
}
