import { afterAll, describe, expect, it } from "vitest";
import type { FunctionsInput } from "../src/connectors/functions/functions-connector.js";
import { createCodeMode } from "../src/create-code-mode.js";
import { POSTGRES_SKIPPED, POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";

if (!POSTGRES_URL) console.warn(`\n*** ${POSTGRES_SKIPPED} ***\n`);
const suite = POSTGRES_URL ? describe : describe.skip;

suite(POSTGRES_URL ? "saved scripts on PostgreSQL" : POSTGRES_SKIPPED, () => {
  const schemas = postgresSchemas(POSTGRES_URL ?? "");
  afterAll(() => schemas.dropAll());

  it("two runtimes share saved scripts: one saves and approves, the other calls, pauses inside it and resumes", async () => {
    const store = await schemas.create();
    const shipped: string[] = [];
    const functions: FunctionsInput = {
      warehouse: {
        stock: {
          input: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] },
          execute: async ({ sku }: { sku: string }) => ({ sku, units: sku.length }),
        },
        ship: {
          input: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] },
          needsApproval: true,
          execute: async ({ sku }: { sku: string }) => {
            shipped.push(sku);
            return { shipped: sku };
          },
        },
      },
    };
    const writer = await createCodeMode({ functions, store });
    const reader = await createCodeMode({ functions, store });
    try {
      const drafted = await writer.execute(
        "const { units } = await warehouse.stock({ sku: input.sku });\nif (units < 3) return 'too few';\nconst done = await warehouse.ship({ sku: input.sku });\nreturn done.shipped;",
        {
          input: { sku: "TEA" },
          saveAs: {
            name: "shipIfStocked",
            description: "Ship a product when at least three units are in stock",
            input: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] },
          },
        },
      );
      // The model's own run pauses at the shipment: it is saved only once it completes.
      expect(drafted.status).toBe("paused");
      const completed = await reader.approve(drafted.pending?.[0]?.approvalId as string);
      expect(completed).toMatchObject({ status: "completed", result: "TEA" });
      expect(completed.saved).toMatchObject({ name: "shipIfStocked", version: 1, status: "draft" });
      expect((await reader.scripts("shipIfStocked"))[0]?.executionId).toBe(drafted.executionId);

      await writer.approveScript("shipIfStocked", { by: "ana" });
      const hits = await reader.search("ship a product in stock");
      expect(hits.map((hit) => hit.path)).toContain("scripts.shipIfStocked");

      const run = await reader.execute('return await scripts.shipIfStocked({ sku: "COFFEE" })');
      expect(run.status).toBe("paused");
      expect(run.pending?.[0]).toMatchObject({ path: "warehouse.ship", args: { sku: "COFFEE" } });
      const resumed = await writer.approve(run.pending?.[0]?.approvalId as string);
      expect(resumed).toMatchObject({ status: "completed", result: "COFFEE" });
      expect(shipped).toEqual(["TEA", "COFFEE"]);
      const { calls } = await writer.journal(run.executionId);
      expect(calls.map((call) => `${call.name} ${call.state}`)).toEqual([
        "stock applied",
        "ship applied",
      ]);
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});
