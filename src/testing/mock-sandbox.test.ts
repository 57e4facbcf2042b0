import { afterEach, describe, expect, it } from "vitest";
import type { FunctionsInput } from "../connectors/functions/functions-connector.js";
import type { Connector } from "../core/connector.js";
import { ToolError } from "../core/errors.js";
import type { Operation } from "../core/operation.js";
import { type CodeMode, type CodeModeOptions, createCodeMode } from "../create-code-mode.js";
import { MockSandbox, type MockScript } from "./mock-sandbox.js";

// The journal, the policy, rollback and the catalog, tested through the runtime with the mock
// sandbox and the in-memory journal: no QuickJS, no SQLite, a few milliseconds a test.

function ledger() {
  const effects: string[] = [];
  const functions: FunctionsInput = {
    ledger: {
      read: {
        input: { type: "object", properties: { account: { type: "string" } } },
        execute: async ({ account }: { account: string }) => {
          effects.push(`read ${account}`);
          return { account, amount: 100 };
        },
      },
      pay: {
        input: {
          type: "object",
          properties: { to: { type: "string" }, amount: { type: "number" } },
          required: ["to", "amount"],
        },
        needsApproval: ({ amount }: { amount: number }) => amount >= 50,
        execute: async ({ to, amount }: { to: string; amount: number }) => {
          effects.push(`pay ${to} ${amount}`);
          return { paymentId: `p${effects.length}` };
        },
        revert: async ({ to, amount }: { to: string; amount: number }) => {
          effects.push(`refund ${to} ${amount}`);
        },
      },
    },
  };
  return { effects, functions };
}

const open: CodeMode[] = [];
async function runtime(
  script: MockScript | MockScript[],
  functions: FunctionsInput,
  options: Partial<CodeModeOptions> = {},
) {
  const sandbox = new MockSandbox(script);
  const cm = await createCodeMode({ functions, sandbox, typecheck: false, ...options });
  open.push(cm);
  return { cm, sandbox };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((cm) => cm.close()));
});

