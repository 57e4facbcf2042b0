#!/usr/bin/env node
// Memory of the runtime: the process's RSS with 100 executions in flight at once (each awaiting a
// slow host function), and RSS and heap sampled over 10,000 sequential executions (start,
// middle, end, and the slope: flat means nothing is kept per execution).
//
//   npm run build && node bench/memory.mjs [--quick] [--json] [--executions 10000] [--in-flight 100]
//
// The library's defaults: the in-thread QuickJS sandbox and the journal in memory. That journal
// keeps finished executions up to `retention.maxExecutions` (10,000 by default), so over 10,000
// runs it grows by design; the same loop is run again with `retention.maxExecutions: 1000` (the
// journal bounded: what is left is any leak) and on the embedded store (the journal on disk).
// Between executions the loop lets the event loop turn, as a server or any caller waiting on I/O
// does; a last run leaves that out, which shows what a loop that never yields costs.
// The in-flight measure is also taken on the worker-thread sandbox `serve` uses, where runs
// beyond the pool's size wait their turn. Samples follow a full GC (the script re-runs itself
// with --expose-gc).

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCodeMode, WorkerSandbox } from "../dist/index.js";
import { check, ECHO_FUNCTIONS, ONE_CALL } from "./codemode-runtime.mjs";
import { machine } from "./machine.mjs";
import { formatMemory } from "./report.mjs";
import { slope } from "./stats.mjs";

if (typeof globalThis.gc !== "function") {
  const rerun = spawnSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(rerun.status ?? 1);
}

const argv = process.argv.slice(2);
const option = (name, fallback) =>
  argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback;
const quick = argv.includes("--quick");
const EXECUTIONS = option("--executions", quick ? 2000 : 10_000);
const IN_FLIGHT = option("--in-flight", 100);
const SAMPLES = 20;
const MB = 2 ** 20;

function memory() {
  globalThis.gc();
  const usage = process.memoryUsage();
  return {
    rssMb: usage.rss / MB,
    heapUsedMb: usage.heapUsed / MB,
    externalMb: (usage.external + usage.arrayBuffers) / MB,
  };
}

/** RSS with `IN_FLIGHT` executions started at once, each held in a host call until all have begun. */
async function inFlight(label, options, running) {
  let entered = 0;
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  let allIn;
  const allEntered = new Promise((resolve) => {
    allIn = resolve;
  });
  const functions = {
    ...ECHO_FUNCTIONS,
    slow: {
      wait: {
        description: "Waits until the benchmark releases it.",
        input: { type: "object", properties: {} },
        execute: async () => {
          if (++entered === running) allIn();
          await gate;
          return { ok: true };
        },
      },
    },
  };
  const cm = await createCodeMode({ functions, typecheck: false, ...options });
  try {
    for (let i = 0; i < 50; i++) check(await cm.execute(ONE_CALL), { text: "hi" });
    const idle = memory();
    const started = performance.now();
    const runs = Array.from({ length: IN_FLIGHT }, () =>
      cm.execute("const r = await slow.wait({});\nreturn r.ok;"),
    );
    await allEntered;
    // Let the queued ones (the worker pool's) settle where they wait.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const held = memory();
    release();
    const results = await Promise.all(runs);
    const elapsedMs = performance.now() - started;
    for (const result of results) check(result, true);
    const after = memory();
    return {
      label,
      inFlight: IN_FLIGHT,
      runningAtOnce: running,
      idle,
      held,
      after,
      perExecutionMb: (held.rssMb - idle.rssMb) / IN_FLIGHT,
      elapsedMs,
    };
  } finally {
    await cm.close();
    await options.sandbox?.close();
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * RSS and heap sampled `SAMPLES` times over `EXECUTIONS` sequential executions. Between two
 * executions the loop lets the event loop turn, as any caller does that waits on I/O between
 * them; `tight` leaves that out (see the README: a loop that never yields holds what the runtime
 * meant to do while idle).
 */
async function sequential(label, options, { tight = false } = {}) {
  const cm = await createCodeMode({ functions: ECHO_FUNCTIONS, typecheck: false, ...options });
  try {
    for (let i = 0; i < 200; i++) check(await cm.execute(ONE_CALL), { text: "hi" });
    const samples = [{ executions: 0, ...memory() }];
    const every = EXECUTIONS / SAMPLES;
    const started = performance.now();
    for (let i = 1; i <= EXECUTIONS; i++) {
      check(await cm.execute(ONE_CALL), { text: "hi" });
      if (!tight) await turn();
      if (i % every === 0) samples.push({ executions: i, ...memory() });
    }
    const elapsedMs = performance.now() - started;
    const at = (fraction) => samples[Math.round(fraction * SAMPLES)];
    const perThousand = (key, from = 0) => {
      const part = samples.slice(from);
      return (
        slope(
          part.map((sample) => sample.executions),
          part.map((sample) => sample[key]),
        ) * 1000
      );
    };
    return {
      label,
      executions: EXECUTIONS,
      yieldsBetweenExecutions: !tight,
      elapsedMs,
      start: at(0),
      middle: at(0.5),
      end: at(1),
      // MB per 1,000 executions over the whole run, and over its second half.
      slopeMbPer1000: { rss: perThousand("rssMb"), heapUsed: perThousand("heapUsedMb") },
      secondHalfSlopeMbPer1000: {
        rss: perThousand("rssMb", SAMPLES / 2),
        heapUsed: perThousand("heapUsedMb", SAMPLES / 2),
      },
      samples,
    };
  } finally {
    await cm.close();
  }
}

const before = machine();
const folder = mkdtempSync(join(tmpdir(), "codemode-bench-memory-"));
try {
  const pool = availableParallelism();
  const result = {
    benchmark: "memory",
    machine: before,
    settings: { executions: EXECUTIONS, inFlight: IN_FLIGHT, samples: SAMPLES, workerPool: pool },
    inFlight: [
      await inFlight("in-thread sandbox (library default), journal in memory", {}, IN_FLIGHT),
      await inFlight(
        `worker-thread sandbox, ${pool} workers (as serve), journal in memory`,
        { sandbox: new WorkerSandbox({ size: pool }) },
        Math.min(pool, IN_FLIGHT),
      ),
    ],
    sequential: [
      await sequential("library default: journal in memory, keeps 10,000 executions", {}),
      await sequential("journal in memory, retention.maxExecutions 1,000", {
        config: { retention: { maxExecutions: 1000 } },
      }),
      await sequential("embedded store (SQLite in WebAssembly)", { store: join(folder, "store") }),
      await sequential(
        "library default, in a loop that never yields to the event loop",
        {},
        { tight: true },
      ),
    ],
  };
  result.loadAverageAfter = machine().loadAverage;
  if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
  else console.log(formatMemory(result));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
