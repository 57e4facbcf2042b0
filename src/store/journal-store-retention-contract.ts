import { beforeEach, describe, expect, it } from "vitest";
import type { ExecutionRecord, JournalStore } from "../core/journal.js";
import { sampleApproval, sampleCall, sampleExecution, T0 } from "./journal-store-samples.js";

/** How a journal store recovers interrupted executions and prunes finished ones. Part of the journal store contract. */
export function describeRetentionContract(current: () => JournalStore): void {
  let store: JournalStore;
  beforeEach(() => {
    store = current();
  });

  async function executions(...records: Partial<ExecutionRecord>[]): Promise<void> {
    for (const record of records) await store.createExecution(sampleExecution(record));
  }

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
        await store.createApproval(sampleApproval({ id: `a_${id}`, executionId: id, callSeq: 1 }));
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
}
