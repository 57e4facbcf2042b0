import { afterEach, describe, expect, it } from "vitest";
import type { FunctionsInput } from "../src/connectors/functions/functions-connector.js";
import { type CodeMode, type CodeModeOptions, createCodeMode } from "../src/create-code-mode.js";
import { WorkerSandbox } from "../src/sandbox/worker/worker-sandbox.js";

/** A small bank: reads are free, transfers and closures wait for a person; every effect is counted. */
function bank() {
  const effects: string[] = [];
  const balances = new Map<string, number>([
    ["alice", 100],
    ["bob", 20],
  ]);
  const functions: FunctionsInput = {
    bank: {
      balance: {
        input: {
          type: "object",
          properties: { account: { type: "string" } },
          required: ["account"],
        },
        execute: async ({ account }: { account: string }) => {
          effects.push(`balance ${account}`);
          return { account, amount: balances.get(account) ?? 0 };
        },
      },
      slowBalance: {
        input: {
          type: "object",
          properties: { account: { type: "string" }, ms: { type: "number" } },
        },
        execute: async ({ account, ms }: { account: string; ms: number }) => {
          await new Promise((resolve) => setTimeout(resolve, ms));
          effects.push(`slowBalance ${account}`);
          return { account, amount: balances.get(account) ?? 0 };
        },
      },
      transfer: {
        description: "Move money between two accounts",
        input: {
          type: "object",
          properties: {
            from: { type: "string" },
            to: { type: "string" },
            amount: { type: "number" },
            ref: { type: "string" },
          },
          required: ["from", "to", "amount"],
        },
        needsApproval: ({ amount }: { amount: number }) => amount >= 50,
        execute: async ({ from, to, amount }: { from: string; to: string; amount: number }) => {
          effects.push(`transfer ${from}->${to} ${amount}`);
          balances.set(from, (balances.get(from) ?? 0) - amount);
          balances.set(to, (balances.get(to) ?? 0) + amount);
          return { ok: true, transferId: `t${effects.length}` };
        },
        revert: async ({ from, to, amount }: { from: string; to: string; amount: number }) => {
          effects.push(`revert ${from}->${to} ${amount}`);
          balances.set(from, (balances.get(from) ?? 0) + amount);
          balances.set(to, (balances.get(to) ?? 0) - amount);
        },
      },
      close: {
        input: { type: "object", properties: { account: { type: "string" } } },
        needsApproval: true,
        execute: async ({ account }: { account: string }) => {
          effects.push(`close ${account}`);
          return { closed: account };
        },
      },
      notify: {
        input: { type: "object", properties: { text: { type: "string" } } },
        execute: async ({ text }: { text: string }) => {
          effects.push(`notify ${text}`);
          return { sent: true };
        },
      },
    },
  };
  return { effects, balances, functions };
}

const open: CodeMode[] = [];
async function runtime(functions: FunctionsInput, options: Partial<CodeModeOptions> = {}) {
  const cm = await createCodeMode({ functions, typecheck: false, store: ":memory:", ...options });
  open.push(cm);
  return cm;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((cm) => cm.close()));
});

