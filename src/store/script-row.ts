import type { ExecutionScripts, ScriptVersion } from "../core/saved-script.js";
import { StoreCorruptError } from "../core/store-errors.js";
import type { Migration } from "./journal-schema.js";
import {
  anyValue,
  readJson,
  readNumber,
  readOneOf,
  readOptionalNumber,
  readOptionalText,
  readText,
  withDefined,
  writeInteger,
  writeJson,
  writeOptionalInteger,
  writeOptionalText,
} from "./row-values.js";
import type { SqlDriver, SqlRow } from "./sql-driver.js";

/**
 * Saved scripts in SQL: every version of every script, and what each execution that calls them
 * runs with (pinned versions, input, saveAs), deleted with its execution.
 */
export const SCRIPT_MIGRATION: Migration = {
  version: 3,
  statements: [
    `CREATE TABLE script_versions (
      name TEXT NOT NULL,
      version INTEGER NOT NULL,
      description TEXT NOT NULL,
      code TEXT NOT NULL,
      input_schema TEXT NOT NULL,
      output_schema TEXT,
      status TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      created_by TEXT,
      execution_id TEXT,
      approved_at BIGINT,
      approved_by TEXT,
      PRIMARY KEY (name, version)
    )`,
    `CREATE TABLE execution_scripts (
      execution_id TEXT PRIMARY KEY REFERENCES executions (id) ON DELETE CASCADE,
      scripts TEXT NOT NULL
    )`,
  ],
};

const STATUSES = ["draft", "approved"] as const;

function scriptFromRow(row: SqlRow): ScriptVersion {
  const at = { table: "script_versions", key: `${String(row.name)} v${String(row.version)}` };
  const inputSchema = readJson(row, "input_schema", at, anyValue, "a JSON Schema");
  const script: ScriptVersion = {
    name: readText(row, "name", at),
    version: readNumber(row, "version", at),
    description: readText(row, "description", at),
    code: readText(row, "code", at),
    inputSchema: (inputSchema ?? {}) as ScriptVersion["inputSchema"],
    status: readOneOf(row, "status", STATUSES, at),
    createdAt: readNumber(row, "created_at", at),
  };
  return withDefined(script, {
    outputSchema: readJson(row, "output_schema", at, anyValue, "a JSON Schema") as
      | ScriptVersion["inputSchema"]
      | undefined,
    createdBy: readOptionalText(row, "created_by", at),
    executionId: readOptionalText(row, "execution_id", at),
    approvedAt: readOptionalNumber(row, "approved_at", at),
    approvedBy: readOptionalText(row, "approved_by", at),
  });
}

/** The next version in one statement, so two savers cannot both take the same number silently. */
export async function addScriptVersion(
  driver: SqlDriver,
  script: Omit<ScriptVersion, "version">,
): Promise<ScriptVersion> {
  return driver.transaction(async (runner) => {
    const rows = await runner.query(
      "SELECT COALESCE(MAX(version), 0) AS newest FROM script_versions WHERE name = $1",
      [script.name],
    );
    const version = Number(rows[0]?.newest ?? 0) + 1;
    await runner.run(
      `INSERT INTO script_versions (name, version, description, code, input_schema, output_schema,
        status, created_at, created_by, execution_id, approved_at, approved_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        script.name,
        version,
        script.description,
        script.code,
        writeJson(script.inputSchema, "inputSchema"),
        writeJson(script.outputSchema, "outputSchema"),
        script.status,
        writeInteger(script.createdAt, "createdAt"),
        writeOptionalText(script.createdBy),
        writeOptionalText(script.executionId),
        writeOptionalInteger(script.approvedAt, "approvedAt"),
        writeOptionalText(script.approvedBy),
      ],
    );
    return { ...script, version };
  });
}

export async function listScriptVersions(
  driver: SqlDriver,
  name?: string,
): Promise<ScriptVersion[]> {
  const rows = await driver.query(
    `SELECT * FROM script_versions${name === undefined ? "" : " WHERE name = $1"} ORDER BY name, version`,
    name === undefined ? [] : [name],
  );
  return rows.map(scriptFromRow);
}

export async function approveScriptVersion(
  driver: SqlDriver,
  name: string,
  version: number,
  decision: { approvedAt: number; approvedBy?: string },
): Promise<ScriptVersion | undefined> {
  const changed = await driver.run(
    `UPDATE script_versions SET status = 'approved', approved_at = $3, approved_by = $4
      WHERE name = $1 AND version = $2 AND status = 'draft'`,
    [
      name,
      version,
      writeInteger(decision.approvedAt, "approvedAt"),
      writeOptionalText(decision.approvedBy),
    ],
  );
  if (changed === 0) return undefined;
  return (await listScriptVersions(driver, name)).find((script) => script.version === version);
}

export function removeScript(driver: SqlDriver, name: string): Promise<number> {
  return driver.run("DELETE FROM script_versions WHERE name = $1", [name]);
}

export async function putExecutionScripts(
  driver: SqlDriver,
  executionId: string,
  scripts: ExecutionScripts,
): Promise<void> {
  await driver.run("INSERT INTO execution_scripts (execution_id, scripts) VALUES ($1, $2)", [
    executionId,
    writeJson(scripts, "The execution's scripts"),
  ]);
}

export async function getExecutionScripts(
  driver: SqlDriver,
  executionId: string,
): Promise<ExecutionScripts | undefined> {
  const rows = await driver.query("SELECT * FROM execution_scripts WHERE execution_id = $1", [
    executionId,
  ]);
  const row = rows[0];
  if (row === undefined) return undefined;
  const at = { table: "execution_scripts", key: executionId };
  const scripts = readJson(row, "scripts", at, isExecutionScripts, "pins, input and saveAs");
  if (scripts === undefined)
    throw new StoreCorruptError(`The journal row execution_scripts ${executionId} is empty.`);
  return scripts;
}

function isExecutionScripts(value: unknown): value is ExecutionScripts {
  if (typeof value !== "object" || value === null) return false;
  const { pins } = value as { pins?: unknown };
  return (
    typeof pins === "object" &&
    pins !== null &&
    Object.values(pins).every((version) => Number.isSafeInteger(version))
  );
}
