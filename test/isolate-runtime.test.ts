/**
 * `createCodeMode({ sandbox: "isolate" })` end to end: host functions, saved scripts with their
 * input, state, results kept by reference and approvals run on V8 isolates as on QuickJS. Where
 * isolated-vm cannot load, asking for the backend fails with an error that says what to install.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SandboxUnavailableError } from "../src/core/errors.js";
import { createCodeMode } from "../src/create-code-mode.js";
import { describeIfIsolate } from "../src/sandbox/isolate/isolate-test-support.js";
import { loadIsolatedVm } from "../src/sandbox/isolate/isolated-vm.js";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

function loads(): boolean {
  try {
    loadIsolatedVm();
    return true;
  } catch {
    return false;
  }
}

const functions = {
  crm: {
    findCustomer: {
      description: "Find a customer by email",
      input: { type: "object", properties: { email: { type: "string" } }, required: ["email"] },
      execute: async (args: unknown) => ({ id: `c_${(args as { email: string }).email}` }),
    },
    deleteCustomer: {
      description: "Delete a customer",
      input: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      needsApproval: true,
      execute: async () => ({ deleted: true }),
    },
  },
};

describeIfIsolate("createCodeMode({ sandbox: 'isolate' })", () => {
  it("runs host functions, saved scripts, state, refs and approvals", async () => {
    const folder = await mkdtemp(join(tmpdir(), "codemode-isolate-"));
    folders.push(folder);
    const cm = await createCodeMode({
      sandbox: "isolate",
      functions,
      store: join(folder, ".codemode"),
      typecheck: false,
      limits: { maxOutputChars: 2000 },
    });
    try {
      await cm.saveScript({
        name: "lookup",
        description: "A customer's id from their email",
        code: "const customer = await crm.findCustomer({ email: input.email });\nreturn customer.id;",
        input: { type: "object", properties: { email: { type: "string" } } },
        by: "ana",
      });
      const run = await cm.execute(
        `console.log("looking up");
await codemode.state.set("seen", 2);
const ids = await Promise.all(["a", "b"].map((email) => scripts.lookup({ email })));
return { ids, seen: await codemode.state.get("seen"), rows: Array.from({ length: 2000 }, (_, i) => i * 3) };`,
      );
      expect(run).toMatchObject({ status: "completed", logs: ["looking up"] });
      const ref = run.refs?.[0] ?? "";
      expect(ref).toMatch(/^ref_/);
      const loaded = await cm.execute(`const whole = await codemode.load("${ref}");
return [whole.ids.join(), whole.seen, whole.rows.length];`);
      expect(loaded.result).toEqual(["c_a,c_b", 2, 2000]);

      const paused = await cm.execute(
        `const c = await crm.findCustomer({ email: "x" });\nreturn await crm.deleteCustomer({ id: c.id });`,
      );
      expect(paused.status).toBe("paused");
      const resumed = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
      expect(resumed).toMatchObject({ status: "completed", result: { deleted: true } });
    } finally {
      await cm.close();
    }
  });
});

describe.runIf(!loads())("sandbox 'isolate' where isolated-vm cannot load", () => {
  it("fails with an error that says what to install or to use the default", async () => {
    const failure = createCodeMode({ sandbox: "isolate" });
    await expect(failure).rejects.toBeInstanceOf(SandboxUnavailableError);
    await expect(failure).rejects.toThrow(/isolated-vm|Node 22 or later/);
    await expect(failure).rejects.toThrow(/leave `sandbox` unset/);
  });
});
