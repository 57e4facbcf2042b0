import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revivedError, ToolCallLimitError, ToolError } from "../core/errors.js";
import { type Limits, resolveLimits } from "../core/limits.js";
import { RunPause } from "../core/run-ending.js";
import type {
  LogLevel,
  RunEnding,
  Sandbox,
  SandboxBridge,
  SandboxRunRequest,
} from "../core/sandbox.js";

/** A bridge that records what the script did, with a few host functions to call. */
export function recordingBridge(overrides: Partial<SandboxBridge> = {}) {
  const calls: { namespace: string; name: string; args: unknown }[] = [];
  const logs: { level: LogLevel; text: string }[] = [];
  let tick = 0;
  const bridge: SandboxBridge = {
    async call(namespace, name, args) {
      calls.push({ namespace, name, args });
      if (name === "fail")
        throw revivedError(new ToolError("it failed on purpose", { details: { hint: "x" } }), {
          code: "on_purpose",
        });
      if (name === "limit") throw new ToolCallLimitError(1);
      if (name === "slow") await new Promise((resolve) => setTimeout(resolve, 50));
      if (name === "nothing") return undefined;
      return { echoed: args };
    },
    log(level, text) {
      logs.push({ level, text });
    },
    nondeterminism: {
      now: () => 1_700_000_000_000 + tick++,
      random: () => 0.25,
      randomUUID: () => "00000000-0000-4000-8000-000000000000",
    },
    ...overrides,
  };
  return { bridge, calls, logs };
}

const GLOBALS = { ns: ["echo", "fail", "limit", "slow", "nothing"] };

/**
 * The behaviour every sandbox backend must have. Run it against each implementation:
 *
 * @example
 * describeSandboxContract("quickjs", () => createQuickJSSandbox());
 */
