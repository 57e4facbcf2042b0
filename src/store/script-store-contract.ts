import { describe, expect, it } from "vitest";
import type { ExecutionRecord, JournalStore } from "../core/journal.js";
import type { ScriptVersion } from "../core/saved-script.js";

const T0 = 1_700_000_000_000;

function draft(overrides: Partial<ScriptVersion> = {}): Omit<ScriptVersion, "version"> {
  return {
    name: "weeklyReport",
    description: "Open issues of the week — café ☕",
    code: "const issues = await github.issuesList({ state: 'open' });\nreturn issues.length;",
    inputSchema: { type: "object", properties: { repo: { type: "string" } } },
    status: "draft",
    createdAt: T0,
    ...overrides,
  };
}

/**
 * Saved scripts in a journal store: versions, approval of drafts, removal, and what an
 * execution runs with. Called inside the journal store contract, with its store and a helper
 * that creates executions.
 */
export function describeScriptStoreContract(
  store: () => JournalStore,
  executions: (...records: Partial<ExecutionRecord>[]) => Promise<void>,
): void {
  describe("saved scripts", () => {
    it("adds versions 1, 2, … per name and round-trips every field", async () => {
      const first = await store().addScriptVersion(
        draft({ status: "approved", createdBy: "cli", approvedAt: T0 + 1, approvedBy: "ana" }),
      );
      expect(first.version).toBe(1);
      const second = await store().addScriptVersion(
        draft({
          code: "return 2",
          outputSchema: { type: "integer" },
          executionId: "e_9",
          createdBy: "model",
          createdAt: T0 + 5,
        }),
      );
      expect(second.version).toBe(2);
      const other = await store().addScriptVersion(draft({ name: "another" }));
      expect(other.version).toBe(1);
      expect(await store().listScriptVersions("weeklyReport")).toStrictEqual([first, second]);
      expect(await store().listScriptVersions()).toStrictEqual([other, first, second]);
      expect(await store().listScriptVersions("nobody")).toStrictEqual([]);
      expect(second).toStrictEqual({ ...draft(), ...second, version: 2 });
    });

    it("approves a draft once, and only a draft", async () => {
      await store().addScriptVersion(draft());
      const approved = await store().approveScriptVersion("weeklyReport", 1, {
        approvedAt: T0 + 9,
        approvedBy: "ana",
      });
      expect(approved).toMatchObject({ status: "approved", approvedAt: T0 + 9, approvedBy: "ana" });
      expect(
        await store().approveScriptVersion("weeklyReport", 1, { approvedAt: T0 + 10 }),
      ).toBeUndefined();
      expect(
        await store().approveScriptVersion("weeklyReport", 7, { approvedAt: T0 + 10 }),
      ).toBeUndefined();
      expect((await store().listScriptVersions("weeklyReport"))[0]).toStrictEqual(approved);
    });

    it("removes every version of a name", async () => {
      await store().addScriptVersion(draft());
      await store().addScriptVersion(draft());
      await store().addScriptVersion(draft({ name: "kept" }));
      expect(await store().removeScript("weeklyReport")).toBe(2);
      expect(await store().removeScript("weeklyReport")).toBe(0);
      expect((await store().listScriptVersions()).map((script) => script.name)).toEqual(["kept"]);
      expect((await store().addScriptVersion(draft())).version).toBe(1);
    });

    it("keeps what an execution runs with, and deletes it with the execution", async () => {
      await executions({ id: "with_scripts", status: "completed", finishedAt: T0 + 1 });
      const scripts = {
        pins: { weeklyReport: 2, lookup: 1 },
        input: { repo: "codemode", nested: [1, "☕"] },
        saveAs: { name: "report", description: "A report", input: { type: "object" } },
      };
      await store().putExecutionScripts("with_scripts", scripts);
      expect(await store().getExecutionScripts("with_scripts")).toStrictEqual(scripts);
      expect(await store().getExecutionScripts("nothing")).toBeUndefined();
      expect(await store().prune({ keepFinished: 0 }, T0 + 100)).toBe(1);
      expect(await store().getExecutionScripts("with_scripts")).toBeUndefined();
    });
  });
}