describe("approval gates", () => {
  it("pauses at a gated call, then resumes on approval without making earlier calls again", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const code = `
      const before = await bank.balance({ account: "alice" });
      console.log("alice has", before.amount);
      const t = await bank.transfer({ from: "alice", to: "bob", amount: 60 });
      const after = await bank.balance({ account: "alice" });
      return { transferId: t.transferId, before: before.amount, after: after.amount };`;
    const paused = await cm.execute(code);
    expect(paused.status).toBe("paused");
    expect(paused.logs).toEqual(["alice has 100"]);
    expect(paused.pending).toHaveLength(1);
    const [pending] = paused.pending ?? [];
    expect(pending).toMatchObject({
      path: "bank.transfer",
      args: { from: "alice", to: "bob", amount: 60 },
      reason: "the function declares needsApproval",
    });
    expect(pending?.summary).toContain('bank.transfer({"from":"alice","to":"bob","amount":60})');
    expect(effects).toEqual(["balance alice"]);
    expect((await cm.pending()).map((approval) => approval.id)).toEqual([pending?.approvalId]);

    const done = await cm.approve(pending?.approvalId ?? "", { by: "ops" });
    expect(done).toMatchObject({
      status: "completed",
      executionId: paused.executionId,
      result: { transferId: "t2", before: 100, after: 40 },
    });
    // The first balance was replayed from the journal; the transfer ran once; the second read is new.
    expect(effects).toEqual(["balance alice", "transfer alice->bob 60", "balance alice"]);
    expect(done.logs).toEqual(["alice has 100"]);
    expect(done.stats.runs).toBe(2);
    expect(await cm.pending()).toEqual([]);

    const { calls, approvals, execution } = await cm.journal(paused.executionId);
    expect(execution.status).toBe("completed");
    expect(calls.map((call) => [call.name, call.state])).toEqual([
      ["balance", "applied"],
      ["transfer", "applied"],
      ["balance", "applied"],
    ]);
    expect(approvals[0]).toMatchObject({ status: "approved", decidedBy: "ops" });
    expect(approvals[0]?.decidedAt).toBeGreaterThan(0);
  });

  it("lets calls under the function's threshold through without a pause", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const result = await cm.execute(
      `return await bank.transfer({ from: "alice", to: "bob", amount: 10 })`,
    );
    expect(result.status).toBe("completed");
    expect(effects).toEqual(["transfer alice->bob 10"]);
  });

  it("a rejected call throws ApprovalRejectedError in the script, which may catch it", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`
      await bank.notify({ text: "starting" });
      try {
        await bank.close({ account: "bob" });
        return "closed";
      } catch (error) {
        await bank.notify({ text: "not closed" });
        return { name: error.name, code: error.code, message: error.message };
      }`);
    expect(paused.status).toBe("paused");
    const done = await cm.reject(paused.pending?.[0]?.approvalId ?? "", "bob still has money");
    expect(done.status).toBe("completed");
    expect(done.result).toMatchObject({ name: "ApprovalRejectedError", code: "approval_rejected" });
    expect((done.result as { message: string }).message).toContain("bob still has money");
    expect(effects).toEqual(["notify starting", "notify not closed"]);
  });

  it("an uncaught rejection ends the execution as rejected", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(
      `await bank.close({ account: "bob" }); await bank.notify({ text: "after" });`,
    );
    const done = await cm.reject(paused.pending?.[0]?.approvalId ?? "");
    expect(done.status).toBe("rejected");
    expect(done.error?.name).toBe("ApprovalRejectedError");
    expect(effects).toEqual([]);
  });

  it("collects every gated call of a Promise.all into one pause and resumes once all are decided", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`
      const [a, b, c] = await Promise.all([
        bank.close({ account: "x" }),
        bank.balance({ account: "alice" }),
        bank.close({ account: "y" }),
      ]);
      return [a.closed, b.amount, c.closed];`);
    expect(paused.status).toBe("paused");
    expect(paused.pending?.map((call) => call.args)).toEqual([{ account: "x" }, { account: "y" }]);
    // Once a gate is reached, other new calls wait for the next run.
    expect(effects).toEqual([]);
    const [first, second] = paused.pending ?? [];
    const stillPaused = await cm.approve(first?.approvalId ?? "");
    expect(stillPaused.status).toBe("paused");
    expect(stillPaused.pending?.map((call) => call.approvalId)).toEqual([second?.approvalId]);
    expect(effects).toEqual([]);
    const done = await cm.approve(second?.approvalId ?? "");
    expect(done).toMatchObject({ status: "completed", result: ["x", 100, "y"] });
    expect(effects.sort()).toEqual(["balance alice", "close x", "close y"]);
  });

  it("replays by identity: calls that finish in another order on resume still match", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`
      const slow = bank.slowBalance({ account: "alice", ms: 60 }).then((r) => bank.balance({ account: "bob" }).then((b) => r.amount + b.amount));
      const fast = bank.slowBalance({ account: "bob", ms: 1 }).then(() => bank.close({ account: "z" }));
      const [sum, closed] = await Promise.all([slow, fast]);
      return { sum, closed: closed.closed };`);
    expect(paused.status).toBe("paused");
    // The slow read was in flight at the gate: it settled (and was journaled) before the pause;
    // the call its result led to waits for the next run.
    expect([...effects].sort()).toEqual(["slowBalance alice", "slowBalance bob"]);
    const { calls } = await cm.journal(paused.executionId);
    expect(calls.map((call) => [call.name, call.state])).toEqual([
      ["slowBalance", "applied"],
      ["slowBalance", "applied"],
      ["close", "awaiting_approval"],
    ]);
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done).toMatchObject({ status: "completed", result: { sum: 120, closed: "z" } });
    expect(effects.filter((effect) => effect.startsWith("slowBalance"))).toHaveLength(2);
    expect(effects.filter((effect) => effect === "balance bob")).toHaveLength(1);
    expect(effects).toContain("close z");
  });

  it("replays Date.now, Math.random and crypto.randomUUID so the approved call is the one shown", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`
      const ref = crypto.randomUUID();
      const at = Date.now();
      const r = Math.random();
      await bank.transfer({ from: "alice", to: "bob", amount: 75, ref });
      return { ref, at, r };`);
    const ref = (paused.pending?.[0]?.args as { ref: string } | undefined)?.ref;
    expect(ref).toMatch(/^[0-9a-f-]{36}$/);
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done.status).toBe("completed");
    expect((done.result as { ref: string }).ref).toBe(ref);
    const { execution } = await cm.journal(paused.executionId);
    expect(execution.draws.map((draw) => draw.kind)).toEqual(["uuid", "now", "random"]);
    expect(done.result).toMatchObject({
      at: execution.draws[1]?.value,
      r: execution.draws[2]?.value,
    });
    expect(effects).toEqual(["transfer alice->bob 75"]);
  });

  it("fails with ReplayDivergenceError, making nothing new, when the journal no longer matches the code", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`
      const a = await bank.balance({ account: "alice" });
      await bank.close({ account: "bob" });
      await bank.notify({ text: "done" });`);
    // Something changed since the pause: the journal's first call is not what the code makes.
    const { calls } = await cm.journal(paused.executionId);
    const first = calls[0];
    if (!first) throw new Error("no call journaled");
    await cm.store.putCall({ ...first, args: JSON.stringify({ account: "carol" }) });
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done.status).toBe("failed");
    expect(done.error?.name).toBe("ReplayDivergenceError");
    expect(done.error?.message).toContain('bank.balance({"account":"alice"})');
    expect(done.error?.message).toContain('bank.balance({"account":"carol"})');
    expect(effects).toEqual(["balance alice"]);
  });

  it("decides an approval once: a second decision is refused and changes nothing", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`return await bank.close({ account: "q" })`);
    const id = paused.pending?.[0]?.approvalId ?? "";
    const outcomes = await Promise.allSettled([cm.approve(id), cm.approve(id), cm.reject(id)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find(
      (outcome) => outcome.status === "rejected",
    ) as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/already (approved|rejected)/);
    expect(effects).toEqual(["close q"]);
    await expect(cm.approve("no-such-approval")).rejects.toThrow(/There is no approval/);
  });

  it("lets the model learn a paused execution's outcome by its id", async () => {
    const { functions } = bank();
    const cm = await runtime(functions);
    const paused = (await cm.tools.execute.execute({
      code: `return (await bank.close({ account: "m" })).closed`,
    })) as {
      executionId: string;
      status: string;
      pending: { approvalId: string }[];
    };
    expect(paused.status).toBe("paused");
    expect(await cm.tools.execute.execute({ executionId: paused.executionId })).toMatchObject({
      status: "paused",
    });
    await cm.approve(paused.pending[0]?.approvalId ?? "");
    expect(await cm.tools.execute.execute({ executionId: paused.executionId })).toMatchObject({
      status: "completed",
      result: "m",
    });
  });

  it("expires approvals nobody decides: the execution becomes rejected", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions, { config: { approval: { expireAfterMs: 1 } } });
    const paused = await cm.execute(`await bank.close({ account: "e" })`);
    expect(paused.pending?.[0]?.expiresAt).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Housekeeping runs every minute; `maintain` runs it now.
    expect(await cm.maintain()).toMatchObject({ expired: 1 });
    const after = await cm.result(paused.executionId);
    expect(after.status).toBe("rejected");
    expect(after.error?.code).toBe("approval_expired");
    expect((await cm.journal(paused.executionId)).approvals[0]?.status).toBe("expired");
    expect(effects).toEqual([]);
  });
});

