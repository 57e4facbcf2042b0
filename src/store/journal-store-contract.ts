import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  ApprovalRecord,
  CallRecord,
  ExecutionRecord,
  ExecutionStatus,
  JournalEvent,
  JournalStore,
} from "../core/journal.js";
import { describeRunDataContract } from "./run-data-contract.js";
import { describeScriptStoreContract } from "./script-store-contract.js";

const T0 = 1_700_000_000_000;

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

function sampleCall(overrides: Partial<CallRecord> = {}): CallRecord {
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

function sampleApproval(overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
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

const UNICODE = "café ☕ 日本語 — naïve 🚀 Ünïcödé \u2028 line\nbreak \"quotes\" 'single' \\ back";

/**
 * The behaviour every journal store must have. `open` returns a new, empty store each time
 * (each test gets its own); `cleanup` runs once after the suite.
 *
 * @example
 * describeJournalStoreContract("embedded", () => openJournalStore(mkdtempSync(...), process.cwd()));
 */
export function describeJournalStoreContract(
  name: string,
  open: () => Promise<JournalStore>,
  options: { cleanup?: () => Promise<void> } = {},
): void {
  describe(`journal store contract: ${name}`, () => {
    let store: JournalStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    if (options.cleanup) afterAll(options.cleanup);

    async function executions(...records: Partial<ExecutionRecord>[]): Promise<void> {
      for (const record of records) await store.createExecution(sampleExecution(record));
    }

    describe("references, tokens, state and emitted content", () => {
      describeRunDataContract(() => store, sampleExecution);
    });

    it("describes itself", () => {
      expect(store.description).toMatch(/\S/);
      expect(typeof store.exclusive).toBe("boolean");
      expect(typeof store.durable).toBe("boolean");
    });

    describe("executions", () => {
      it("round-trips every field", async () => {
        const record: ExecutionRecord = sampleExecution({
          id: "e_full",
          code: `// ${UNICODE}\nconst r = await shop.getStock({ sku: "TEA-01" });\nreturn r;`,
          status: "completed",
          updatedAt: T0 + 5,
          finishedAt: T0 + 6,
          logs: ["first", UNICODE, ""],
          result: { name: UNICODE, units: 3, ratio: 0.25, tags: ["a", null, true], nested: {} },
          error: {
            name: "ToolError",
            message: UNICODE,
            code: "on_purpose",
            line: 3,
            column: 7,
            stack: "ToolError: x\n    at line 3",
            details: { hint: "retry", nested: { n: 1 } },
          },
          draws: [
            { kind: "now", value: T0 + 1 },
            { kind: "random", value: 0.123456789 },
            { kind: "uuid", value: "00000000-0000-4000-8000-000000000000" },
          ],
          toolCalls: 7,
          durationMs: 12.75,
          runs: 2,
          origin: "mcp",
          owner: "runtime-1",
        });
        await store.createExecution(record);
        expect(await store.getExecution("e_full")).toStrictEqual(record);
      });

      it("reads absent optional fields back as absent, whether omitted or undefined", async () => {
        await store.createExecution(sampleExecution({ id: "e_min" }));
        await store.createExecution({
          ...sampleExecution({ id: "e_undefined" }),
          finishedAt: undefined,
          result: undefined,
          error: undefined,
          origin: undefined,
          owner: undefined,
        });
        const minimal = await store.getExecution("e_min");
        expect(minimal).toStrictEqual(sampleExecution({ id: "e_min" }));
        const undefinedFields = await store.getExecution("e_undefined");
        expect(undefinedFields).toStrictEqual(sampleExecution({ id: "e_undefined" }));
        for (const key of ["finishedAt", "result", "error", "origin", "owner"])
          expect(Object.keys(undefinedFields ?? {})).not.toContain(key);
      });

      it("round-trips any JSON result, null and falsy values included", async () => {
        const results: unknown[] = [
          null,
          0,
          false,
          "",
          [],
          {},
          -1.5e300,
          UNICODE,
          [1, "two", { three: [3] }],
        ];
        for (const [index, result] of results.entries())
          await store.createExecution(sampleExecution({ id: `e_${index}`, result }));
        for (const [index, result] of results.entries()) {
          const record = await store.getExecution(`e_${index}`);
          expect(record && "result" in record).toBe(true);
          expect(record?.result).toStrictEqual(result);
        }
      });

      it("returns undefined for an unknown id", async () => {
        expect(await store.getExecution("nope")).toBeUndefined();
      });

      it("refuses a second execution with the same id", async () => {
        await executions({ id: "e_dup" });
        await expect(store.createExecution(sampleExecution({ id: "e_dup" }))).rejects.toThrow(
          /already exists/,
        );
      });

      it("updates only the fields given, and clears optional fields given as undefined", async () => {
        await executions({
          id: "e_u",
          origin: "cli",
          owner: "r1",
          error: { name: "E", message: "m" },
        });
        expect(
          await store.updateExecution("e_u", {
            status: "paused",
            updatedAt: T0 + 10,
            logs: ["a", "b"],
            draws: [{ kind: "random", value: 0.5 }],
            toolCalls: 2,
            durationMs: 3.5,
            owner: undefined,
            error: undefined,
          }),
        ).toBe(true);
        expect(await store.getExecution("e_u")).toStrictEqual(
          sampleExecution({
            id: "e_u",
            status: "paused",
            updatedAt: T0 + 10,
            logs: ["a", "b"],
            draws: [{ kind: "random", value: 0.5 }],
            toolCalls: 2,
            durationMs: 3.5,
            origin: "cli",
          }),
        );
        expect(
          await store.updateExecution("e_u", { result: { ok: UNICODE }, finishedAt: T0 + 11 }),
        ).toBe(true);
        const record = await store.getExecution("e_u");
        expect(record?.result).toStrictEqual({ ok: UNICODE });
        expect(record?.finishedAt).toBe(T0 + 11);
        expect(record?.status).toBe("paused");
      });

      it("returns false for an unknown id", async () => {
        expect(await store.updateExecution("nope", { status: "failed" })).toBe(false);
        expect(await store.updateExecution("nope", {}, ["running"])).toBe(false);
      });

      it("compare-and-sets on the expected statuses", async () => {
        await executions({ id: "e_cas", status: "paused" });
        expect(await store.updateExecution("e_cas", { status: "failed" }, ["running"])).toBe(false);
        expect((await store.getExecution("e_cas"))?.status).toBe("paused");
        expect(await store.updateExecution("e_cas", { status: "running" }, [])).toBe(false);
        expect(await store.updateExecution("e_cas", {}, ["paused"])).toBe(true);
        expect(await store.updateExecution("e_cas", {}, ["running"])).toBe(false);
        expect(
          await store.updateExecution("e_cas", { status: "running", runs: 2 }, [
            "running",
            "paused",
          ]),
        ).toBe(true);
        expect(await store.getExecution("e_cas")).toMatchObject({ status: "running", runs: 2 });
      });

      it("lets exactly one of many concurrent compare-and-sets win", async () => {
        await executions({ id: "e_race", status: "paused" });
        const outcomes = await Promise.all(
          Array.from({ length: 20 }, (_, index) =>
            store.updateExecution("e_race", { status: "running", owner: `r${index}` }, ["paused"]),
          ),
        );
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        const winner = outcomes.indexOf(true);
        expect(await store.getExecution("e_race")).toMatchObject({
          status: "running",
          owner: `r${winner}`,
        });
      });
    });

    describe("listing executions", () => {
      const statuses: ExecutionStatus[] = ["running", "paused", "completed", "failed", "completed"];
      beforeEach(async () => {
        for (const [index, status] of statuses.entries())
          await executions({
            id: `e_${index}`,
            status,
            createdAt: T0 + index,
            code:
              index === 3
                ? `await crm.findCustomer({ email: "ÉLODIE@example.com" }) // 100%_done`
                : `return ${index}`,
          });
      });

      it("lists newest first", async () => {
        const ids = (await store.listExecutions()).map((record) => record.id);
        expect(ids).toEqual(["e_4", "e_3", "e_2", "e_1", "e_0"]);
      });

      it("filters by one status or several", async () => {
        expect((await store.listExecutions({ status: "completed" })).map((r) => r.id)).toEqual([
          "e_4",
          "e_2",
        ]);
        expect(
          (await store.listExecutions({ status: ["running", "failed"] })).map((r) => r.id),
        ).toEqual(["e_3", "e_0"]);
        expect(await store.listExecutions({ status: [] })).toEqual([]);
        expect(await store.listExecutions({ status: "rolled_back" })).toEqual([]);
      });

      it("matches text in the code or the id, ignoring case, taking % and _ literally", async () => {
        const ids = async (text: string) =>
          (await store.listExecutions({ text })).map((record) => record.id);
        expect(await ids("FINDCUSTOMER")).toEqual(["e_3"]);
        expect(await ids("élodie")).toEqual(["e_3"]);
        expect(await ids("E_2")).toEqual(["e_2"]);
        expect(await ids("100%_d")).toEqual(["e_3"]);
        expect(await ids("%")).toEqual(["e_3"]);
        expect(await ids("0_")).toEqual([]);
        expect(await ids("nothing like this")).toEqual([]);
        expect(
          (await store.listExecutions({ text: "return", status: "completed" })).map((r) => r.id),
        ).toEqual(["e_4", "e_2"]);
      });

      it("pages with limit and offset", async () => {
        const page = async (limit: number, offset?: number) =>
          (await store.listExecutions({ limit, offset })).map((record) => record.id);
        expect(await page(2)).toEqual(["e_4", "e_3"]);
        expect(await page(2, 2)).toEqual(["e_2", "e_1"]);
        expect(await page(2, 4)).toEqual(["e_0"]);
        expect(await page(2, 9)).toEqual([]);
        expect(await page(0)).toEqual([]);
      });

      it("returns at most 100 by default", async () => {
        for (let index = 5; index < 105; index++)
          await executions({ id: `e_${index}`, createdAt: T0 + index });
        const all = await store.listExecutions();
        expect(all).toHaveLength(100);
        expect(all[0]?.id).toBe("e_104");
      });
    });

    describe("calls", () => {
      beforeEach(async () => {
        await executions({ id: "e_1" }, { id: "e_2" });
      });

      it("round-trips every field, in seq order", async () => {
        const applied = sampleCall({
          seq: 1,
          state: "applied",
          args: JSON.stringify({ note: UNICODE }),
          occurrence: 1,
          result: JSON.stringify({ units: 3, name: UNICODE }),
          finishedAt: T0 + 2,
        });
        const failed = sampleCall({
          seq: 0,
          state: "compensation_failed",
          error: { name: "ToolError", message: "no stock", code: "empty", details: { sku: "x" } },
          finishedAt: T0 + 1,
          compensation: { at: T0 + 3, detail: UNICODE },
        });
        const started = sampleCall({ seq: 2 });
        await store.putCall(applied);
        await store.putCall(started);
        await store.putCall(failed);
        await store.putCall(sampleCall({ executionId: "e_2" }));
        expect(await store.listCalls("e_1")).toStrictEqual([failed, applied, started]);
        expect(await store.listCalls("nope")).toEqual([]);
      });

      it("replaces the call with the same execution and seq, clearing what the new one lacks", async () => {
        await store.putCall(sampleCall({ state: "failed", error: { name: "E", message: "m" } }));
        const replaced = sampleCall({ state: "applied", result: "null", finishedAt: T0 + 1 });
        await store.putCall(replaced);
        expect(await store.listCalls("e_1")).toStrictEqual([replaced]);
      });
    });

    describe("recovering interrupted executions", () => {
      it("fails stale and owned running executions and marks their started calls unknown", async () => {
        await executions(
          { id: "stale", status: "running", updatedAt: T0 },
          { id: "fresh", status: "running", updatedAt: T0 + 1000, owner: "other" },
          { id: "owned", status: "running", updatedAt: T0 + 1000, owner: "dead-runtime" },
          { id: "paused", status: "paused", updatedAt: T0 },
          { id: "done", status: "completed", updatedAt: T0, finishedAt: T0 },
        );
        await store.putCall(sampleCall({ executionId: "stale", seq: 0, state: "applied" }));
        await store.putCall(sampleCall({ executionId: "stale", seq: 1, state: "started" }));
        await store.putCall(sampleCall({ executionId: "owned", seq: 0, state: "started" }));
        await store.putCall(sampleCall({ executionId: "fresh", seq: 0, state: "started" }));
        const error = { name: "InterruptedError", message: "The process stopped." };
        const recovered = await store.recoverInterrupted({
          staleBefore: T0 + 500,
          owner: "dead-runtime",
          error,
          now: T0 + 2000,
        });
        expect([...recovered].sort()).toEqual(["owned", "stale"]);
        for (const id of ["stale", "owned"])
          expect(await store.getExecution(id)).toMatchObject({
            status: "failed",
            error,
            updatedAt: T0 + 2000,
            finishedAt: T0 + 2000,
          });
        expect((await store.listCalls("stale")).map((call) => call.state)).toEqual([
          "applied",
          "unknown",
        ]);
        expect((await store.listCalls("owned")).map((call) => call.state)).toEqual(["unknown"]);
        expect((await store.getExecution("fresh"))?.status).toBe("running");
        expect((await store.listCalls("fresh")).map((call) => call.state)).toEqual(["started"]);
        expect((await store.getExecution("paused"))?.status).toBe("paused");
        expect((await store.getExecution("done"))?.status).toBe("completed");
        expect(
          await store.recoverInterrupted({ staleBefore: T0 + 500, error, now: T0 + 3000 }),
        ).toEqual([]);
      });

      it("takes every running execution when staleBefore is +Infinity", async () => {
        await executions({ id: "r1", updatedAt: T0 }, { id: "r2", updatedAt: T0 + 10_000_000 });
        const recovered = await store.recoverInterrupted({
          staleBefore: Number.POSITIVE_INFINITY,
          error: { name: "InterruptedError", message: "stopped" },
          now: T0 + 1,
        });
        expect([...recovered].sort()).toEqual(["r1", "r2"]);
      });
    });

    describe("approvals", () => {
      beforeEach(async () => {
        await executions({ id: "e_1", status: "paused" }, { id: "e_2", status: "paused" });
      });

      it("round-trips every field", async () => {
        const full = sampleApproval({
          id: "a_full",
          args: { note: UNICODE, list: [1, null, { deep: true }] },
          summary: UNICODE,
          status: "approved",
          expiresAt: T0 + 60_000,
          decidedAt: T0 + 5,
          decidedBy: "ada@example.com",
          note: UNICODE,
        });
        const minimal = sampleApproval({ id: "a_min", args: null });
        await store.createApproval(full);
        await store.createApproval(minimal);
        expect(await store.getApproval("a_full")).toStrictEqual(full);
        expect(await store.getApproval("a_min")).toStrictEqual(minimal);
        expect(await store.getApproval("nope")).toBeUndefined();
      });

      it("refuses a second approval with the same id", async () => {
        await store.createApproval(sampleApproval());
        await expect(store.createApproval(sampleApproval())).rejects.toThrow(/already exists/);
      });

      it("lists by status and execution, oldest first", async () => {
        await store.createApproval(sampleApproval({ id: "a_3", createdAt: T0 + 3 }));
        await store.createApproval(sampleApproval({ id: "a_1", createdAt: T0 + 1 }));
        await store.createApproval(
          sampleApproval({ id: "a_2", createdAt: T0 + 2, executionId: "e_2" }),
        );
        await store.createApproval(
          sampleApproval({ id: "a_0", createdAt: T0, status: "rejected", decidedAt: T0 + 1 }),
        );
        const ids = async (query?: Parameters<JournalStore["listApprovals"]>[0]) =>
          (await store.listApprovals(query)).map((approval) => approval.id);
        expect(await ids()).toEqual(["a_0", "a_1", "a_2", "a_3"]);
        expect(await ids({ status: "pending" })).toEqual(["a_1", "a_2", "a_3"]);
        expect(await ids({ executionId: "e_1" })).toEqual(["a_0", "a_1", "a_3"]);
        expect(await ids({ executionId: "e_1", status: "pending" })).toEqual(["a_1", "a_3"]);
        expect(await ids({ status: "expired" })).toEqual([]);
      });

      it("decides a pending approval once", async () => {
        await store.createApproval(sampleApproval());
        const decided = await store.decideApproval("a_1", {
          status: "rejected",
          decidedAt: T0 + 9,
          decidedBy: "ada",
          note: UNICODE,
        });
        const expected = sampleApproval({
          status: "rejected",
          decidedAt: T0 + 9,
          decidedBy: "ada",
          note: UNICODE,
        });
        expect(decided).toStrictEqual(expected);
        expect(
          await store.decideApproval("a_1", { status: "approved", decidedAt: T0 + 10 }),
        ).toBeUndefined();
        expect(await store.getApproval("a_1")).toStrictEqual(expected);
        expect(
          await store.decideApproval("nope", { status: "approved", decidedAt: T0 }),
        ).toBeUndefined();
      });

      it("lets exactly one of many concurrent deciders win", async () => {
        await store.createApproval(sampleApproval());
        const outcomes = await Promise.all(
          Array.from({ length: 25 }, (_, index) =>
            store.decideApproval("a_1", {
              status: index % 2 ? "approved" : "rejected",
              decidedAt: T0 + index,
              decidedBy: `person ${index}`,
            }),
          ),
        );
        const winners = outcomes.filter((outcome) => outcome !== undefined);
        expect(winners).toHaveLength(1);
        expect(await store.getApproval("a_1")).toStrictEqual(winners[0]);
      });
    });

    describe("pruning", () => {
      async function seed(): Promise<void> {
        await executions(
          { id: "done_0", status: "completed", createdAt: T0, finishedAt: T0 + 1 },
          { id: "done_1", status: "failed", createdAt: T0 + 10, finishedAt: T0 + 11 },
          { id: "done_2", status: "rejected", createdAt: T0 + 20, updatedAt: T0 + 21 },
          { id: "done_3", status: "rolled_back", createdAt: T0 + 30, finishedAt: T0 + 31 },
          { id: "done_4", status: "completed", createdAt: T0 + 40, finishedAt: T0 + 41 },
          { id: "paused", status: "paused", createdAt: T0 - 100, updatedAt: T0 - 100 },
          { id: "running", status: "running", createdAt: T0 - 100, updatedAt: T0 - 100 },
        );
        for (const id of ["done_0", "done_4", "paused"]) {
          await store.putCall(sampleCall({ executionId: id, seq: 0, state: "applied" }));
          await store.putCall(sampleCall({ executionId: id, seq: 1, state: "awaiting_approval" }));
          await store.createApproval(
            sampleApproval({ id: `a_${id}`, executionId: id, callSeq: 1 }),
          );
        }
      }
      const remaining = async () =>
        (await store.listExecutions({ limit: 1000 })).map((record) => record.id).sort();

      it("keeps the newest finished executions, with their calls and approvals", async () => {
        await seed();
        expect(await store.prune({ keepFinished: 2 }, T0 + 100)).toBe(3);
        expect(await remaining()).toEqual(["done_3", "done_4", "paused", "running"]);
        expect(await store.listCalls("done_0")).toEqual([]);
        expect(await store.listApprovals({ executionId: "done_0" })).toEqual([]);
        expect(await store.listCalls("done_4")).toHaveLength(2);
        expect(await store.listApprovals({ executionId: "done_4" })).toHaveLength(1);
        expect(await store.listCalls("paused")).toHaveLength(2);
        expect(await store.prune({ keepFinished: 0 }, T0 + 100)).toBe(2);
        expect(await remaining()).toEqual(["paused", "running"]);
      });

      it("deletes finished executions that ended before now - maxAgeMs, never paused or running ones", async () => {
        await seed();
        expect(await store.prune({ maxAgeMs: 80 }, T0 + 100)).toBe(2);
        expect(await remaining()).toEqual(["done_2", "done_3", "done_4", "paused", "running"]);
        expect(await store.listApprovals({ executionId: "done_0" })).toEqual([]);
        expect(await store.prune({ maxAgeMs: 0 }, T0 + 1_000_000)).toBe(3);
        expect(await remaining()).toEqual(["paused", "running"]);
        expect(await store.listCalls("paused")).toHaveLength(2);
        expect(await store.listApprovals({ executionId: "paused" })).toHaveLength(1);
      });

      it("applies both limits together, and nothing without a policy", async () => {
        await seed();
        expect(await store.prune({}, T0 + 100)).toBe(0);
        expect(await store.prune({ keepFinished: 4, maxAgeMs: 70 }, T0 + 100)).toBe(3);
        expect(await remaining()).toEqual(["done_3", "done_4", "paused", "running"]);
      });
    });

    describeScriptStoreContract(() => store, executions);

    describe("events", () => {
      const event: JournalEvent = { type: "execution", executionId: "e_1", status: "paused" };
      const approvalEvent: JournalEvent = {
        type: "approval",
        approvalId: "a_1",
        executionId: "e_1",
        status: "approved",
      };

      it("delivers what this process publishes to every subscriber, once", async () => {
        const first: JournalEvent[] = [];
        const second: JournalEvent[] = [];
        store.subscribe((received) => first.push(received));
        store.subscribe(() => {
          throw new Error("a subscriber that fails");
        });
        const unsubscribe = store.subscribe((received) => second.push(received));
        // A store relaying through its database may say when it hears other processes.
        await (store as { listening?: () => Promise<void> }).listening?.();
        await store.publish(event);
        await store.publish(approvalEvent);
        unsubscribe();
        await store.publish(event);
        // Give a store that relays through its database the time to (wrongly) echo.
        await new Promise((resolve) => setTimeout(resolve, 150));
        expect(first).toEqual([event, approvalEvent, event]);
        expect(second).toEqual([event, approvalEvent]);
      });
    });
  });
}
