import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { FunctionsInput } from "../src/connectors/functions/functions-connector.js";
import { type CodeMode, type CodeModeOptions, createCodeMode } from "../src/create-code-mode.js";
import { WorkerSandbox } from "../src/sandbox/worker/worker-sandbox.js";
import { MemoryJournalStore } from "../src/store/memory-journal-store.js";

const SKILLS = fileURLToPath(new URL("./fixtures/skills", import.meta.url));

/** A shop: finding customers is free, refunds wait for a person; every refund made is counted. */
function shop() {
  const refunds: { customer: string; cents: number }[] = [];
  const functions: FunctionsInput = {
    crm: {
      findCustomer: {
        description: "Find a customer by email",
        input: { type: "object", properties: { email: { type: "string" } }, required: ["email"] },
        output: { type: "object", properties: { id: { type: "string" } } },
        execute: async ({ email }: { email: string }) => ({ id: `c_${email.split("@")[0]}` }),
      },
      refund: {
        description: "Refund a customer",
        input: {
          type: "object",
          properties: { customer: { type: "string" }, cents: { type: "integer" } },
          required: ["customer", "cents"],
        },
        needsApproval: true,
        execute: async (args: { customer: string; cents: number }) => {
          refunds.push(args);
          return { refunded: args.cents };
        },
      },
    },
  };
  return { functions, refunds };
}

const LOOKUP = `// Finds the customer's id by email.
const customer = await crm.findCustomer({ email: input.email });
return customer.id;`;
const LOOKUP_INPUT = {
  type: "object",
  properties: { email: { type: "string" } },
  required: ["email"],
};

const open: CodeMode[] = [];
async function runtime(options: CodeModeOptions = {}): Promise<CodeMode> {
  const cm = await createCodeMode({ functions: shop().functions, ...options });
  open.push(cm);
  return cm;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((cm) => cm.close()));
});

