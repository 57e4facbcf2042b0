// Built by test/browser/contracts.test.ts for a cross-origin isolated page: the JournalStore
// contract against the IndexedDB journal, the Sandbox contract against the Web Worker sandbox,
// and attacks of test/escape.test.ts run in that worker. "vitest" is the page's shim.
import { resolveLimits } from "../../../src/core/limits.js";
import type { RunEnding } from "../../../src/core/sandbox.js";
import { openIndexedDbJournalStore } from "../../../src/page/indexeddb-journal-store.js";
import { WebWorkerSandbox } from "../../../src/page/web-worker-sandbox.js";
import { describeSandboxContract, recordingBridge } from "../../../src/sandbox/sandbox-contract.js";
import { describeJournalStoreContract } from "../../../src/store/journal-store-contract.js";
import { afterAll, afterEach, describe, expect, it, runRegistered } from "./vitest-shim.js";

const WORKER = "/dist/browser/codemode-worker.js";
let stores = 0;
describeJournalStoreContract("IndexedDB", () => openIndexedDbJournalStore(`contract-${++stores}`));
describeSandboxContract(
  "quickjs in a Web Worker",
  () => new WebWorkerSandbox({ size: 2, workerUrl: WORKER }),
);

describe("attacks from the escape tests, in the Web Worker", () => {
  const sandbox = new WebWorkerSandbox({ size: 1, workerUrl: WORKER });
  const attack = async (code: string, timeoutMs = 1500) => {
    const recorder = recordingBridge();
    const ending: RunEnding = await sandbox.run({
      code,
      globals: { ns: ["echo", "fail", "nothing", "slow", "limit"] },
      bridge: recorder.bridge,
      limits: resolveLimits({ timeoutMs, memoryMb: 32 }),
    });
    return { ending, calls: recorder.calls };
  };
  const value = ({ ending }: { ending: RunEnding }): unknown => {
    if (ending.status !== "completed") throw new Error(`run ended ${JSON.stringify(ending)}`);
    return ending.resultJson === undefined ? undefined : JSON.parse(ending.resultJson);
  };
  const failure = ({ ending }: { ending: RunEnding }) => {
    if (ending.status !== "failed" && ending.status !== "limit")
      throw new Error(`the run did not fail: ${JSON.stringify(ending)}`);
    return ending.error;
  };
  afterEach(async () => {
    // The worker survives everything: a fresh, simple run still works.
    expect(value(await attack("return 1 + 1"))).toBe(2);
  });
  afterAll(() => sandbox.close());

  it("no worker or page global is present, by any name, nor through eval or Function", async () => {
    const names = [
      "self",
      "postMessage",
      "onmessage",
      "importScripts",
      "close",
      "fetch",
      "XMLHttpRequest",
      "WebSocket",
      "EventSource",
      "indexedDB",
      "caches",
      "navigator",
      "location",
      "document",
      "window",
      "Worker",
      "WebAssembly",
      "performance",
      "setImmediate",
      "queueMicrotask",
      "process",
      "require",
    ];
    const run = await attack(`
      const names = ${JSON.stringify(names)};
      return names.map((n) => [typeof globalThis[n], eval('typeof ' + n), (0, eval)('typeof ' + n),
        Function('return typeof ' + n)(), new Function('return typeof this.' + n)()].join())`);
    expect(value(run)).toEqual(
      names.map(() => "undefined,undefined,undefined,undefined,undefined"),
    );
  });

  it("dynamic import of the worker's own or a data: module fails", async () => {
    const run = await attack(`
      const out = [];
      for (const name of ['/dist/browser/codemode-worker.js', './codemode-worker.js', 'data:text/javascript,export default 1', 'https://example.com/x.js']) {
        try { await import(name); out.push(name + ': imported') } catch (e) { out.push(name + ': ' + e.name) }
      }
      return out`);
    for (const line of value(run) as string[]) expect(line).not.toMatch(/imported$/);
  });

  it("guest overrides do not survive into the next run", async () => {
    await attack(
      `Object.prototype.polluted = 'yes'; JSON.stringify = () => '"x"'; globalThis.leak = 1; return 1`,
    );
    const run = await attack(
      `const r = await ns.echo({ a: 1 }); return [typeof leak, 'polluted' in {}, JSON.stringify({ a: 1 }), r]`,
    );
    expect(value(run)).toEqual(["undefined", false, '{"a":1}', { echoed: { a: 1 } }]);
  });

  for (const [what, code] of [
    ["a doubling string", "let s = 'x';\nfor (;;) s += s;"],
    ["many ArrayBuffers", "const a = [];\nfor (;;) a.push(new ArrayBuffer(1 << 20));"],
    ["one huge ArrayBuffer", "return new ArrayBuffer(2 ** 30).byteLength"],
  ] as const) {
    it(`a memory flood ends with a limit error: ${what}`, async () => {
      const error = failure(await attack(code, 5000));
      const isLimit =
        error.code === "memory_limit" ||
        /invalid (string|array buffer) length|string too long/i.test(error.message);
      expect(isLimit, `${error.name}: ${error.message}`).toBe(true);
    });
  }

  it("a stack overflow ends the run with an outcome", async () => {
    const error = failure(await attack("function f() { return f() + 1 }\nreturn f()"));
    expect(error.message).toMatch(/stack|recursion|too much/i);
  });

  it("a timer that outlives the run never calls the host", async () => {
    const run = await attack("setTimeout(() => ns.echo({ late: true }), 10); return 1");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(value(run)).toBe(1);
    expect(run.calls).toEqual([]);
  });
});

describe("a Web Worker that stops answering", () => {
  it("is terminated past the run's time limit and a fresh one serves the next run", async () => {
    // A worker that says it is ready, then never answers: as one stuck outside QuickJS would be.
    const silent = URL.createObjectURL(
      new Blob(['postMessage({ type: "ready" }); globalThis.started = Date.now();'], {
        type: "text/javascript",
      }),
    );
    let spawned = 0;
    const NativeWorker = globalThis.Worker;
    globalThis.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        spawned++;
      }
    };
    try {
      const sandbox = new WebWorkerSandbox({ size: 1, workerUrl: silent });
      const run = () =>
        sandbox.run({
          code: "return 1",
          globals: {},
          bridge: recordingBridge().bridge,
          limits: resolveLimits({ timeoutMs: 100 }),
        });
      const first = await run();
      expect(first).toMatchObject({ status: "limit", error: { code: "timeout" } });
      const second = await run();
      expect(second.status).toBe("limit");
      expect(spawned).toBe(2);
      await sandbox.close();
    } finally {
      globalThis.Worker = NativeWorker;
    }
  });
});

(globalThis as unknown as { runSuites: typeof runRegistered }).runSuites = runRegistered;