export function describeSandboxContract(
  name: string,
  make: () => Sandbox | Promise<Sandbox>,
): void {
  describe(`sandbox contract: ${name}`, () => {
    let sandbox: Sandbox;
    beforeAll(async () => {
      sandbox = await make();
    });
    afterAll(async () => {
      await sandbox.close();
    });

    async function run(
      code: string,
      options: {
        limits?: Partial<Limits>;
        bridge?: Partial<SandboxBridge>;
        request?: Partial<Pick<SandboxRunRequest, "scripts" | "input" | "positional" | "globals">>;
      } = {},
    ) {
      const recorder = recordingBridge(options.bridge);
      const outcome: RunEnding = await sandbox.run({
        code,
        globals: GLOBALS,
        ...options.request,
        bridge: recorder.bridge,
        limits: resolveLimits({ timeoutMs: 5000, ...options.limits }),
      });
      return { outcome, ...recorder, text: recorder.logs.map((l) => l.text).join("\n") };
    }

    function result(outcome: RunEnding): unknown {
      if (outcome.status !== "completed")
        throw new Error(
          `run ended ${outcome.status}${"error" in outcome ? `: ${outcome.error.name}: ${outcome.error.message}` : ""}`,
        );
      return outcome.resultJson === undefined ? undefined : JSON.parse(outcome.resultJson);
    }

    it("returns the value of a top-level return", async () => {
      expect(result((await run("return 6 * 7")).outcome)).toBe(42);
    });

    it("allows top-level await on host calls and copies values both ways", async () => {
      const { outcome, calls } = await run(
        "const r = await ns.echo({ a: [1, 2], b: 'x' }); return { got: r, same: r.echoed.a[1] }",
      );
      expect(calls).toEqual([{ namespace: "ns", name: "echo", args: { a: [1, 2], b: "x" } }]);
      expect(result(outcome)).toEqual({ got: { echoed: { a: [1, 2], b: "x" } }, same: 2 });
    });

    it("calls a script that is a lone async arrow", async () => {
      const { outcome, calls } = await run(
        "async () => {\n  await ns.echo({});\n  return 'called';\n};",
      );
      expect(result(outcome)).toBe("called");
      expect(calls).toHaveLength(1);
    });

    it("runs parallel calls with Promise.all", async () => {
      const { outcome, calls } = await run(
        "const rs = await Promise.all([1, 2, 3].map((i) => ns.slow({ i }))); return rs.map((r) => r.echoed.i)",
      );
      expect(result(outcome)).toEqual([1, 2, 3]);
      expect(calls).toHaveLength(3);
    });

    it("formats console output like util.inspect", async () => {
      const { text, logs } = await run(
        [
          "console.log({ r: 42 });",
          "console.log('plain', 1, true, null, undefined);",
          "console.log(['a', { b: [1, 2] }]);",
          "console.log(new Map([['k', 1]]), new Set([1, 2]));",
          "class Point { constructor() { this.x = 1 } }",
          "console.log(new Point());",
          "const o = { name: 'loop' }; o.self = o; console.log(o);",
          "console.warn('%s is %d', 'answer', 42);",
          "console.error(new Date(0));",
          "console.log(() => 1, 10n, Symbol('s'));",
        ].join("\n"),
      );
      expect(logs[0]?.text).toBe("{ r: 42 }");
      expect(logs[1]?.text).toBe("plain 1 true null undefined");
      expect(logs[2]?.text).toBe("[ 'a', { b: [ 1, 2 ] } ]");
      expect(logs[3]?.text).toBe("Map(1) { 'k' => 1 } Set(2) { 1, 2 }");
      expect(logs[4]?.text).toBe("Point { x: 1 }");
      expect(logs[5]?.text).toBe("<ref *1> { name: 'loop', self: [Circular *1] }");
      expect(logs[6]).toEqual({ level: "warn", text: "answer is 42" });
      expect(logs[7]).toEqual({ level: "error", text: "1970-01-01T00:00:00.000Z" });
      expect(logs[8]?.text).toBe("[Function (anonymous)] 10n Symbol(s)");
      expect(text).not.toContain("[object Object]");
    });

    it("reports a runtime error at the line of the script", async () => {
      const { outcome } = await run("const a = 1;\nconst b = null;\nreturn b.missing;");
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.name).toBe("TypeError");
      expect(outcome.error.line).toBe(3);
    });

    it("reports a thrown error with its message", async () => {
      const { outcome } = await run("\n\nthrow new RangeError('bad range')");
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error).toMatchObject({ name: "RangeError", message: "bad range", line: 3 });
    });

    it("reports a thrown value that is not an Error", async () => {
      const thrown = await run("throw null");
      expect(thrown.outcome).toMatchObject({
        status: "failed",
        error: { message: "Uncaught null" },
      });
      const object = await run("throw { reason: 'nope' }");
      expect(object.outcome).toMatchObject({
        status: "failed",
        error: { message: 'Uncaught {"reason":"nope"}' },
      });
    });

    it("reports a syntax error with its line", async () => {
      const { outcome } = await run("const a = 1;\nconst = ;");
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.name).toBe("SyntaxError");
      expect(outcome.error.line).toBe(2);
    });

    it("raises a failed host call as a catchable ToolError", async () => {
      const { outcome } = await run(
        "try { await ns.fail({}) } catch (e) { return [e.name, e.message, e.code, e instanceof ToolError, e instanceof Error] }",
      );
      expect(result(outcome)).toEqual([
        "ToolError",
        "it failed on purpose",
        "on_purpose",
        true,
        true,
      ]);
    });

    it("ends the run on a limit error from the host, even when the script catches it", async () => {
      const { outcome, logs } = await run(
        "try { await ns.limit({}) } catch (e) { console.log('caught') }\nconsole.log('after'); return 1",
      );
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.code).toBe("tool_call_limit");
      expect(outcome.status).toBe("limit");
      expect(logs).toEqual([]);
    });

    it("ends the run as paused when a host call rejects with a RunPause, even when the script catches it", async () => {
      const { outcome, logs } = await run(
        "try { await ns.echo({}) } catch (e) { console.log('caught') }\nconsole.log('after'); return 1",
        {
          bridge: {
            call: async () => {
              throw new RunPause();
            },
          },
        },
      );
      expect(outcome).toEqual({ status: "paused" });
      expect(logs).toEqual([]);
    });

    it("ends a run that waits on several calls as paused when one of them pauses", async () => {
      let calls = 0;
      const { outcome } = await run(
        "await Promise.all([ns.echo({ a: 1 }), ns.echo({ a: 2 })]); return 'done'",
        {
          bridge: {
            call: async () => {
              calls++;
              if (calls === 2) throw new RunPause();
              return {};
            },
          },
        },
      );
      expect(outcome).toEqual({ status: "paused" });
    });

    it("stops a synchronous endless loop", async () => {
      const started = Date.now();
      const { outcome } = await run("while (true) {}", { limits: { timeoutMs: 300 } });
      expect(Date.now() - started).toBeLessThan(1300);
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.code).toMatch(/^(timeout|cpu_limit)$/);
      expect(outcome.error.message).toMatch(/limits\.(timeoutMs|cpuMs)/);
    });

    it("stops an endless loop that the script tries to catch", async () => {
      const { outcome } = await run("for (;;) { try { while (true) {} } catch (e) {} }", {
        limits: { cpuMs: 200 },
      });
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.code).toBe("cpu_limit");
      expect(outcome.status).toBe("limit");
      expect(outcome.error.message).toContain("limits.cpuMs");
    });

    it("stops a catastrophic regular expression", async () => {
      const { outcome } = await run("return /(a+)+$/.test('a'.repeat(40) + 'b')", {
        limits: { cpuMs: 300 },
      });
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.code).toBe("cpu_limit");
    });

    it("stops an endless loop after an await", async () => {
      const { outcome } = await run("await ns.echo({}); while (true) {}", {
        limits: { cpuMs: 200 },
      });
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.code).toBe("cpu_limit");
    });

    it("stops a script that waits longer than the wall time", async () => {
      const { outcome } = await run("await new Promise(() => {})", { limits: { timeoutMs: 200 } });
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.code).toBe("timeout");
      expect(outcome.status).toBe("limit");
    });

    for (const [what, code] of [
      ["a doubling string", "let s = 'x'; while (true) s += s;"],
      ["an array of arrays", "const a = []; while (true) a.push(new Array(1e6).fill(1));"],
      ["typed arrays", "const a = []; while (true) a.push(new Uint8Array(1e7));"],
    ] as const) {
      it(`caps memory: ${what}`, async () => {
        const { outcome } = await run(code, { limits: { memoryMb: 32 } });
        expect(outcome.status).not.toBe("completed");
        if (!("error" in outcome)) return;
        expect(
          outcome.error.code === "memory_limit" ||
            // An engine's own cap on a string's length also bounds it (V8 builds s += s as a rope).
            /string too long|out of memory|invalid string length/i.test(outcome.error.message),
        ).toBe(true);
        expect(result((await run("return 6 * 7", { limits: { memoryMb: 32 } })).outcome)).toBe(42);
      });
    }

    it("survives a stack overflow", async () => {
      const { outcome } = await run("function f() { return f() + 1 }\nreturn f()");
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.name).toMatch(/RangeError|InternalError/);
      expect(result((await run("return 1 + 1")).outcome)).toBe(2);
    });

    it("draws time, randomness and UUIDs from the host hook", async () => {
      const { outcome } = await run(
        "return [Date.now(), new Date().getTime(), Math.random(), crypto.randomUUID(), new Date(5).getTime()]",
      );
      expect(result(outcome)).toEqual([
        1_700_000_000_000,
        1_700_000_000_001,
        0.25,
        "00000000-0000-4000-8000-000000000000",
        5,
      ]);
    });

    it("runs timers inside the run and cancels the ones that outlive it", async () => {
      const { outcome, logs } = await run(
        "await new Promise((r) => setTimeout(r, 20));\nsetTimeout(() => console.log('late'), 50);\nreturn 'done'",
      );
      expect(result(outcome)).toBe("done");
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(logs).toEqual([]);
    });

    it("gives every run a fresh context", async () => {
      await run(
        "globalThis.leak = 1; Object.prototype.polluted = 'yes'; Array.prototype.push = null;",
      );
      const { outcome } = await run("return [typeof leak, 'polluted' in {}, typeof [].push]");
      expect(result(outcome)).toEqual(["undefined", false, "function"]);
    });

    it("exposes nothing of the host", async () => {
      const { outcome } = await run(
        "return [typeof process, typeof require, typeof fetch, typeof module, typeof Buffer, typeof XMLHttpRequest, typeof WebAssembly]",
      );
      expect(result(outcome)).toEqual(Array(7).fill("undefined"));
    });

    it("makes results JSON: Map, Set and BigInt become plain values, undefined is no result", async () => {
      expect(
        result((await run("return { m: new Map([['a', 1]]), s: new Set([1]), b: 2n }")).outcome),
      ).toEqual({
        m: { a: 1 },
        s: [1],
        b: "2",
      });
      const { outcome } = await run("const x = 1;");
      expect(outcome).toEqual({ status: "completed" });
    });

    it("runs saved scripts with their input, and reads the run's input", async () => {
      const { outcome, calls } = await run(
        "const doubled = await scripts.double({ n: 21 });\nconst missing = await scripts.nope().catch((e) => e.message);\nreturn [input.n, doubled, missing.startsWith('scripts.nope is not an approved saved script')]",
        {
          request: {
            scripts: { double: "await ns.echo(input);\nreturn input.n * 2" },
            input: { n: 5 },
          },
        },
      );
      expect(result(outcome)).toEqual([5, 42, true]);
      expect(calls).toEqual([{ namespace: "ns", name: "echo", args: { n: 21 } }]);
    });

    it("locates an error inside a saved script in that script", async () => {
      const { outcome } = await run("return await scripts.broken({})", {
        request: { scripts: { broken: "const a = 1;\nthrow new Error('inside')" } },
      });
      expect(outcome).toMatchObject({
        status: "failed",
        error: { message: "inside", script: "broken", line: 2 },
      });
    });

    it("packs positional arguments and groups dotted names", async () => {
      const { outcome, calls } = await run(
        "await codemode.state.set('k', 1); await codemode.load('ref_1'); return 'ok'",
        {
          request: {
            globals: { codemode: ["state.set", "load"] },
            positional: { "codemode.state.set": ["key", "value"], "codemode.load": ["ref"] },
          },
        },
      );
      expect(result(outcome)).toBe("ok");
      expect(calls).toEqual([
        { namespace: "codemode", name: "state.set", args: { key: "k", value: 1 } },
        { namespace: "codemode", name: "load", args: { ref: "ref_1" } },
      ]);
    });

    it("ends the run when the host aborts it", async () => {
      const controller = new AbortController();
      const recorder = recordingBridge();
      setTimeout(() => controller.abort(new Error("stop now")), 50);
      const outcome = await sandbox.run({
        code: "await new Promise(() => {})",
        globals: GLOBALS,
        bridge: recorder.bridge,
        limits: resolveLimits({ timeoutMs: 5000 }),
        signal: controller.signal,
      });
      expect(outcome.status).not.toBe("completed");
      if (!("error" in outcome)) return;
      expect(outcome.error.message).toContain("stop now");
      expect(outcome.status).toBe("limit");
    });
  });
}
