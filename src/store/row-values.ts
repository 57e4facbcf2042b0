import { safeParseJson } from "../core/json.js";
import { StoreCorruptError, StoreError } from "../core/store-errors.js";
import type { SqlRow, SqlValue } from "./sql-driver.js";

/**
 * Reading and writing column values: checks on the way in (so SQLite and PostgreSQL accept and
 * refuse the same values) and on the way out (a row is validated before it becomes a record).
 */

/** Where a value is, for messages: `executions e_1, column status`. */
export interface RowLocation {
  table: string;
  key: string;
}

function corrupt(at: RowLocation, column: string, expected: string, value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 60)) : String(value);
  throw new StoreCorruptError(
    `The journal row ${at.table} ${at.key} has an invalid ${column}: expected ${expected}, found ${shown}. It was not written by this codemode; fix or delete that row.`,
  );
}

export function readText(row: SqlRow, column: string, at: RowLocation): string {
  const value = row[column];
  return typeof value === "string" ? value : corrupt(at, column, "text", value);
}

export function readOptionalText(row: SqlRow, column: string, at: RowLocation): string | undefined {
  const value = row[column];
  return value === null || value === undefined ? undefined : readText(row, column, at);
}

export function readNumber(row: SqlRow, column: string, at: RowLocation): number {
  const value = row[column];
  // PostgreSQL returns BIGINT as text unless told otherwise; accept a numeric string too.
  const number = typeof value === "string" && value !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number)
    ? number
    : corrupt(at, column, "a number", value);
}

export function readOptionalNumber(
  row: SqlRow,
  column: string,
  at: RowLocation,
): number | undefined {
  const value = row[column];
  return value === null || value === undefined ? undefined : readNumber(row, column, at);
}

export function readOneOf<T extends string>(
  row: SqlRow,
  column: string,
  allowed: readonly T[],
  at: RowLocation,
): T {
  const value = row[column];
  return allowed.includes(value as T)
    ? (value as T)
    : corrupt(at, column, allowed.join("|"), value);
}

/** A JSON column: absent (NULL) is `undefined`; `check` says whether the parsed value fits. */
export function readJson<T>(
  row: SqlRow,
  column: string,
  at: RowLocation,
  check: (value: unknown) => value is T,
  expected: string,
): T | undefined {
  const text = readOptionalText(row, column, at);
  if (text === undefined) return undefined;
  const parsed = safeParseJson(text);
  if (!parsed.success) return corrupt(at, column, "JSON text", text);
  return check(parsed.value) ? parsed.value : corrupt(at, column, expected, text);
}

export function anyValue(_value: unknown): _value is unknown {
  return true;
}

/** JSON text for a column, or NULL for `undefined` (absent). */
export function writeJson(value: unknown, what: string): string | null {
  if (value === undefined) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new StoreError(`${what} is not JSON data: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  return text ?? null;
}

/** A whole number (times are integral milliseconds; counts and positions are integers). */
export function writeInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value))
    throw new StoreError(`${what} must be a whole number, got ${value}.`);
  return value;
}

export function writeOptionalInteger(value: number | undefined, what: string): SqlValue {
  return value === undefined ? null : writeInteger(value, what);
}

export function writeNumber(value: number, what: string): number {
  if (!Number.isFinite(value))
    throw new StoreError(`${what} must be a finite number, got ${value}.`);
  return value;
}

export function writeOptionalText(value: string | undefined): SqlValue {
  return value === undefined ? null : value;
}

/**
 * `record` with the optional fields that a row has: a column that is NULL leaves its field absent
 * (never `undefined`), as the record was before it was written.
 *
 * @example
 * withDefined({ id: "a" }, { note: readOptionalText(row, "note", at) }); // { id: "a" } when note is NULL
 */
export function withDefined<Record extends object>(
  record: Record,
  optional: { [Key in keyof Record]?: Record[Key] | undefined },
): Record {
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(record, { [key]: value });
  return record;
}
