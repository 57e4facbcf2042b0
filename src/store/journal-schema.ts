/**
 * The journal's tables, one SQL text for SQLite and PostgreSQL: JSON is kept as TEXT, times as
 * BIGINT milliseconds since the epoch. A migration is applied once, in order, recorded in
 * `schema_migrations`; never edit one that has shipped, add the next.
 */

import { RUN_DATA_MIGRATIONS } from "./ref-row.js";
import { SCRIPT_MIGRATION } from "./script-row.js";

export interface Migration {
  version: number;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE executions (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        finished_at BIGINT,
        logs TEXT NOT NULL,
        result TEXT,
        error TEXT,
        draws TEXT NOT NULL,
        tool_calls INTEGER NOT NULL,
        duration_ms DOUBLE PRECISION NOT NULL,
        runs INTEGER NOT NULL,
        origin TEXT,
        owner TEXT
      )`,
      "CREATE INDEX executions_created ON executions (created_at)",
      "CREATE INDEX executions_status_created ON executions (status, created_at)",
      `CREATE TABLE calls (
        execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        namespace TEXT NOT NULL,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        occurrence INTEGER NOT NULL,
        state TEXT NOT NULL,
        result TEXT,
        error TEXT,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        compensation TEXT,
        PRIMARY KEY (execution_id, seq)
      )`,
      `CREATE TABLE approvals (
        id TEXT PRIMARY KEY,
        execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        call_seq INTEGER NOT NULL,
        path TEXT NOT NULL,
        args TEXT,
        summary TEXT NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT,
        decided_at BIGINT,
        decided_by TEXT,
        note TEXT
      )`,
      "CREATE INDEX approvals_status_created ON approvals (status, created_at)",
      "CREATE INDEX approvals_execution ON approvals (execution_id)",
    ],
  },
  {
    version: 2,
    statements: ["ALTER TABLE executions ADD COLUMN validators TEXT"],
  },
  SCRIPT_MIGRATION,
  ...RUN_DATA_MIGRATIONS,
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  applied_at BIGINT NOT NULL
)`;
