import { beforeEach, describe, expect, it } from "vitest";
import type { ExecutionRecord, JournalStore } from "../core/journal.js";
import { sampleApproval, sampleExecution, T0, UNICODE } from "./journal-store-samples.js";

/** How a journal store keeps approvals: created, listed, decided once. Part of the journal store contract. */
export function describeApprovalsContract(current: () => JournalStore): void {
  let store: JournalStore;
  beforeEach(() => {
    store = current();
  });

  async function executions(...records: Partial<ExecutionRecord>[]): Promise<void> {
    for (const record of records) await store.createExecution(sampleExecution(record));
  }

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
}
