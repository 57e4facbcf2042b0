import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  ExecutionRecord,
  ExecutionStatus,
  JournalEvent,
  JournalStore,
} from "../core/journal.js";
import { describeApprovalsContract } from "./journal-store-approvals-contract.js";
import { describeRetentionContract } from "./journal-store-retention-contract.js";
import { sampleCall, sampleExecution, T0, UNICODE } from "./journal-store-samples.js";
import { describeRunDataContract } from "./run-data-contract.js";
import { describeScriptStoreContract } from "./script-store-contract.js";

export { sampleExecution } from "./journal-store-samples.js";

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

    describeRetentionContract(() => store);
    describeApprovalsContract(() => store);
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
