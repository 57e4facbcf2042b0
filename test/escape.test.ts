/**
 * The attacker's view of each sandbox backend (QuickJS, and V8 isolates where isolated-vm loads): every test runs a hostile script and asserts that
 * the attack fails in a way that would break if the defence broke (the script returns what it
 * could reach and the test expects nothing; or the host observes no side effect). After each test
 * a plain `return 1 + 1` must still work, and the host process must never see an unhandled
 * rejection or an uncaught exception.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Limits, resolveLimits } from "../src/core/limits.js";
import type { ExecutionErrorInfo, RunEnding, Sandbox, SandboxBridge } from "../src/core/sandbox.js";
import { createIsolateSandbox } from "../src/sandbox/isolate/isolate-sandbox.js";
import { describeIfIsolate } from "../src/sandbox/isolate/isolate-test-support.js";
import { createQuickJSSandbox } from "../src/sandbox/quickjs/quickjs-sandbox.js";
import { recordingBridge } from "../src/sandbox/sandbox-contract.js";

const GLOBALS = { ns: ["echo", "fail", "nothing", "slow", "limit"] };
const TIMEOUT_MS = 1500;

let sandbox: Sandbox;
const unhandledRejections: unknown[] = [];
const uncaughtExceptions: unknown[] = [];
const onRejection = (reason: unknown) => unhandledRejections.push(reason);
const onUncaught = (error: unknown) => uncaughtExceptions.push(error);

interface Attack {
  outcome: RunEnding | undefined;
  /** Set when `sandbox.run` rejected instead of resolving an outcome (a host-level failure). */
  rejection: unknown;
  ms: number;
  calls: ReturnType<typeof recordingBridge>["calls"];
  logs: ReturnType<typeof recordingBridge>["logs"];
}

async function attack(
  code: string,
  options: { limits?: Partial<Limits>; bridge?: Partial<SandboxBridge> } = {},
): Promise<Attack> {
  const recorder = recordingBridge(options.bridge);
  const started = Date.now();
  let outcome: RunEnding | undefined;
  let rejection: unknown;
  try {
    outcome = await sandbox.run({
      code,
      globals: GLOBALS,
      bridge: recorder.bridge,
      limits: resolveLimits({ timeoutMs: TIMEOUT_MS, memoryMb: 32, ...options.limits }),
    });
  } catch (error) {
    rejection = error;
  }
  return {
    outcome,
    rejection,
    ms: Date.now() - started,
    calls: recorder.calls,
    logs: recorder.logs,
  };
}

function describeRejection(rejection: unknown): string {
  return rejection instanceof Error ? `${rejection.name}: ${rejection.message}` : String(rejection);
}

/** The value the script returned; fails the test when the run failed or sandbox.run rejected. */
function value(run: Attack): unknown {
  if (run.rejection !== undefined) {
    throw new Error(
      `sandbox.run rejected (host-level failure): ${describeRejection(run.rejection)}`,
    );
  }
  const outcome = run.outcome as RunEnding;
  if (outcome.status !== "completed")
    throw new Error(
      `run ended ${outcome.status}${"error" in outcome ? `: ${outcome.error.name}: ${outcome.error.message}` : ""}`,
    );
  return outcome.resultJson === undefined ? undefined : JSON.parse(outcome.resultJson);
}

/** The error of a run that must fail with an outcome (never with a rejected sandbox.run). */
function failure(run: Attack): ExecutionErrorInfo {
  if (run.rejection !== undefined) {
    throw new Error(
      `sandbox.run rejected instead of resolving an outcome: ${describeRejection(run.rejection)}`,
    );
  }
  const outcome = run.outcome as RunEnding;
  if (outcome.status === "completed") throw new Error(`the run succeeded: ${outcome.resultJson}`);
  if (outcome.status === "paused") throw new Error("the run paused instead of failing");
  return outcome.error;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when `value` is plain host-realm JSON data: no accessors, no symbols, plain prototypes. */
function isPlainJson(value: unknown): boolean {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  if (typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value) ? proto !== Array.prototype : proto !== Object.prototype) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (Array.isArray(value) && key === "length") continue;
    if (!("value" in descriptor) || !descriptor.enumerable) return false;
    if (!isPlainJson(descriptor.value)) return false;
  }
  return true;
}

const KEEP_AND_GROW =
  "const kept = [s, s.indexOf('y')];\nfor (let i = 0; i < 1e6; i++) kept.push({ i });\nreturn kept.length";

