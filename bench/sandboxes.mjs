#!/usr/bin/env node
// The two sandbox backends side by side, interleaved in one run: QuickJS in WebAssembly (the
// default) and V8 isolates through isolated-vm (`sandbox: "isolate"`, Node 22+). Run on a Node
// where isolated-vm loads (`npm run bench` prepares Node 22 with it, see isolate-node.mjs):
//
//   NODE_PATH=$(bash scripts/install-isolated-vm.sh) node bench/sandboxes.mjs [--json] [--quick]
//
// cold: a fresh process that loads codemode, creates a runtime and runs its first execute (time
// since the process started). warm: `cm.execute("return 6 * 7")` on a warm runtime. host call:
// the cost of one awaited host call, at the sandbox (1,000 in one script, minus an empty run).
// CPU: sorting and summing 200,000 numbers. memory: RSS and heap every 1,000 of 10,000 runs of a
// script that logs and calls the host, at the sandbox, each backend in its own process.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { machine } from "./machine.mjs";
import { interleave, summary } from "./stats.mjs";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const quick = argv.includes("--quick");
const ROOT = new URL("..", import.meta.url);
const INDEX = new URL("dist/index.js", ROOT).href;
const BACKENDS = ["quickjs", "isolate"];
const CPU_HEAVY = `const a = Array.from({ length: 200000 }, (_, i) => (i * 7919) % 200003);
a.sort((x, y) => x - y);
let sum = 0;
for (const x of a) sum += x;
return sum;`;

const log = (line) => process.stderr.write(`sandboxes: ${line}\n`);

