import { EXECUTION_STATUSES, type ExecutionRecord, type ExecutionStatus } from "../core/journal.js";
import { StoreCorruptError } from "../core/store-errors.js";
import { isDrawArray, isErrorInfo, isStringArray } from "./json-shapes.js";
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
  writeNumber,
  writeOptionalInteger,
  writeOptionalText,
} from "./row-values.js";
import type { SqlRow, SqlValue } from "./sql-driver.js";

type Field = keyof Omit<ExecutionRecord, "id" | "createdAt">;

/**
 * Each writable field: its column, how its value is written, and whether it may be cleared
 * (optional fields given as `undefined` become NULL; required ones are then left alone).
 */
const FIELDS: {
  [K in Field]-?: [column: string, write: (value: never) => SqlValue, optional: boolean];
} = {
  code: ["code", (value: string) => value, false],
  status: ["status", (value: ExecutionStatus) => value, false],
  updatedAt: ["updated_at", (value: number) => writeInteger(value, "updatedAt"), false],
  finishedAt: ["finished_at", (value?: number) => writeOptionalInteger(value, "finishedAt"), true],
  logs: ["logs", (value: string[]) => writeJson(value, "logs"), false],
  result: ["result", (value: unknown) => writeJson(value, "The execution's result"), true],
  error: ["error", (value: unknown) => writeJson(value, "error"), true],
  draws: ["draws", (value: unknown) => writeJson(value, "draws"), false],
  toolCalls: ["tool_calls", (value: number) => writeInteger(value, "toolCalls"), false],
  durationMs: ["duration_ms", (value: number) => writeNumber(value, "durationMs"), false],
  runs: ["runs", (value: number) => writeInteger(value, "runs"), false],
  origin: ["origin", (value?: string) => writeOptionalText(value), true],
  validators: ["validators", (value?: string[]) => writeJson(value, "validators"), true],
  owner: ["owner", (value?: string) => writeOptionalText(value), true],
};

/** `column = $n` assignments and their values for the fields given, starting at `$firstIndex`. */
export function executionAssignments(
  fields: Partial<Record<Field, unknown>>,
  firstIndex: number,
): { assignments: string[]; params: SqlValue[] } {
  const assignments: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const entry = FIELDS[field as Field];
    if (!entry) continue;
    const [column, write, optional] = entry;
    if (value === undefined && !optional) continue;
    assignments.push(`${column} = $${firstIndex + params.length}`);
    params.push((write as (value: unknown) => SqlValue)(value));
  }
  return { assignments, params };
}

export const EXECUTION_INSERT = `INSERT INTO executions (id, code, status, created_at, updated_at,
  finished_at, logs, result, error, draws, tool_calls, duration_ms, runs, origin, owner, validators)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`;

export function executionParams(record: ExecutionRecord): SqlValue[] {
  return [
    record.id,
    record.code,
    record.status,
    writeInteger(record.createdAt, "createdAt"),
    writeInteger(record.updatedAt, "updatedAt"),
    writeOptionalInteger(record.finishedAt, "finishedAt"),
    writeJson(record.logs, "logs"),
    writeJson(record.result, "The execution's result"),
    writeJson(record.error, "error"),
    writeJson(record.draws, "draws"),
    writeInteger(record.toolCalls, "toolCalls"),
    writeNumber(record.durationMs, "durationMs"),
    writeInteger(record.runs, "runs"),
    writeOptionalText(record.origin),
    writeOptionalText(record.owner),
    writeJson(record.validators, "validators"),
  ];
}

export function executionFromRow(row: SqlRow): ExecutionRecord {
  const at = { table: "executions", key: String(row.id) };
  const required = <T>(value: T | undefined, column: string): T => {
    if (value === undefined)
      throw new StoreCorruptError(`The journal row executions ${at.key} has no ${column}.`);
    return value;
  };
  const record: ExecutionRecord = {
    id: readText(row, "id", at),
    code: readText(row, "code", at),
    status: readOneOf(row, "status", EXECUTION_STATUSES, at),
    createdAt: readNumber(row, "created_at", at),
    updatedAt: readNumber(row, "updated_at", at),
    logs: required(readJson(row, "logs", at, isStringArray, "a list of strings"), "logs"),
    draws: required(readJson(row, "draws", at, isDrawArray, "a list of draws"), "draws"),
    toolCalls: readNumber(row, "tool_calls", at),
    durationMs: readNumber(row, "duration_ms", at),
    runs: readNumber(row, "runs", at),
  };
  return withDefined(record, {
    finishedAt: readOptionalNumber(row, "finished_at", at),
    result: readJson(row, "result", at, anyValue, "JSON"),
    error: readJson(row, "error", at, isErrorInfo, "an error with name and message"),
    origin: readOptionalText(row, "origin", at),
    owner: readOptionalText(row, "owner", at),
    validators: readJson(row, "validators", at, isStringArray, "a list of strings"),
  });
}