describe("saved scripts", () => {
  it("a person saves a script and another script calls it in the same run, journaled there", async () => {
    const cm = await runtime();
    const saved = await cm.saveScript({
      name: "lookup",
      description: "Find a customer's id from their email address",
      code: LOOKUP,
      input: LOOKUP_INPUT,
      by: "ana",
    });
    expect(saved).toMatchObject({ name: "lookup", version: 1, status: "approved" });
    const run = await cm.execute(
      `const ids = await Promise.all(["ann@x.io", "bo@x.io"].map((email) => scripts.lookup({ email })));
return ids.join(",");`,
    );
    expect(run.status).toBe("completed");
    expect(run.result).toBe("c_ann,c_bo");
    const { calls } = await cm.journal(run.executionId);
    expect(calls.map((call) => `${call.namespace}.${call.name} ${call.args}`)).toEqual([
      'crm.findCustomer {"email":"ann@x.io"}',
      'crm.findCustomer {"email":"bo@x.io"}',
    ]);
    expect(cm.types()).toContain("function lookup(input: { email: string }): Promise<any>");
    await expect(cm.describe("scripts.lookup")).resolves.toContain(
      "Find a customer's id from their email address",
    );
    const hits = await cm.search("customer id from email address");
    expect(hits.map((hit) => hit.path)).toContain("scripts.lookup");
  });

  it("type-checks calls to saved scripts against their input schema", async () => {
    const cm = await runtime();
    await cm.saveScript({
      name: "lookup",
      description: "Find a customer",
      code: LOOKUP,
      input: LOOKUP_INPUT,
    });
    const run = await cm.execute("return await scripts.lookup({ mail: 'a@b.c' })");
    expect(run.status).toBe("failed");
    expect(run.error?.code).toBe("type_error");
    expect(run.error?.message).toMatch(/mail/);
  });

  it("refuses a bad name, a bad schema and code that does not type-check, saving nothing", async () => {
    const cm = await runtime();
    await expect(
      cm.saveScript({ name: "weekly-report", description: "x", code: "return 1" }),
    ).rejects.toThrow(/cannot name a saved script: use an identifier/);
    await expect(
      cm.saveScript({
        name: "report",
        description: "A report",
        code: "return 1",
        input: { type: "object", properties: { day: { type: "weekday" } } },
      }),
    ).rejects.toThrow(/input schema is not a valid JSON Schema/);
    await expect(
      cm.saveScript({
        name: "report",
        description: "A report",
        code: "const a = 1;\nreturn await crm.findCustomr({ email: input.email });",
        input: LOOKUP_INPUT,
      }),
    ).rejects.toThrow(/does not compile against the declarations, so nothing was saved:\nline 2/);
    expect(await cm.scripts()).toEqual([]);
  });

  it("errors inside a saved script carry its own line numbers and name", async () => {
    const cm = await runtime({ typecheck: false });
    await cm.saveScript({
      name: "strict",
      description: "Fails on an empty email",
      code: 'const email = input.email;\nif (!email)\n  throw new Error("email is required");\nreturn email;',
    });
    const run = await cm.execute("const x = 1;\nreturn await scripts.strict({});");
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({ message: "email is required", line: 3, script: "strict" });
    expect(run.error?.stack).toContain("scripts/strict.ts:3");
  });

  it("the model's saveAs makes a draft that is neither declared nor callable until approved", async () => {
    const cm = await runtime();
    const code =
      "const { id } = await crm.findCustomer({ email: input.email });\nreturn 'customer ' + id;";
    const run = await cm.execute(code, {
      input: { email: "kim@x.io" },
      saveAs: { name: "greet", description: "Say which customer an email is", input: LOOKUP_INPUT },
      origin: "mcp",
    });
    expect(run).toMatchObject({ status: "completed", result: "customer c_kim" });
    expect(run.saved).toMatchObject({ name: "greet", version: 1, status: "draft" });
    expect(run.saved?.message).toMatch(/a person must approve it/);
    const [draft] = await cm.scripts("greet");
    expect(draft).toMatchObject({
      status: "draft",
      executionId: run.executionId,
      createdBy: "model",
    });

    expect(cm.types()).not.toContain("greet");
    expect((await cm.search("which customer an email is")).map((hit) => hit.path)).not.toContain(
      "scripts.greet",
    );
    const early = await cm.execute('return await scripts.greet({ email: "a@x.io" })');
    expect(early.status).toBe("failed");
    expect(early.error?.message, early.error?.message).toMatch(/greet/);

    await cm.approveScript("greet", { by: "ana" });
    const later = await cm.execute('return await scripts.greet({ email: "lee@x.io" })');
    expect(later).toMatchObject({ status: "completed", result: "customer c_lee" });
    await expect(cm.approveScript("greet")).rejects.toThrow(/has no draft to approve/);
  });

  it("approves a model's draft at once when the config trusts it", async () => {
    const cm = await runtime({ config: { scripts: { trust: "auto" } } });
    const run = await cm.execute("return input.n * 2", {
      input: { n: 4 },
      saveAs: { name: "double", description: "Double a number" },
    });
    expect(run.saved, run.saved?.message).toMatchObject({ status: "approved" });
    expect((await cm.execute("return await scripts.double({ n: 21 })")).result).toBe(42);
  });

  it("a run that fails is not saved, and says so", async () => {
    const cm = await runtime();
    const run = await cm.execute("throw new Error('not yet')", {
      saveAs: { name: "later", description: "Not ready" },
    });
    expect(run.status).toBe("failed");
    expect(run.saved).toMatchObject({ name: "later", status: "failed" });
    expect(run.saved?.message).toMatch(/did not complete, so it was not saved as scripts.later/);
    expect(await cm.scripts()).toEqual([]);
  });

  it("runs saved scripts off the main thread too (the worker sandbox)", async () => {
    const workerUrl = new URL("../dist/sandbox/worker/worker-main.js", import.meta.url);
    const sandbox = new WorkerSandbox({ size: 1, workerUrl });
    try {
      const cm = await runtime({ sandbox, typecheck: false });
      await cm.saveScript({ name: "lookup", description: "Find a customer", code: LOOKUP });
      await cm.saveScript({
        name: "picky",
        description: "Refuses odd numbers",
        code: "if (input.n % 2)\n  throw new RangeError('odd: ' + input.n);\nreturn input.n / 2;",
      });
      const run = await cm.execute(
        "return [await scripts.lookup({ email: input.email }), await scripts.picky({ n: 8 })]",
        { input: { email: "max@x.io" } },
      );
      expect(run).toMatchObject({ status: "completed", result: ["c_max", 4] });
      const failed = await cm.execute("return await scripts.picky({ n: 3 })");
      expect(failed.error).toMatchObject({ name: "RangeError", line: 2, script: "picky" });
    } finally {
      await sandbox.close();
    }
  });

  it("a bad saveAs fails before anything runs", async () => {
    const cm = await runtime();
    await expect(
      cm.execute("return 1", { saveAs: { name: "2fast", description: "x" } }),
    ).rejects.toThrow(/cannot name a saved script/);
    expect(await cm.executions()).toEqual([]);
  });

  it("pauses for approval inside a saved script and resumes with the version it started with", async () => {
    const { functions, refunds } = shop();
    const cm = await createCodeMode({ functions });
    open.push(cm);
    await cm.saveScript({
      name: "refundByEmail",
      description: "Refund a customer found by email",
      code: "const { id } = await crm.findCustomer({ email: input.email });\nconst done = await crm.refund({ customer: id, cents: input.cents });\nreturn 'v1 refunded ' + done.refunded;",
      input: {
        type: "object",
        properties: { email: { type: "string" }, cents: { type: "integer" } },
        required: ["email", "cents"],
      },
    });
    const run = await cm.execute(
      'console.log("start");\nreturn await scripts.refundByEmail({ email: "kim@x.io", cents: 500 });',
    );
    expect(run.status).toBe("paused");
    expect(run.pending?.[0]).toMatchObject({
      path: "crm.refund",
      args: { customer: "c_kim", cents: 500 },
    });

    // A new version is saved meanwhile: the paused execution keeps the one it started with.
    await cm.saveScript({
      name: "refundByEmail",
      description: "Refund a customer found by email",
      code: 'return "v2 does nothing"',
    });
    const resumed = await cm.approve(run.pending?.[0]?.approvalId as string);
    expect(resumed).toMatchObject({ status: "completed", result: "v1 refunded 500" });
    expect(refunds).toEqual([{ customer: "c_kim", cents: 500 }]);
    const { calls } = await cm.journal(run.executionId);
    expect(calls.map((call) => `${call.name}:${call.state}`)).toEqual([
      "findCustomer:applied",
      "refund:applied",
    ]);
    expect((await cm.execute("return await scripts.refundByEmail({})")).result).toBe(
      "v2 does nothing",
    );
  });

  it("keeps versions, restores an older one, and removes a script", async () => {
    const cm = await runtime();
    await cm.saveScript({ name: "answer", description: "The answer", code: "return 41" });
    await cm.saveScript({ name: "answer", description: "The answer", code: "return 40" });
    expect((await cm.execute("return await scripts.answer()")).result).toBe(40);
    const restored = await cm.restoreScript("answer", 1);
    expect(restored).toMatchObject({ version: 3, code: "return 41", status: "approved" });
    expect((await cm.execute("return await scripts.answer()")).result).toBe(41);
    expect((await cm.scripts("answer")).map((version) => version.version)).toEqual([1, 2, 3]);
    await expect(cm.restoreScript("answer", 9)).rejects.toThrow(/has no version 9/);
    expect(await cm.removeScript("answer")).toBe(3);
    await expect(cm.removeScript("answer")).rejects.toThrow(/no saved script "answer"/);
  });

  it("saved scripts call saved scripts; a cycle is an error naming it", async () => {
    const cm = await runtime({ typecheck: false });
    await cm.saveScript({ name: "base", description: "A base", code: "return input.x + 1" });
    await cm.saveScript({
      name: "twice",
      description: "Base twice",
      code: "return await scripts.base({ x: await scripts.base({ x: input.x }) })",
    });
    expect((await cm.execute("return await scripts.twice({ x: 1 })")).result).toBe(3);
    await expect(
      cm.saveScript({
        name: "base",
        description: "A base",
        code: "return await scripts.twice(input)",
      }),
    ).rejects.toThrow(/cycle \(base → twice → base\)/);
  });

  it("a draft whose tools were removed since is not approved, with an error that names the fix", async () => {
    const store = new MemoryJournalStore();
    const before = await runtime({ store });
    const run = await before.execute('return await crm.findCustomer({ email: "a@x.io" })', {
      saveAs: { name: "first", description: "The first customer" },
    });
    expect(run.saved?.status).toBe("draft");
    const after = await runtime({
      store,
      functions: { billing: { total: { input: { type: "object" }, execute: () => 1 } } },
    });
    // This runtime has no crm namespace: the shop's functions are replaced by billing's.
    expect(after.operations().some((operation) => operation.namespace === "crm")).toBe(false);
    await expect(after.approveScript("first")).rejects.toThrow(
      /The draft of scripts.first does not compile against the declarations, so it was not approved:\nline 1.*crm[\s\S]*save a corrected version \(codemode scripts save first FILE\)/,
    );
    expect((await after.scripts("first"))[0]?.status).toBe("draft");
  });

  it("finds skills by their descriptions and describes their instructions", async () => {
    const cm = await runtime({ config: { skills: SKILLS } });
    expect(cm.skills().map((skill) => skill.name)).toEqual(["incident-triage", "release-notes"]);
    const hits = await cm.search("write release notes from merged pull requests");
    expect(hits[0]?.path).toBe("skills.release-notes");
    const triage = await cm.search("production incident on-call");
    expect(triage[0]?.path).toBe("skills.incident-triage");
    const text = await cm.describe("skills.release-notes");
    expect(text).toContain("Put breaking changes first");
    expect(text).toContain("scripts/merged-since.ts");
    expect(text).toContain("github.pullsList");
  });
});