describe("on the worker-thread sandbox (what the gateway uses)", () => {
  it("pauses, resumes by replay, and catches divergence through the worker's idle signal", async () => {
    const { effects, functions } = bank();
    // Workers run the compiled worker entry: `npm test` builds before it runs the suites.
    const workerUrl = new URL("../dist/sandbox/worker/worker-main.js", import.meta.url);
    const sandbox = new WorkerSandbox({ size: 1, workerUrl });
    try {
      const cm = await runtime(functions, { sandbox });
      const paused = await cm.execute(`
        const a = await bank.balance({ account: "alice" });
        const c = await bank.close({ account: "w" });
        return [a.amount, c.closed];`);
      expect(paused.status).toBe("paused");
      const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
      expect(done).toMatchObject({ status: "completed", result: [100, "w"] });
      expect(effects).toEqual(["balance alice", "close w"]);

      const second = await cm.execute(`
        await bank.balance({ account: "bob" });
        await bank.close({ account: "v" });`);
      const { calls } = await cm.journal(second.executionId);
      const first = calls[0];
      if (!first) throw new Error("no call journaled");
      await cm.store.putCall({ ...first, args: JSON.stringify({ account: "carol" }) });
      const started = Date.now();
      const diverged = await cm.approve(second.pending?.[0]?.approvalId ?? "");
      expect(diverged.error?.name).toBe("ReplayDivergenceError");
      // Caught by the idle signal, not by the run's time limit.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(effects).toEqual(["balance alice", "close w", "balance bob"]);
    } finally {
      await sandbox.close();
    }
  });
});

