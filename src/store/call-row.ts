import { CALL_STATES, type CallRecord } from "../core/journal.js";
import { isCompensation, isErrorInfo } from "./json-shapes.js";
import {
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
import type { SqlRow, SqlValue } from "./sql-driver.js";

/** Inserts a call, or replaces every column of the one with the same execution and `seq`. */
export const CALL_UPSERT = `INSERT INTO calls (execution_id, seq, namespace, name, args, occurrence,
  state, result, error, started_at, finished_at, compensation)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT (execution_id, seq) DO UPDATE SET namespace = excluded.namespace,
  name = excluded.name, args = excluded.args, occurrence = excluded.occurrence,
  state = excluded.state, result = excluded.result, error = excluded.error,
  started_at = excluded.started_at, finished_at = excluded.finished_at,
  compensation = excluded.compensation`;

export function callParams(call: CallRecord): SqlValue[] {
  return [
    call.executionId,
    writeInteger(call.seq, "seq"),
    call.namespace,
    call.name,
    call.args,
    writeInteger(call.occurrence, "occurrence"),
    call.state,
    writeOptionalText(call.result),
    writeJson(call.error, "error"),
    writeInteger(call.startedAt, "startedAt"),
    writeOptionalInteger(call.finishedAt, "finishedAt"),
    writeJson(call.compensation, "compensation"),
  ];
}

export function callFromRow(row: SqlRow): CallRecord {
  const at = { table: "calls", key: `${String(row.execution_id)}#${String(row.seq)}` };
  const call: CallRecord = {
    executionId: readText(row, "execution_id", at),
    seq: readNumber(row, "seq", at),
    namespace: readText(row, "namespace", at),
    name: readText(row, "name", at),
    args: readText(row, "args", at),
    occurrence: readNumber(row, "occurrence", at),
    state: readOneOf(row, "state", CALL_STATES, at),
    startedAt: readNumber(row, "started_at", at),
  };
  return withDefined(call, {
    result: readOptionalText(row, "result", at),
    error: readJson(row, "error", at, isErrorInfo, "an error with name and message"),
    finishedAt: readOptionalNumber(row, "finished_at", at),
    compensation: readJson(row, "compensation", at, isCompensation, "{ at, detail }"),
  });
}
