import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCodeMode } from "../src/create-code-mode.js";
import { POSTGRES_SKIPPED, POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";

const folders: string[] = [];
const schemas = POSTGRES_URL ? postgresSchemas(POSTGRES_URL) : undefined;

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  await schemas?.dropAll();
});

const stores: [string, () => Promise<string>][] = [
  [
    "embedded",
    async () => {
      const folder = await mkdtemp(join(tmpdir(), "codemode-refs-"));
      folders.push(folder);
      return join(folder, ".codemode");
    },
  ],
];
if (schemas) stores.push(["PostgreSQL", () => schemas.create()]);
else console.warn(`\n${POSTGRES_SKIPPED}\n`);

const ROWS = `Array.from({ length: 5000 }, (_, i) => ({ id: i, name: "row " + i, total: i * 3 }))`;

describe.each(stores)("results by reference (%s store)", (_name, storeUrl) => {
  it("keeps a 5,000-row result whole and loads it in the next run", async () => {
    const cm = await createCodeMode({ store: await storeUrl(), typecheck: false });
    try {
      const first = await cm.execute(`return ${ROWS}`);
      expect(first.status).toBe("completed");
      const ref = first.refs?.[0] ?? "";
      expect(ref).toMatch(/^ref_[0-9a-f]{24}$/);
      const shown = first.result as {
        truncated: true;
        ref: string;
        notice: string;
        preview: { id: number }[];
      };
      expect(shown.ref).toBe(ref);
      expect(shown.notice).toContain(`await codemode.load("${ref}")`);
      expect(shown.notice).toContain("(5000 items)");
      // The preview is the start of the array itself, as JSON, within the output limit.
      expect(shown.preview[0]).toEqual({ id: 0, name: "row 0", total: 0 });
      expect(shown.preview.length).toBeGreaterThan(10);
      expect(shown.preview.length).toBeLessThan(5000);
      expect(JSON.stringify(first.result).length).toBeLessThanOrEqual(cm.limits.maxOutputChars);

      const second = await cm.execute(
        `const rows = (await codemode.load("${ref}")) as { id: number; total: number }[];
         return { count: rows.length, last: rows[4999], sum: rows.reduce((s, r) => s + r.total, 0) };`,
      );
      expect(second.result).toEqual({
        count: 5000,
        last: { id: 4999, name: "row 4999", total: 14997 },
        sum: 3 * ((4999 * 5000) / 2),
      });
      // The execution as read back later names the same handle.
      expect((await cm.result(first.executionId)).refs).toEqual([ref]);
    } finally {
      await cm.close();
    }
  }, 60_000);

  it("keeps over-long console output whole, and says which handle has it", async () => {
    const cm = await createCodeMode({
      store: await storeUrl(),
      typecheck: false,
      limits: { maxOutputChars: 500 },
    });
    try {
      const first = await cm.execute(`for (let i = 0; i < 300; i++) console.log("line", i)`);
      expect(first.status).toBe("completed");
      const ref = first.refs?.[0] ?? "";
      expect(first.logs[0]).toBe("line 0");
      expect(first.logs.at(-1)).toBe(
        `… output truncated at 500 characters (limits.maxOutputChars): all 300 lines are kept as ${ref}; \`await codemode.load("${ref}")\` in a later run returns them.`,
      );
      const second = await cm.execute(
        `const lines = (await codemode.load("${ref}")) as string[]; return [lines.length, lines[299]]`,
      );
      expect(second.result).toEqual([300, "line 299"]);
    } finally {
      await cm.close();
    }
  }, 60_000);
});

describe("codemode.load", () => {
  it("says what is wrong with a handle that is malformed or unknown", async () => {
    const cm = await createCodeMode({ typecheck: false });
    try {
      const malformed = await cm.execute(`return await codemode.load("results.json")`);
      expect(malformed.error).toMatchObject({
        code: "invalid_arguments",
        message: expect.stringContaining("codemode.load needs a handle such as"),
      });
      const unknown = await cm.execute(
        `return await codemode.load("ref_0123456789abcdef01234567")`,
      );
      expect(unknown.error).toMatchObject({
        code: "reference_not_found",
        message: expect.stringContaining("its execution was pruned"),
      });
    } finally {
      await cm.close();
    }
  });

  it("cuts instead, as before, when maxRefChars is 0 or the value is larger", async () => {
    const cm = await createCodeMode({ typecheck: false, limits: { maxRefChars: 10_000 } });
    try {
      const outcome = await cm.execute(`return ${ROWS}`);
      expect(outcome.refs).toBeUndefined();
      expect(outcome.result).toMatchObject({ truncated: true, notice: expect.any(String) });
    } finally {
      await cm.close();
    }
  });
});