describe("approval policy from the config", () => {
  it("require and allow globs override the functions' own declarations", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions, {
      config: { approval: { require: ["bank.notify"], allow: ["bank.close"] } },
    });
    const closed = await cm.execute(`return await bank.close({ account: "a" })`);
    expect(closed.status).toBe("completed");
    const notified = await cm.execute(`return await bank.notify({ text: "hi" })`);
    expect(notified.status).toBe("paused");
    expect(notified.pending?.[0]?.reason).toBe("approval.require matches bank.notify");
    expect(effects).toEqual(["close a"]);
  });

  it("the application's own rule comes first", async () => {
    const { functions } = bank();
    const cm = await runtime(functions, {
      policy: ({ path, args }) =>
        path === "bank.balance" ? (args as { account: string }).account === "bob" : undefined,
    });
    expect(
      (await cm.execute(`return (await bank.balance({ account: "alice" })).amount`)).status,
    ).toBe("completed");
    expect(
      (await cm.execute(`return (await bank.balance({ account: "bob" })).amount`)).status,
    ).toBe("paused");
  });
});

describe("retention", () => {
  it("prunes finished executions beyond retention.maxExecutions, never paused ones", async () => {
    const { functions } = bank();
    const cm = await runtime(functions, { config: { retention: { maxExecutions: 2 } } });
    const paused = await cm.execute(`await bank.close({ account: "kept" })`);
    for (let i = 0; i < 4; i++) expect((await cm.execute(`return ${i}`)).status).toBe("completed");
    expect(await cm.maintain()).toMatchObject({ pruned: 2 });
    const left = await cm.executions();
    expect(left.map((record) => record.status).sort()).toEqual([
      "completed",
      "completed",
      "paused",
    ]);
    expect(left.map((record) => record.result).filter((value) => value !== undefined)).toEqual([
      3, 2,
    ]);
    expect((await cm.result(paused.executionId)).status).toBe("paused");
  });
});

