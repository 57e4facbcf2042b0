import type { ApprovalRecord, CallRecord, ExecutionRecord } from "../core/journal.js";

export const T0 = 1_700_000_000_000;

/** A minimal execution: every optional field absent. */
export function sampleExecution(overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  return {
    id: "e_1",
    code: "return 1",
    status: "running",
    createdAt: T0,
    updatedAt: T0,
    logs: [],
    draws: [],
    toolCalls: 0,
    durationMs: 0,
    runs: 1,
    ...overrides,
  };
}

export function sampleCall(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    executionId: "e_1",
    seq: 0,
    namespace: "shop",
    name: "getStock",
    args: '{"sku":"TEA-01"}',
    occurrence: 0,
    state: "started",
    startedAt: T0,
    ...overrides,
  };
}

export function sampleApproval(overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
  return {
    id: "a_1",
    executionId: "e_1",
    callSeq: 0,
    path: "shop.refund",
    args: { order: "o_1", amount: 12.5 },
    summary: "Refund 12.50 on o_1",
    reason: "shop.refund requires approval",
    status: "pending",
    createdAt: T0,
    ...overrides,
  };
}

export const UNICODE =
  "café ☕ 日本語 — naïve 🚀 Ünïcödé \u2028 line\nbreak \"quotes\" 'single' \\ back";