/** Runs this file again as a child doing one job; returns the JSON it printed. */
function child(job, backend) {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", new URL(import.meta.url).pathname, "--child", job, backend],
    {
      encoding: "utf8",
      env: process.env,
      timeout: 300_000,
    },
  );
  if (run.status !== 0) throw new Error(`${job} ${backend}: ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout);
}

async function childJob(job, backend) {
  const { createCodeMode } = await import(INDEX);
  if (job === "cold") {
    const cm = await createCodeMode({ sandbox: backend, typecheck: false });
    const result = await cm.execute("return 6 * 7");
    const ms = performance.now();
    if (result.result !== 42) throw new Error(JSON.stringify(result));
    await cm.close();
    return { ms };
  }
  // memory: the sandbox alone, so the journal's retention does not count
  const { createSandbox } = await import(INDEX);
  const { resolveLimits } = await import(new URL("dist/core/limits.js", ROOT).href);
  const sandbox = createSandbox(backend);
  const limits = resolveLimits({});
  const points = [];
  for (let i = 1; i <= 10_000; i++) {
    const ending = await sandbox.run({
      code: `console.log(${i}); return await host.ping({ i: ${i} })`,
      globals: { host: ["ping"] },
      bridge: bridge({ count: 0 }),
      limits,
    });
    if (ending.status !== "completed") throw new Error(JSON.stringify(ending));
    if (i % 1000 === 0) {
      globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      points.push({ executions: i, rssMb: rss / 2 ** 20, heapMb: heapUsed / 2 ** 20 });
    }
  }
  await sandbox.close();
  return { points };
}

function bridge(calls) {
  return {
    async call() {
      calls.count++;
      return { ok: 1 };
    },
    log() {},
    nondeterminism: { now: () => 0, random: () => 0.5, randomUUID: () => "u" },
  };
}

async function main() {
  const { createCodeMode, createSandbox } = await import(INDEX);
  const { resolveLimits } = await import(new URL("dist/core/limits.js", ROOT).href);
  const rounds = quick ? 3 : 7;

  log("cold first execute, each in a fresh process");
  const cold = await interleave(BACKENDS, quick ? 3 : 5, (backend) => child("cold", backend).ms);

  log("warm execute");
  const runtimes = Object.fromEntries(
    await Promise.all(
      BACKENDS.map(async (backend) => [
        backend,
        await createCodeMode({ sandbox: backend, typecheck: false }),
      ]),
    ),
  );
  for (const cm of Object.values(runtimes))
    for (let i = 0; i < 50; i++) await cm.execute("return 1");
  const warmRounds = quick ? 100 : 300;
  const executeOn = async (backend) => {
    const started = performance.now();
    await runtimes[backend].execute("return 6 * 7");
    return performance.now() - started;
  };
  // As a model calls it: some idle time between executes, in which the next sandbox is prepared.
  const warm = await interleave(BACKENDS, warmRounds, async (backend) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return executeOn(backend);
  });
  const backToBack = await interleave(BACKENDS, warmRounds, executeOn);
  for (const cm of Object.values(runtimes)) await cm.close();

  log("host calls and CPU, at the sandbox");
  const sandboxes = Object.fromEntries(
    BACKENDS.map((backend) => [backend, createSandbox(backend)]),
  );
  const limits = resolveLimits({ timeoutMs: 120_000, cpuMs: 120_000 });
  const runOn = async (backend, code) => {
    const calls = { count: 0 };
    const started = performance.now();
    const ending = await sandboxes[backend].run({
      code,
      globals: { host: ["ping"] },
      bridge: bridge(calls),
      limits,
    });
    const ms = performance.now() - started;
    if (ending.status !== "completed") throw new Error(`${backend}: ${JSON.stringify(ending)}`);
    return ms;
  };
  const CALLS = 1000;
  const loop = `for (let i = 0; i < ${CALLS}; i++) await host.ping({ i });`;
  for (const backend of BACKENDS) await runOn(backend, loop);
  const perCall = await interleave(BACKENDS, rounds, async (backend) => {
    const empty = await runOn(backend, "return 1");
    return ((await runOn(backend, loop)) - empty) / CALLS;
  });
  const cpu = await interleave(BACKENDS, quick ? 3 : 5, (backend) => runOn(backend, CPU_HEAVY));
  for (const sandbox of Object.values(sandboxes)) await sandbox.close();

  log("memory over 10,000 executes, each backend in its own process");
  const memory = Object.fromEntries(
    BACKENDS.map((backend) => [backend, child("memory", backend).points]),
  );

  const figures = {};
  for (const backend of BACKENDS) {
    figures[backend] = {
      coldMs: summary(cold.get(backend)),
      warmMs: summary(warm.get(backend)),
      backToBackMs: summary(backToBack.get(backend)),
      hostCallUs: summary(perCall.get(backend).map((ms) => ms * 1000)),
      cpuHeavyMs: summary(cpu.get(backend)),
      memory: memory[backend],
    };
  }
  const ratio = (key) => figures.quickjs[key].median / figures.isolate[key].median;
  return {
    machine: machine(),
    figures,
    ratios: {
      coldQuickjsOverIsolate: ratio("coldMs"),
      warmQuickjsOverIsolate: ratio("warmMs"),
      backToBackQuickjsOverIsolate: ratio("backToBackMs"),
      hostCallQuickjsOverIsolate: ratio("hostCallUs"),
      cpuHeavyQuickjsOverIsolate: ratio("cpuHeavyMs"),
    },
  };
}

/** The table for bench/README and the report. */
export function formatSandboxes(result) {
  const { figures, ratios } = result;
  const row = (label, key, unit, ratio) =>
    `| ${label} | ${figures.quickjs[key].median.toFixed(unit === "µs" ? 0 : 1)} ${unit} | ${figures.isolate[key].median.toFixed(unit === "µs" ? 0 : 1)} ${unit} | ${ratio.toFixed(1)}x |`;
  const drift = (points) => {
    const first = points[0];
    const last = points.at(-1);
    return `${first.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB RSS, heap ${first.heapMb.toFixed(0)} → ${last.heapMb.toFixed(0)} MB`;
  };
  return [
    "| medians | QuickJS (WASM) | isolate (V8) | QuickJS ÷ isolate |",
    "| --- | --- | --- | --- |",
    row("cold: first execute in a fresh process", "coldMs", "ms", ratios.coldQuickjsOverIsolate),
    row("warm execute (5 ms idle before it)", "warmMs", "ms", ratios.warmQuickjsOverIsolate),
    row("warm execute back to back", "backToBackMs", "ms", ratios.backToBackQuickjsOverIsolate),
    row("one awaited host call", "hostCallUs", "µs", ratios.hostCallQuickjsOverIsolate),
    row("sort and sum 200,000 numbers", "cpuHeavyMs", "ms", ratios.cpuHeavyQuickjsOverIsolate),
    `| memory, runs 1,000 → 10,000 | ${drift(figures.quickjs.memory)} | ${drift(figures.isolate.memory)} | |`,
  ].join("\n");
}

if (argv[0] === "--child") {
  process.stdout.write(`${JSON.stringify(await childJob(argv[1], argv[2]))}\n`);
} else if (process.argv[1] === new URL(import.meta.url).pathname) {
  const result = await main();
  console.log(json ? JSON.stringify(result, null, 2) : formatSandboxes(result));
}