describe("rollback", () => {
  it("undoes applied calls newest first by revert and configured compensations, listing what cannot be undone", async () => {
    const { effects, balances, functions } = bank();
    const cm = await runtime(functions, {
      config: {
        compensations: {
          "bank.notify": { call: "bank.notify", args: { text: "retracted: $args.text" } },
          "bank.close": { call: "bank.notify", args: { text: "$result.closed" } },
        },
      },
    });
    const run = await cm.execute(`
      await bank.transfer({ from: "alice", to: "bob", amount: 5 });
      await bank.notify({ text: "sent 5" });
      await bank.transfer({ from: "bob", to: "alice", amount: 2 });
      await bank.balance({ account: "alice" });
      return "ok";`);
    expect(run.status).toBe("completed");
    expect(balances.get("alice")).toBe(97);

    const plan = await cm.rollbackPlan(run.executionId);
    expect(plan.steps.map((step) => [step.path, step.outcome])).toEqual([
      ["bank.balance", "not_reversible"],
      ["bank.transfer", "planned"],
      ["bank.notify", "planned"],
      ["bank.transfer", "planned"],
    ]);
    // "$args.text" inside a longer string is literal: only a whole-string reference is filled.
    expect(plan.steps[2]?.how).toContain("bank.notify");

    effects.length = 0;
    const report = await cm.rollback(run.executionId);
    expect(report.status).toBe("rolled_back");
    expect(report.steps.map((step) => step.outcome)).toEqual([
      "not_reversible",
      "compensated",
      "compensated",
      "compensated",
    ]);
    expect(effects).toEqual([
      "revert bob->alice 2",
      "notify retracted: $args.text",
      "revert alice->bob 5",
    ]);
    expect(balances.get("alice")).toBe(100);
    const { calls, execution } = await cm.journal(run.executionId);
    expect(execution.status).toBe("rolled_back");
    expect(calls.map((call) => call.state)).toEqual([
      "compensated",
      "compensated",
      "compensated",
      "applied",
    ]);
    await expect(cm.rollback(run.executionId)).rejects.toThrow(/already rolled back/);
  });

  it("fills compensation arguments from the original call's result", async () => {
    const { effects, functions } = bank();
    const cm = await runtime(functions, {
      config: {
        approval: { allow: ["bank.*"] },
        compensations: { "bank.close": { call: "bank.notify", args: { text: "$result.closed" } } },
      },
    });
    const run = await cm.execute(`await bank.close({ account: "zed" })`);
    effects.length = 0;
    const report = await cm.rollback(run.executionId);
    expect(report.steps[0]).toMatchObject({
      outcome: "compensated",
      how: 'bank.notify({"text":"zed"})',
    });
    expect(effects).toEqual(["notify zed"]);
  });

  it("refuses to roll back a paused execution", async () => {
    const { functions } = bank();
    const cm = await runtime(functions);
    const paused = await cm.execute(`await bank.close({ account: "p" })`);
    await expect(cm.rollback(paused.executionId)).rejects.toThrow(
      /is paused.*reject its pending approvals/,
    );
  });
});