/** Floods that grow one hash table (an object's keys, a Map) until memory runs out. */
const GROWING_TABLES: [string, string][] = [
  ["an object with many keys", "const o = {};\nfor (let i = 0; ; i++) o['k' + i] = i;"],
  ["a Map with many keys", "const m = new Map();\nfor (let i = 0; ; i++) m.set('k' + i, i);"],
];

/**
 * Every attack, against one backend. `floodsInChildProcess`: memory floods that V8 can only end
 * on its fatal out-of-memory path are run in a child process instead (see isolate-floods.test.ts).
 */
function describeEscapes(
  make: () => Sandbox | Promise<Sandbox>,
  backend: "quickjs" | "isolate",
): void {
  beforeAll(async () => {
    sandbox = await make();
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onUncaught);
  });

  afterEach(async () => {
    // The host survives everything: a fresh, simple run still works.
    expect(value(await attack("return 1 + 1"))).toBe(2);
    // Nothing leaked into the host realm.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  afterAll(async () => {
    await sleep(50);
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onUncaught);
    await sandbox.close();
    expect(unhandledRejections, "unhandled rejections on the host").toEqual([]);
    expect(uncaughtExceptions, "uncaught exceptions on the host").toEqual([]);
  });

  describe("constructor chains from every object handed in", () => {
    it("ns.echo.constructor.constructor('return this')() is the guest global", async () => {
      const run = await attack(`
        const g = ns.echo.constructor.constructor('return this')();
        return [g === globalThis, typeof g.process, typeof g.require, typeof g.Buffer]`);
      expect(value(run)).toEqual([true, "undefined", "undefined", "undefined"]);
    });

    it("the bridge functions have guest prototypes, no own secrets, and cannot be replaced", async () => {
      const run = await attack(`
        const out = [
          Object.getPrototypeOf(ns.echo) === Function.prototype,
          Object.getOwnPropertyNames(ns.echo).sort(),
          ns.echo.prototype === undefined,
          Object.isFrozen(ns),
        ];
        const echo = ns.echo;
        try { ns.echo = () => 'mine' } catch (e) {}
        try { Object.defineProperty(ns, 'echo', { value: () => 'mine' }) } catch (e) {}
        out.push(ns.echo === echo);
        try { out.push(String(ns.echo.caller)) } catch (e) { out.push('caller:' + e.name) }
        try { out.push(String(ns.echo.arguments)) } catch (e) { out.push('arguments:' + e.name) }
        return out`);
      expect(value(run)).toEqual([
        true,
        ["length", "name"],
        true,
        true,
        true,
        "caller:TypeError",
        "arguments:TypeError",
      ]);
    });

    it("results of host calls are plain guest objects", async () => {
      const run = await attack(`
        const r = await ns.echo({ a: [1] });
        const g = r.constructor.constructor('return this')();
        return [g === globalThis, typeof g.process, Object.getPrototypeOf(r) === Object.prototype,
          Object.getPrototypeOf(r.echoed.a) === Array.prototype, r.__proto__.constructor.constructor('return typeof process')()]`);
      expect(value(run)).toEqual([true, "undefined", true, true, "undefined"]);
    });

    it("errors thrown by host calls are guest ToolErrors with no host stack", async () => {
      const run = await attack(`
        try { await ns.fail({}) } catch (e) {
          const g = e.constructor.constructor('return this')();
          return [e instanceof ToolError, e.constructor === ToolError, Object.getPrototypeOf(e.__proto__) === Error.prototype,
            g === globalThis, typeof g.process, e.__proto__.constructor.constructor('return typeof require')(),
            Object.getOwnPropertyNames(e).sort(), String(e.stack)]
        }`);
      const result = value(run) as unknown[];
      expect(result.slice(0, 7)).toEqual([
        true,
        true,
        true,
        true,
        "undefined",
        "undefined",
        ["code", "details", "message", "stack"],
      ]);
      // The stack is the guest's; nothing of the host (file paths, node internals) leaks.
      expect(result[7]).not.toMatch(
        /node:|node_modules|\/src\/|\/work\/|sandbox-contract|quickjs-run/,
      );
    });

    it("errors raised by the host runtime itself reach the guest as name and message only", async () => {
      // A forged console tag makes the host's formatter throw (BigInt("zz")).
      const run = await attack(`
        Array.prototype.map = function () { return [{ t: 'big', v: 'zz' }] };
        try { console.log(1); return 'no error' } catch (e) { return [e.name, String(e.stack)] }`);
      const [name, stack] = value(run) as [string, string];
      expect(name).toBe("SyntaxError");
      expect(stack).not.toMatch(/node:|node_modules|\/src\/|\/work\/|format-log/);
    });

    it("console, Date and crypto functions lead only to the guest Function", async () => {
      const run = await attack(`
        const probe = (f) => { try { return f.constructor('return typeof process')() + '/' + (f.constructor('return this')() === globalThis) } catch (e) { return 'threw ' + e.name } };
        return [probe(console.log), probe(console.log.constructor), probe(Date), probe(Date.now), probe(new Date().constructor),
          probe(crypto.randomUUID), probe(crypto.getRandomValues), probe(setTimeout), probe(clearTimeout), probe(ToolError), probe(Math.random)]`);
      expect(value(run)).toEqual(Array(11).fill("undefined/true"));
    });

    it("a setTimeout callback's `this` and `caller` are guest values", async () => {
      const run = await attack(`
        return await new Promise((resolve) => setTimeout(function f() {
          let caller, callee;
          try { caller = typeof f.caller } catch (e) { caller = 'threw' }
          try { callee = typeof arguments.callee.caller } catch (e) { callee = 'threw' }
          resolve([this === undefined || this === globalThis, typeof (this && this.process), caller, callee]);
        }, 0))`);
      const [thisOk, thisProcess, caller, callee] = value(run) as [boolean, string, string, string];
      expect(thisOk).toBe(true);
      expect(thisProcess).toBe("undefined");
      expect(caller).not.toBe("function");
      expect(callee).not.toBe("function");
    });

    it("arguments.callee.caller from functions the prelude calls does not expose prelude internals", async () => {
      const run = await attack(`
        const seen = [];
        // The script's own functions may be a caller (V8 reports them); anything else is foreign.
        const own = new Set();
        const grab = function () {
          try { const caller = arguments.callee.caller; seen.push(typeof caller === 'function' && !own.has(caller) ? 'foreign ' + String(caller).slice(0, 60) : 'own or none') }
          catch (e) { seen.push('threw') } };
        const map = Array.prototype.map;
        const override = function (...a) { grab(); Array.prototype.map = map; return map.apply(this, a) };
        own.add(override);
        Array.prototype.map = override;
        console.log('x');
        const argument = { get x() { grab(); return 1 }, toJSON() { grab(); return { y: 1 } } };
        own.add(Object.getOwnPropertyDescriptor(argument, 'x').get).add(argument.toJSON);
        await ns.echo(argument);
        return seen`);
      for (const kind of value(run) as string[]) expect(kind).not.toMatch(/^foreign/);
    });

    it("Error.prepareStackTrace and captureStackTrace give no structured frames", async () => {
      const run = await attack(`
        let frames;
        Error.prepareStackTrace = (error, structured) => { frames = structured; return 'hooked' };
        const local = new Error('x');
        let host;
        try { await ns.fail({}) } catch (e) { host = e }
        return [typeof frames, local.stack === 'hooked', host.stack === 'hooked', typeof Error.captureStackTrace]`);
      expect(value(run)).toEqual(["undefined", false, false, "undefined"]);
    });
  });

  describe("the host only ever sees JSON", () => {
    it("Symbol.species / Symbol.toPrimitive / getters on arguments: the host receives plain data", async () => {
      let received: unknown;
      const run = await attack(
        `
        class Evil extends Array { static get [Symbol.species]() { throw new Error('species ran') } }
        const a = new Evil(); a.push(1, 2);
        const o = { [Symbol.toPrimitive]() { throw new Error('toPrimitive ran') }, get g() { return 'got' }, s: Symbol('x'), f() {}, big: 10n,
          m: new Map([['k', 1]]), set: new Set([1]), d: new Date(0), re: /x/g, u: undefined, n: NaN };
        await ns.echo({ a, o });
        return 'sent'`,
        {
          bridge: {
            async call(_namespace, _name, args) {
              received = args;
              return { ok: true };
            },
          },
        },
      );
      expect(value(run)).toBe("sent");
      expect(isPlainJson(received)).toBe(true);
      expect(received).toEqual({
        a: [1, 2],
        o: {
          g: "got",
          big: "10",
          m: { k: 1 },
          set: [1],
          d: "1970-01-01T00:00:00.000Z",
          re: {},
          n: null,
        },
      });
    });

    it("a getter that throws during serialisation fails in the guest; the host sees no call", async () => {
      const run = await attack(`
        try { await ns.echo({ get x() { throw new Error('boom') } }); return 'sent' } catch (e) { return [e.name, e.message] }`);
      expect(value(run)).toEqual([
        "TypeError",
        "ns.echo: the input must be JSON-serialisable (boom)",
      ]);
      expect(run.calls).toEqual([]);
    });

    it("a getter that calls the bridge during serialisation only produces more JSON calls", async () => {
      const run = await attack(`
        const r = await ns.echo({ get x() { ns.echo({ nested: true }); return 1 } });
        return r`);
      expect(value(run)).toEqual({ echoed: { x: 1 } });
      expect(run.calls.map((c) => c.args)).toEqual([{ nested: true }, { x: 1 }]);
      for (const call of run.calls) expect(isPlainJson(call.args)).toBe(true);
    });

    it("toJSON returning huge data is stopped in the guest, before the host sees a call", async () => {
      const run = await attack(`
        await ns.echo({ toJSON() { return 'x'.repeat(2 ** 25) } }); return 'sent'`);
      const error = failure(run);
      expect(error.code === "memory_limit" || /out of memory/i.test(error.message)).toBe(true);
      expect(run.calls).toEqual([]);
    });

    it("toJSON returning a large but allowed value reaches the host as exactly that JSON", async () => {
      let length = 0;
      const run = await attack(
        "await ns.echo({ toJSON() { return 'y'.repeat(2 ** 22) } }); return 'sent'",
        {
          bridge: {
            async call(_namespace, _name, args) {
              length = typeof args === "string" ? args.length : -1;
              return null;
            },
          },
        },
      );
      expect(value(run)).toBe("sent");
      expect(length).toBe(2 ** 22);
    });

    it("a Proxy passed as an argument is snapshotted in the guest; the host gets plain JSON", async () => {
      let received: unknown;
      const run = await attack(
        `
        const p = new Proxy({ a: 1 }, {
          get(t, k) { return k === 'toJSON' ? undefined : 'trap:' + String(k) },
          ownKeys() { return ['a', 'b'] },
          getOwnPropertyDescriptor() { return { value: 1, enumerable: true, configurable: true } },
        });
        const out = [await ns.echo(p)];
        try { await ns.echo(new Proxy({}, { ownKeys() { throw new Error('trap threw') } })) } catch (e) { out.push(e.message) }
        const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
        try { await ns.echo(proxy) } catch (e) { out.push(e.name) }
        return out`,
        {
          bridge: {
            async call(_namespace, _name, args) {
              received = args;
              return { got: args };
            },
          },
        },
      );
      const [first, trapError, revokedError] = value(run) as unknown[];
      expect(first).toEqual({ got: { a: "trap:a", b: "trap:b" } });
      expect(trapError).toContain("trap threw");
      expect(revokedError).toBe("TypeError");
      expect(isPlainJson(received)).toBe(true);
      expect(received).toEqual({ a: "trap:a", b: "trap:b" });
    });

    it("a __proto__ key in arguments stays an own data key on the host", async () => {
      let received: unknown;
      const run = await attack(
        `await ns.echo(JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}')); return 'sent'`,
        {
          bridge: {
            async call(_namespace, _name, args) {
              received = args;
              return JSON.parse('{"__proto__": {"polluted": "from host"}}');
            },
          },
        },
      );
      expect(value(run)).toBe("sent");
      expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
      expect(Object.hasOwn(received as object, "__proto__")).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe("reaching the host", () => {
    it("no host global is present, by any name, nor through eval or Function", async () => {
      const names = [
        "process",
        "require",
        "module",
        "exports",
        "global",
        "Buffer",
        "fetch",
        "XMLHttpRequest",
        "WebSocket",
        "Deno",
        "Bun",
        "std",
        "os",
        "WebAssembly",
        "setImmediate",
        "queueMicrotask",
        "performance",
        "__dirname",
        "importScripts",
        "navigator",
        "scriptArgs",
        "print",
      ];
      const run = await attack(`
        const names = ${JSON.stringify(names)};
        return names.map((n) => [
          typeof globalThis[n],
          eval('typeof ' + n),
          (0, eval)('typeof ' + n),
          Function('return typeof ' + n)(),
          new Function('return typeof this.' + n)(),
        ].join())`);
      expect(value(run)).toEqual(
        names.map(() => "undefined,undefined,undefined,undefined,undefined"),
      );
    });

    it("eval and Function only yield guest objects", async () => {
      const run = await attack(`
        return [eval('this') === globalThis, (0, eval)('this') === globalThis, Function('return this')() === globalThis,
          Function('return this').call(undefined) === globalThis, (async function () {}).constructor('return this') instanceof Function,
          typeof Function('return this')().constructor.constructor('return process')]`);
      expect(value(run)).toEqual([true, true, true, true, true, "function"]);
    });

    it("dynamic import of host or QuickJS modules fails", async () => {
      const run = await attack(`
        const out = [];
        for (const name of ['fs', 'node:fs', 'std', 'os', 'qjs:std', 'qjs:os', './prelude.js', 'data:text/javascript,export default 1']) {
          try { await import(name); out.push(name + ': imported') } catch (e) { out.push(name + ': ' + e.name) }
        }
        return out`);
      for (const line of value(run) as string[]) expect(line).not.toMatch(/imported$/);
    });

    it("a static import does not compile", async () => {
      const error = failure(await attack("import fs from 'fs';\nreturn typeof fs"));
      expect(error.name).toBe("SyntaxError");
    });
  });

  describe("pollution across runs", () => {
    it("guest prototype and JSON/Promise overrides do not survive into the next run or the host", async () => {
      await attack(`
        Object.prototype.polluted = 'yes';
        Array.prototype.polluted = 'yes';
        Array.prototype.push = null;
        JSON.parse = () => ({ hijacked: true });
        JSON.stringify = () => '"hijacked"';
        Promise.prototype.then = function () { return 'hijacked' };
        Function.prototype.call = null;
        globalThis.leak = 1;
        return 1`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(typeof [].push).toBe("function");
      expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
      const run = await attack(`
        const r = await ns.echo({ a: 1 });
        return [typeof leak, 'polluted' in {}, 'polluted' in [], typeof [].push, JSON.stringify({ a: 1 }),
          JSON.parse('{"b":2}').b, typeof Function.prototype.call, r]`);
      expect(value(run)).toEqual([
        "undefined",
        false,
        false,
        "function",
        '{"a":1}',
        2,
        "function",
        { echoed: { a: 1 } },
      ]);
    });

    it("redefining JSON.stringify/JSON.parse in the guest does not trick the bridge", async () => {
      const run = await attack(`
        JSON.stringify = () => '{"hacked":true}';
        JSON.parse = () => ({ parsed: 'hacked' });
        const r = await ns.echo({ real: 1 });
        return [r.echoed, r.constructor === Object]`);
      expect(run.calls.map((c) => c.args)).toEqual([{ real: 1 }]);
      // The result still leaves through the prelude's own stringify.
      expect(value(run)).toEqual([{ real: 1 }, true]);
    });

    it("JSON.stringify returning non-JSON does not reach the host", async () => {
      const run = await attack(`
        JSON.stringify = () => 'not json at all';
        const r = await ns.echo({ real: 2 });
        return r.echoed.real`);
      expect(value(run)).toBe(2);
      expect(run.calls.map((c) => c.args)).toEqual([{ real: 2 }]);
    });
  });

  describe("timers and the job queue", () => {
    it("a timer that outlives the run never calls the host bridge", async () => {
      const run = await attack(`
        setTimeout(() => { ns.echo({ late: 'timer' }); console.log('late log') }, 10);
        setTimeout(() => { ns.echo({ late: 'timer0' }) }, 0);
        ns.slow({}).then(() => ns.echo({ late: 'after slow' }));
        return 'done'`);
      expect(value(run)).toBe("done");
      await sleep(200);
      expect(run.calls.filter((c) => JSON.stringify(c.args).includes("late"))).toEqual([]);
      expect(run.logs).toEqual([]);
    });

    it("microtasks queued before the result is settled cannot call the bridge after the run ended", async () => {
      const run = await attack(`
        return { toJSON() {
          for (let i = 0; i < 5; i++) Promise.resolve().then(() => { ns.echo({ late: i }); console.log('late ' + i) });
          return 'value';
        } }`);
      expect(value(run)).toBe("value");
      await sleep(100);
      expect(run.calls, "host calls made after the outcome was decided").toEqual([]);
      expect(run.logs, "console lines written after the outcome was decided").toEqual([]);
    });

    it("a Promise.prototype.then override cannot call the bridge after finishing the run", async () => {
      const run = await attack(`
        const then = Promise.prototype.then;
        Promise.prototype.then = function (onOk, onErr) {
          Promise.prototype.then = then;
          onOk('first');
          ns.echo({ late: 'after finish' });
          onOk('second');
          return then.call(this, onOk, onErr);
        };
        return 'real'`);
      expect(run.outcome?.status).toBe("completed");
      await sleep(100);
      expect(run.calls, "host calls made after the outcome was decided").toEqual([]);
    });

    it("setTimeout with a delay beyond 32 bits does not fire at once nor warn on the host", async () => {
      const warnings: string[] = [];
      const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
      process.on("warning", onWarning);
      try {
        const run = await attack(
          "return await new Promise((resolve) => setTimeout(() => resolve('fired early'), 2 ** 40))",
          { limits: { timeoutMs: 500 } },
        );
        await sleep(20);
        expect(
          run.outcome?.status === "completed"
            ? JSON.parse(run.outcome.resultJson ?? "null")
            : "did not fire",
        ).toBe("did not fire");
        expect(warnings).toEqual([]);
      } finally {
        process.off("warning", onWarning);
      }
    });

    it("a flood of timers does not pile up host timers", async () => {
      let held = -1;
      const baseline = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
      const run = await attack(
        `
        const f = () => {};
        let made = 0;
        try { for (let i = 0; i < 20000; i++) { setTimeout(f, 60000); made++ } } catch (e) {}
        console.log('count');
        return made`,
        {
          limits: { timeoutMs: 10_000 },
          bridge: {
            log() {
              held =
                process.getActiveResourcesInfo().filter((r) => r === "Timeout").length - baseline;
            },
          },
        },
      );
      expect(run.rejection).toBeUndefined();
      expect(held, "host timers held at once by one run").toBeLessThan(10_000);
    });

    it("a synchronous promise flood is stopped by a limit", async () => {
      const error = failure(
        await attack("for (;;) Promise.resolve().then(() => {})", { limits: { timeoutMs: 5000 } }),
      );
      expect(error.code ?? "", `${error.name}: ${error.message}`).toMatch(
        /^(memory_limit|cpu_limit|timeout)$/,
      );
    });

    it("a recursive then chain is stopped by a limit", async () => {
      const error = failure(
        await attack("const f = () => Promise.resolve().then(f); f(); await new Promise(() => {})"),
      );
      expect(error.code).toMatch(/^(cpu_limit|timeout|memory_limit)$/);
    });

    it("a timer that re-arms itself forever is stopped by the wall clock", async () => {
      const run = await attack(
        "const f = () => setTimeout(f, 0); f(); await new Promise(() => {})",
        {
          limits: { timeoutMs: 500 },
        },
      );
      expect(failure(run).code).toBe("timeout");
      expect(run.ms).toBeLessThan(1500);
    });
  });

  describe("stack overflows end the run with an outcome, never a host exception", () => {
    const cases: [string, string][] = [
      ["plain recursion", "function f() { return f() + 1 }\nreturn f()"],
      ["recursion in a getter", "const o = { get x() { return this.x } };\nreturn o.x"],
      [
        "recursion in toString via String()",
        "const o = { toString() { return String(this) } };\nreturn String(o)",
      ],
      [
        "recursion in toString via a template",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: this is guest source
        "const o = { toString() { return `${this}` } };\nreturn `${o}`",
      ],
      ["recursion in valueOf", "const o = { valueOf() { return +this } };\nreturn +o"],
      [
        "recursion in toJSON",
        "const o = { toJSON() { return JSON.stringify(this) } };\nreturn JSON.stringify(o)",
      ],
      [
        "String() of a deeply nested array",
        "let t = [];\nfor (let i = 0; i < 100000; i++) t = [t];\nreturn String(t).length",
      ],
      [
        "JSON.stringify of a deeply nested array",
        "let t = [];\nfor (let i = 0; i < 100000; i++) t = [t];\nreturn JSON.stringify(t).length",
      ],
      [
        "JSON.parse of deeply nested text",
        "return JSON.parse('['.repeat(10000) + ']'.repeat(10000)).length",
      ],
      [
        "eval of deeply nested source",
        "return eval('['.repeat(100000) + ']'.repeat(100000)).length",
      ],
      [
        "returning a deeply nested array",
        "let t = [];\nfor (let i = 0; i < 50000; i++) t = [t];\nreturn t",
      ],
      [
        "passing a deeply nested array to the host",
        "let t = [];\nfor (let i = 0; i < 50000; i++) t = [t];\nawait ns.echo(t);\nreturn 1",
      ],
    ];
    // The nesting is deep enough for V8's larger stack too; the generous wall clock lets V8's
    // slower deep String() reach the overflow rather than the timeout.
    const limits = { timeoutMs: 10_000 };
    for (const [what, code] of cases) {
      it(what, async () => {
        const run = await attack(code, { limits });
        // V8 parses JSON without recursion: nothing overflows, and the value is right.
        if (backend === "isolate" && what === "JSON.parse of deeply nested text") {
          expect(value(run)).toBe(1);
          return;
        }
        const error = failure(run);
        expect(error.name).toMatch(/InternalError|RangeError|SyntaxError|TypeError/);
        expect(error.message).toMatch(/stack|recursion|too much/i);
      });
    }

    it("a stack overflow inside a timer callback does not throw on the host", async () => {
      const before = uncaughtExceptions.length;
      const run = await attack(
        `
        let t = [];
        for (let i = 0; i < 100000; i++) t = [t];
        return await new Promise((resolve) => setTimeout(() => resolve(String(t).length), 0))`,
        { limits },
      );
      await sleep(100);
      expect(uncaughtExceptions.slice(before), "uncaught exceptions on the host").toEqual([]);
      const error = failure(run);
      expect(error.code, "the overflow must be reported, not turned into a timeout").not.toBe(
        "timeout",
      );
    });
  });

  describe("memory floods end with a limit error, and the next run works", () => {
    const floods: [string, string][] = [
      ["a doubling string", "let s = 'x';\nfor (;;) s += s;"],
      // Each string is read to its end: an engine may build a repeat lazily, as a rope.
      // Each string is read to its end and kept while the script allocates more: V8 builds a
      // repeat lazily (a rope) and checks its limit when it collects garbage.
      ["'x'.repeat(2 ** 30)", `const s = 'x'.repeat(2 ** 30);\n${KEEP_AND_GROW}`],
      ["'x'.repeat(2 ** 28)", `const s = 'x'.repeat(2 ** 28);\n${KEEP_AND_GROW}`],
      ["arrays of arrays", "const a = [];\nfor (;;) a.push(new Array(1e5).fill(1));"],
      ["many small objects", "const a = [];\nfor (;;) a.push({});"],
      ...GROWING_TABLES,
      ["many ArrayBuffers", "const a = [];\nfor (;;) a.push(new ArrayBuffer(1 << 20));"],
      ["one huge ArrayBuffer", "return new ArrayBuffer(2 ** 30).byteLength"],
    ];
    // V8 ends a growing hash table on its fatal out-of-memory path: isolated-vm keeps the host
    // alive but parks the isolate's thread for good, so these run in a child process there.
    if (backend === "isolate")
      for (const [what] of GROWING_TABLES)
        it.skip(`${what}: in isolate-floods.test.ts, in a child process`, () => {});
    for (const [what, code] of backend === "isolate"
      ? floods.filter((flood) => !GROWING_TABLES.includes(flood))
      : floods) {
      it(what, async () => {
        // A generous wall clock (a loaded machine fills 64 MB slowly), so that the flood reaches the
        // memory cap rather than the timeout.
        const error = failure(await attack(code, { limits: { timeoutMs: 20_000 } }));
        const isLimit =
          error.code === "memory_limit" ||
          /invalid (string|array buffer) length|string too long/i.test(error.message);
        expect(isLimit, `${error.name}: ${error.message}`).toBe(true);
      });
    }
  });

  describe("hostile results and thrown values", () => {
    it("a large host result is refused or copied, never crashing the host", async () => {
      for (const text of ["x".repeat(8_000_000), "€".repeat(8_000_000)]) {
        const run = await attack("const r = await ns.echo({}); return r.length", {
          bridge: {
            async call() {
              return text;
            },
          },
        });
        expect(run.rejection).toBeUndefined();
        if (run.outcome?.status === "completed")
          expect(JSON.parse(run.outcome.resultJson ?? "0")).toBe(text.length);
        else
          expect(
            run.outcome && "error" in run.outcome ? run.outcome.error.code : undefined,
          ).toMatch(/^(memory_limit|result_too_large)$/);
      }
    });

    it("a host result over the budget is refused with a clear error", async () => {
      const run = await attack("await ns.echo({}); return 'got it'", {
        bridge: {
          async call() {
            return Array.from({ length: 700_000 }, (_, i) => ({ i }));
          },
        },
      });
      expect(failure(run).code).toBe("result_too_large");
    });

    it("a host result that is not JSON becomes an error, not a host crash", async () => {
      for (const bad of [
        10n,
        (() => {
          const cyclic: Record<string, unknown> = {};
          cyclic.self = cyclic;
          return cyclic;
        })(),
      ]) {
        const run = await attack(
          "try { await ns.echo({}); return 'got it' } catch (e) { return e.name }",
          {
            bridge: {
              async call() {
                return bad;
              },
            },
          },
        );
        expect(run.rejection).toBeUndefined();
        expect(run.outcome?.status === "completed" ? run.outcome.resultJson : "failed").not.toBe(
          '"got it"',
        );
      }
    });

    const thrown: [string, string, RegExp][] = [
      ["an object with toString", "throw { toString() { return 'custom' } }", /Uncaught/],
      ["a Symbol", "throw Symbol('s')", /Uncaught/],
      ["null", "throw null", /Uncaught null/],
      [
        "an object whose toJSON and toString throw",
        "throw { toJSON() { throw 1 }, toString() { throw 2 } }",
        /./,
      ],
      [
        "an Error whose name getter throws",
        "const e = new Error('m');\nObject.defineProperty(e, 'name', { get() { throw new Error('name getter') } });\nthrow e",
        /./,
      ],
      [
        "a Proxy of an Error whose get trap throws",
        "throw new Proxy(new Error('x'), { get() { throw new Error('trap') } })",
        /./,
      ],
    ];
    for (const [what, code, message] of thrown) {
      it(`throwing ${what} ends the run at once with an error`, async () => {
        const run = await attack(code);
        const error = failure(run);
        expect(error.code, "a thrown value must not turn into a timeout").not.toBe("timeout");
        expect(typeof error.message).toBe("string");
        expect(error.message).toMatch(message);
        expect(run.ms).toBeLessThan(TIMEOUT_MS);
      });
    }

    it("returning a getter-bearing object yields its JSON; a throwing getter is an error", async () => {
      expect(value(await attack("return { get x() { return 42 } }"))).toEqual({ x: 42 });
      const error = failure(
        await attack("return { get x() { return 1 }, get y() { throw new Error('y') } }"),
      );
      expect(error.message).toContain("not JSON-serialisable");
    });

    it("returning a value whose toJSON throws a hostile error ends the run at once", async () => {
      const run = await attack("return { toJSON() { throw { get message() { throw 1 } } } }");
      const error = failure(run);
      expect(error.code).not.toBe("timeout");
      expect(run.ms).toBeLessThan(TIMEOUT_MS);
    });

    it("returning a Proxy yields only the JSON its traps produce", async () => {
      expect(
        value(
          await attack(`return new Proxy({}, {
            ownKeys() { return ['a'] },
            getOwnPropertyDescriptor() { return { value: 1, enumerable: true, configurable: true } },
            get(t, k) { return k === 'toJSON' ? undefined : 'v' },
          })`),
        ),
      ).toEqual({ a: "v" });
      const error = failure(
        await attack("return new Proxy({}, { get() { throw new Error('trap') } })"),
      );
      expect(error.message).toBe("trap");
    });

    it("returning a function or a symbol yields no result", async () => {
      expect(value(await attack("return Symbol('x')"))).toBeUndefined();
      expect(value(await attack("return function () { return 1 }"))).toBeUndefined();
    });
  });

  describe("console output is bounded on the host", () => {
    it("a console.log of a shared-reference graph neither blocks the host nor explodes in size", async () => {
      // Each level shares one child 18 times: the guest sends a few hundred bytes of tags (refs),
      // the host's util.inspect prints the graph as a tree.
      const run = await attack(
        `let o = { leaf: 1 };
        for (let d = 0; d < 5; d++) { const n = {}; for (let i = 0; i < 18; i++) n['k' + i] = o; o = n; }
        console.log(o);
        return 'logged'`,
        { limits: { timeoutMs: 1000 } },
      );
      const longest = Math.max(0, ...run.logs.map((l) => l.text.length));
      expect(longest, "characters in one console line on the host").toBeLessThan(1_000_000);
      expect(run.ms, "the run must respect limits.timeoutMs").toBeLessThan(2000);
    });

    it("a forged, deeply nested console tag tree does not break the host", async () => {
      const run = await attack(`
        let t = { t: 'u' };
        for (let i = 0; i < 3000; i++) t = { t: 'a', id: i + 1, items: [t], length: 1 };
        const tree = [t];
        Array.prototype.map = function () { return tree };
        try { console.log(1); return 'logged' } catch (e) { return e.name }`);
      expect(run.rejection).toBeUndefined();
      expect(run.outcome).toBeDefined();
    });

    it("a forged console tag with a __proto__ cycle is an error in the guest only", async () => {
      const run = await attack(`
        Array.prototype.map = function () {
          return [{ t: 'o', id: 1, ctor: 'Object', props: [['__proto__', { t: 'o', id: 2, ctor: 'Object', props: [['__proto__', { t: 'ref', id: 1 }]] }]] }];
        };
        try { console.log(1); return 'logged' } catch (e) { return e.name }`);
      expect(value(run)).toBe("TypeError");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
}

describe("escapes: quickjs", () => describeEscapes(() => createQuickJSSandbox(), "quickjs"));
describeIfIsolate("escapes: isolate", () =>
  describeEscapes(() => createIsolateSandbox(), "isolate"),
);
