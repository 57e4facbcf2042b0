import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { WorkerSandbox } from "../src/sandbox/worker/worker-sandbox.js";
import { POSTGRES_SKIPPED, POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

function functions(gate = false) {
  return {
    slow: {
      wait: {
        input: {
          type: "object",
          properties: { ms: { type: "number" } },
          required: ["ms"],
        },
        execute: async ({ ms }: { ms: number }, context?: { signal?: AbortSignal }) => {
          await new Promise((resolve, reject) => {
            const timer = setTimeout(resolve, ms);
            context?.signal?.addEventListener("abort", () => {
              clearTimeout(timer);
              reject(new Error("stopped"));
            });
          });
          return { waited: ms };
        },
      },
      ship: {
        input: { type: "object" },
        needsApproval: gate,
        execute: async () => ({ shipped: true }),
      },
    },
  };
}

async function runtime(store?: string): Promise<CodeMode> {
  return createCodeMode({
    functions: functions(true),
    typecheck: false,
    limits: { timeoutMs: 20_000 },
    ...(store ? { store } : {}),
  });
}

describe("long runs", () => {
  it("returns running past yieldAfterMs with the output so far and what it waits on, then is waited for", async () => {
    const cm = await runtime();
    try {
      const lines: string[] = [];
      const first = await cm.execute(
        `console.log("started"); const r = await slow.wait({ ms: 1500 }); console.log("done"); return r;`,
        { yieldAfterMs: 300, onLog: (line) => lines.push(line) },
      );
      expect(first).toMatchObject({
        status: "running",
        logs: ["started"],
        waitingOn: ["slow.wait"],
      });
      expect(lines).toEqual(["started"]);
      const still = await cm.wait(first.executionId, { timeoutMs: 50 });
      expect(still.status).toBe("running");
      // Lines reach whoever waits at the time they are printed.
      const done = await cm.wait(first.executionId, {
        timeoutMs: 10_000,
        onLog: (line) => lines.push(`waited: ${line}`),
      });
      expect(done).toMatchObject({
        status: "completed",
        logs: ["started", "done"],
        result: { waited: 1500 },
      });
      expect(lines).toEqual(["started", "waited: done"]);
      // Once finished, wait answers from the journal at once.
      expect((await cm.wait(first.executionId)).status).toBe("completed");
    } finally {
      await cm.close();
    }
  });

  it("is cancelled: it fails with code cancelled, its call asked to stop", async () => {
    const cm = await runtime();
    try {
      const first = await cm.execute(`await slow.wait({ ms: 15000 }); return "never"`, {
        yieldAfterMs: 200,
      });
      expect(first.status).toBe("running");
      const started = Date.now();
      const cancelled = await cm.cancel(first.executionId, { by: "ops" });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(cancelled).toMatchObject({
        status: "failed",
        error: { code: "cancelled", message: expect.stringContaining("cancelled by ops") },
      });
      expect((await cm.result(first.executionId)).error?.code).toBe("cancelled");
      await expect(cm.cancel(first.executionId)).rejects.toThrow(
        /is already failed: there is nothing to cancel/,
      );
    } finally {
      await cm.close();
    }
  });

  it("pauses for approval after yielding, and resumes once approved", async () => {
    const cm = await runtime();
    try {
      const first = await cm.execute(
        `await slow.wait({ ms: 600 }); const shipped = await slow.ship({}); return shipped;`,
        { yieldAfterMs: 100 },
      );
      expect(first.status).toBe("running");
      const paused = await cm.wait(first.executionId, { timeoutMs: 10_000 });
      expect(paused.status).toBe("paused");
      const approvalId = paused.pending?.[0]?.approvalId ?? "";
      const resumed = await cm.approve(approvalId);
      expect(resumed).toMatchObject({ status: "completed", result: { shipped: true } });
    } finally {
      await cm.close();
    }
  });

  it("ends runs that yielded when the runtime closes, their outcome journaled", async () => {
    const folder = await mkdtemp(join(tmpdir(), "codemode-close-"));
    folders.push(folder);
    const store = join(folder, ".codemode");
    const cm = await runtime(store);
    const first = await cm.execute(`await slow.wait({ ms: 15000 })`, { yieldAfterMs: 200 });
    expect(first.status).toBe("running");
    await cm.close();
    const reopened = await runtime(store);
    try {
      expect((await reopened.result(first.executionId)).error?.message).toContain(
        "The runtime was closed while this execution ran.",
      );
    } finally {
      await reopened.close();
    }
  });

  it("cancels a paused execution, rejecting what it waits for", async () => {
    const cm = await runtime();
    try {
      const paused = await cm.execute(`return await slow.ship({})`);
      expect(paused.status).toBe("paused");
      const cancelled = await cm.cancel(paused.executionId);
      expect(cancelled.error?.code).toBe("cancelled");
      expect(await cm.pending()).toEqual([]);
    } finally {
      await cm.close();
    }
  });

  it.runIf(POSTGRES_URL)(
    "is cancelled from another process sharing the store (PostgreSQL)",
    async () => {
      const schemas = postgresSchemas(POSTGRES_URL ?? "");
      const url = await schemas.create();
      const runner = await runtime(url);
      const other = await runtime(url);
      try {
        const first = await runner.execute(`await slow.wait({ ms: 15000 }); return 1`, {
          yieldAfterMs: 300,
        });
        expect(first.status).toBe("running");
        // The other runtime sees it running, and waits for it in vain.
        expect((await other.wait(first.executionId, { timeoutMs: 300 })).status).toBe("running");
        const cancelled = await other.cancel(first.executionId, { by: "operator" });
        expect(cancelled.error?.code).toBe("cancelled");
        // The runtime running it hears of it through the store and stops the run.
        const outcome = await runner.wait(first.executionId, { timeoutMs: 5_000 });
        expect(outcome).toMatchObject({ status: "failed", error: { code: "cancelled" } });
      } finally {
        await runner.close();
        await other.close();
        await schemas.dropAll();
      }
    },
    30_000,
  );
  if (!POSTGRES_URL) console.warn(`\n${POSTGRES_SKIPPED}\n`);
});

describe("state across runs", () => {
  it("survives between runs of one session, is invisible to another, and outlives the runtime", async () => {
    const folder = await mkdtemp(join(tmpdir(), "codemode-state-"));
    folders.push(folder);
    const store = join(folder, ".codemode");
    let cm = await createCodeMode({ store, typecheck: false });
    await cm.execute(`await codemode.state.set("cursor", { page: 3, seen: ["a", "b"] })`, {
      session: "alice",
    });
    expect(
      (await cm.execute(`return await codemode.state.get("cursor")`, { session: "alice" })).result,
    ).toEqual({ page: 3, seen: ["a", "b"] });
    expect(
      (await cm.execute(`return await codemode.state.get("cursor")`, { session: "bob" })).result,
    ).toBeUndefined();
    expect((await cm.execute(`return await codemode.state.get("cursor")`)).result).toBeUndefined();
    await cm.close();
    cm = await createCodeMode({ store, typecheck: false, session: "alice" });
    expect((await cm.execute(`return await codemode.state.get("cursor")`)).result).toEqual({
      page: 3,
      seen: ["a", "b"],
    });
    await cm.execute(`await codemode.state.set("cursor", undefined)`);
    expect((await cm.execute(`return await codemode.state.get("cursor")`)).result).toBeUndefined();
    await cm.close();
  });
});

describe("state after approval", () => {
  it("is the state of the session the execution started in", async () => {
    const cm = await runtime();
    try {
      await cm.execute(`await codemode.state.set("plan", "ship it")`, { session: "carol" });
      const paused = await cm.execute(
        `await slow.ship({}); return await codemode.state.get("plan")`,
        { session: "carol" },
      );
      expect(paused.status).toBe("paused");
      // Approved by someone else, in no session: the resumed run still sees carol's state.
      const resumed = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
      expect(resumed).toMatchObject({ status: "completed", result: "ship it" });
    } finally {
      await cm.close();
    }
  });
});

describe("content for the user", () => {
  it("returns emitted content apart from the model's output, and checks it", async () => {
    const cm = await createCodeMode({ typecheck: false, limits: { maxEmittedChars: 64 } });
    try {
      const outcome = await cm.execute(
        `await codemode.emit({ type: "text", text: "Report ready" });
         await codemode.emit({ type: "image", data: "iVBORw0KGgo=", mimeType: "image/png" });
         return "ok"`,
      );
      expect(outcome.result).toBe("ok");
      expect(outcome.logs).toEqual([]);
      expect(outcome.emitted).toEqual([
        { type: "text", text: "Report ready" },
        { type: "image", data: "iVBORw0KGgo=", mimeType: "image/png" },
      ]);
      // Read back later, with the execution.
      expect((await cm.result(outcome.executionId)).emitted).toEqual(outcome.emitted);
      const wrong = await cm.execute(
        `await codemode.emit({ type: "image", data: "not base64!", mimeType: "image/png" })`,
      );
      expect(wrong.error?.message).toContain("codemode.emit: the image's data is not base64");
      const tooMuch = await cm.execute(
        `await codemode.emit({ type: "text", text: "x".repeat(100) })`,
      );
      expect(tooMuch.error?.message).toContain("limits.maxEmittedChars (64 characters)");
    } finally {
      await cm.close();
    }
  });
});

describe("on the worker-thread sandbox (what the gateway uses)", () => {
  it("loads references, emits, keeps state, streams lines and yields", async () => {
    // Workers run the compiled worker entry: `npm test` builds before it runs the suites.
    const workerUrl = new URL("../dist/sandbox/worker/worker-main.js", import.meta.url);
    const sandbox = new WorkerSandbox({ size: 1, workerUrl });
    const cm = await createCodeMode({
      sandbox,
      functions: functions(),
      typecheck: false,
      limits: { maxOutputChars: 300 },
    });
    try {
      const first = await cm.execute(`return Array.from({ length: 200 }, (_, i) => i)`);
      const ref = first.refs?.[0] ?? "";
      const lines: string[] = [];
      const running = await cm.execute(
        `console.log("loading");
         const values = (await codemode.load("${ref}")) as number[];
         await codemode.state.set("sum", values.reduce((a, b) => a + b, 0));
         await codemode.emit({ type: "text", text: "summed" });
         await slow.wait({ ms: 800 });
         return await codemode.state.get("sum");`,
        { yieldAfterMs: 300, session: "worker", onLog: (line) => lines.push(line) },
      );
      expect(running.error).toBeUndefined();
      expect(running).toMatchObject({ status: "running", logs: ["loading"] });
      const done = await cm.wait(running.executionId, { timeoutMs: 10_000 });
      expect(done).toMatchObject({
        status: "completed",
        result: 19900,
        emitted: [{ type: "text", text: "summed" }],
      });
      expect(lines).toEqual(["loading"]);
    } finally {
      await cm.close();
      await sandbox.close();
    }
  });
});