describe("executions on the mock sandbox", () => {
  it("returns the script's result and logs, and gives the sandbox the transpiled code", async () => {
    const { functions } = ledger();
    const { cm, sandbox } = await runtime(async ({ call, log }) => {
      const balance = (await call("ledger.read", { account: "a" })) as { amount: number };
      log(`has ${balance.amount}`);
      return balance.amount * 2;
    }, functions);
    const outcome = await cm.execute("const x: number = 1; return x");
    expect(outcome).toMatchObject({ status: "completed", result: 200, logs: ["has 100"] });
    expect(sandbox.runs).toHaveLength(1);
    expect(sandbox.runs[0]?.code).not.toContain(": number");
    expect(sandbox.runs[0]?.globals.ledger).toEqual(expect.arrayContaining(["read", "pay"]));
  });

  it("pauses at a gated call and, approved, replays the earlier call instead of making it again", async () => {
    const { effects, functions } = ledger();
    const { cm, sandbox } = await runtime(async ({ call }) => {
      await call("ledger.read", { account: "a" });
      return call("ledger.pay", { to: "b", amount: 60 });
    }, functions);
    const paused = await cm.execute("pay");
    expect(paused.status).toBe("paused");
    expect(effects).toEqual(["read a"]);
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done).toMatchObject({ status: "completed", result: { paymentId: "p2" } });
    expect(effects).toEqual(["read a", "pay b 60"]);
    expect(sandbox.runs).toHaveLength(2);
  });

  it("a rejected call throws in the script, which may catch it", async () => {
    const { effects, functions } = ledger();
    const { cm } = await runtime(async ({ call }) => {
      try {
        return await call("ledger.pay", { to: "b", amount: 90 });
      } catch (error) {
        return `refused: ${(error as Error).name}`;
      }
    }, functions);
    const paused = await cm.execute("pay");
    const done = await cm.reject(paused.pending?.[0]?.approvalId ?? "", "too much");
    expect(done).toMatchObject({ status: "completed", result: "refused: ApprovalRejectedError" });
    expect(effects).toEqual([]);
  });

  it("a resumed run that makes other calls than its journal fails as diverged, making nothing new", async () => {
    const { effects, functions } = ledger();
    const { cm } = await runtime(
      [
        async ({ call }) => {
          await call("ledger.read", { account: "a" });
          return call("ledger.pay", { to: "b", amount: 60 });
        },
        async ({ call }) => {
          await call("ledger.read", { account: "z" });
          return call("ledger.pay", { to: "b", amount: 60 });
        },
      ],
      functions,
    );
    const paused = await cm.execute("pay");
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done.status).toBe("failed");
    expect(done.error?.name).toBe("ReplayDivergenceError");
    expect(effects).toEqual(["read a"]);
  });

  it("a blocked operation is refused without being called", async () => {
    const { effects, functions } = ledger();
    const { cm } = await runtime(
      async ({ call }) => call("ledger.pay", { to: "b", amount: 1 }),
      functions,
      { config: { approval: { block: ["ledger.pay"] } } },
    );
    const outcome = await cm.execute("pay");
    expect(outcome.status).toBe("failed");
    expect(outcome.error?.message).toContain("ledger.pay");
    expect(effects).toEqual([]);
  });

  it("the application's policy sees the call and decides", async () => {
    const { effects, functions } = ledger();
    const seen: string[] = [];
    const { cm } = await runtime(
      async ({ call }) => call("ledger.pay", { to: "b", amount: 500 }),
      functions,
      {
        policy: (call) => {
          seen.push(call.path);
          return "allow";
        },
      },
    );
    expect(await cm.execute("pay")).toMatchObject({ status: "completed" });
    expect(seen).toEqual(["ledger.pay"]);
    expect(effects).toEqual(["pay b 500"]);
  });

  it("rollback reverts applied calls newest first and records each outcome", async () => {
    const { effects, functions } = ledger();
    const { cm } = await runtime(async ({ call }) => {
      await call("ledger.pay", { to: "b", amount: 1 });
      await call("ledger.read", { account: "a" });
      await call("ledger.pay", { to: "c", amount: 2 });
    }, functions);
    const outcome = await cm.execute("pays");
    expect(outcome.status).toBe("completed");
    const report = await cm.rollback(outcome.executionId);
    expect(effects.slice(3)).toEqual(["refund c 2", "refund b 1"]);
    expect(report.steps.map((step) => step.outcome)).toEqual([
      "compensated",
      "not_reversible", // a host function declares no read-only hint and no revert
      "compensated",
    ]);
  });

  it("a limit raised by the host ends the run even when the script catches it", async () => {
    const { functions } = ledger();
    const { cm } = await runtime(
      async ({ call }) => {
        for (let i = 0; i < 5; i++) {
          try {
            await call("ledger.read", { account: String(i) });
          } catch {
            // a script cannot swallow a limit
          }
        }
        return "finished";
      },
      functions,
      { limits: { maxToolCalls: 2 } },
    );
    const outcome = await cm.execute("loop");
    expect(outcome.status).toBe("failed");
    expect(outcome.error?.code).toBe("tool_call_limit");
  });
});

describe("the catalog on a connector of one's own", () => {
  it("lists a connector again when it says its operations changed", async () => {
    let listeners: (() => void)[] = [];
    let names = ["first"];
    const connector: Connector = {
      namespace: "live",
      async listOperations(): Promise<Operation[]> {
        return names.map((name) => ({
          namespace: "live",
          name,
          description: `the ${name} one`,
          inputSchema: { type: "object" },
          source: { kind: "functions" },
        }));
      },
      async callOperation(name) {
        if (!names.includes(name)) throw new ToolError(`no ${name}`, { code: "unknown_operation" });
        return name;
      },
      onChange(listener) {
        listeners.push(listener);
        return () => {
          listeners = listeners.filter((other) => other !== listener);
        };
      },
    };
    const { cm } = await runtime(
      async ({ call }) => call("live.second", {}),
      {},
      {
        connectors: [connector],
        policy: () => "allow",
      },
    );
    expect(cm.types()).not.toContain("second");
    names = ["first", "second"];
    for (const listener of listeners) listener();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cm.types()).toContain("function second");
    expect(await cm.execute("second")).toMatchObject({ status: "completed", result: "second" });
  });
});
