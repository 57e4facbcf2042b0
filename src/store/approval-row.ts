import { APPROVAL_STATUSES, type ApprovalRecord } from "../core/journal.js";
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
import type { SqlRow, SqlValue } from "./sql-driver.js";

export const APPROVAL_INSERT = `INSERT INTO approvals (id, execution_id, call_seq, path, args,
  summary, reason, status, created_at, expires_at, decided_at, decided_by, note)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;

export function approvalParams(approval: ApprovalRecord): SqlValue[] {
  return [
    approval.id,
    approval.executionId,
    writeInteger(approval.callSeq, "callSeq"),
    approval.path,
    writeJson(approval.args, "The approval's args"),
    approval.summary,
    approval.reason,
    approval.status,
    writeInteger(approval.createdAt, "createdAt"),
    writeOptionalInteger(approval.expiresAt, "expiresAt"),
    writeOptionalInteger(approval.decidedAt, "decidedAt"),
    writeOptionalText(approval.decidedBy),
    writeOptionalText(approval.note),
  ];
}

export function approvalFromRow(row: SqlRow): ApprovalRecord {
  const at = { table: "approvals", key: String(row.id) };
  const approval: ApprovalRecord = {
    id: readText(row, "id", at),
    executionId: readText(row, "execution_id", at),
    callSeq: readNumber(row, "call_seq", at),
    path: readText(row, "path", at),
    args: readJson(row, "args", at, anyValue, "JSON"),
    summary: readText(row, "summary", at),
    reason: readText(row, "reason", at),
    status: readOneOf(row, "status", APPROVAL_STATUSES, at),
    createdAt: readNumber(row, "created_at", at),
  };
  return withDefined(approval, {
    expiresAt: readOptionalNumber(row, "expires_at", at),
    decidedAt: readOptionalNumber(row, "decided_at", at),
    decidedBy: readOptionalText(row, "decided_by", at),
    note: readOptionalText(row, "note", at),
  });
}
