#!/usr/bin/env node
// Type-checking a model's script before it runs: the in-thread checker (one LanguageService on
// the event loop, how every check ran before the pool) beside the worker pool, interleaved.
//
//   npm run build && node bench/typecheck.mjs [--quick] [--json]
//
// - one new script: a 20-line script, new each time, against a 200-operation declaration file;
// - 100 at once: 100 distinct scripts submitted together, the time until each one's answer
//   (in-thread they queue behind each other; the pool checks them in batches off the event loop);
// - 100 executions at once through `createCodeMode` (type-check on, the library's defaults): the
//   latency of each, as a model's concurrent requests see it.

import { performance } from "node:perf_hooks";
import { createCodeMode } from "../dist/index.js";
import { TypeScriptChecker } from "../dist/sandbox/typecheck.js";
import { TypeCheckPool } from "../dist/sandbox/typecheck-pool.js";
import { machine } from "./machine.mjs";
import { interleave, ratio, spread } from "./stats.mjs";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const ROUNDS = quick ? 9 : 31;
const BURST_ROUNDS = quick ? 3 : 7;
const BURST = 100;

/** 200 operations in 4 namespaces, each with a nested input and a list in its output. */
const OPERATIONS = Array.from({ length: 200 }, (_, index) => ({
  namespace: `api${index % 4}`,
  name: `op${Math.floor(index / 4)}`,
}));
const DECLARATIONS = [0, 1, 2, 3]
  .map(
    (n) =>
      `declare namespace api${n} {\n${OPERATIONS.filter((op) => op.namespace === `api${n}`)
        .map(
          (op) =>
            `  /** ${op.name} of api${n}. */\n  function ${op.name}(input: { id: string; limit?: number; filter?: { state?: "open" | "closed"; labels?: string[] } }): Promise<{ items: { id: string; title: string; count: number }[]; next?: string }>;`,
        )
        .join("\n")}\n}`,
  )
  .join("\n");

let serial = 0;
/** A new 20-line script each call: calls, a loop, a map, a record, a sort. */
function newScript() {
  const k = serial++;
  return `const a = await api0.op1({ id: "x${k}" });
const b = await api1.op2({ id: "y", limit: ${k % 50} });
let total = 0;
for (const item of a.items) {
  if (item.count > 3) total += item.count;
}
const titles = b.items.map((i) => i.title.toUpperCase());
const grouped: Record<string, number> = {};
for (const t of titles) grouped[t] = (grouped[t] ?? 0) + 1;
const c = await api2.op3({ id: "z", filter: { state: "open", labels: ["bug"] } });
console.log(total, titles.length, c.next);
if (c.next) {
  const d = await api3.op4({ id: c.next });
  console.log(d.items.length);
}
const sorted = Object.entries(grouped).sort((x, y) => y[1] - x[1]);
console.log(sorted.slice(0, 3));
const top = sorted[0];
return { total, top };`;
}

async function timed(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Submits `count` new scripts at once; returns each one's time to its answer. */
async function burst(checker, count) {
  const started = performance.now();
  return Promise.all(
    Array.from({ length: count }, () =>
      checker.check(newScript(), DECLARATIONS).then(() => performance.now() - started),
    ),
  );
}

const inThread = new TypeScriptChecker();
const pool = new TypeCheckPool();
const checkers = { "in-thread": inThread, pool };
for (const checker of Object.values(checkers))
  for (let i = 0; i < 5; i++) await checker.check(newScript(), DECLARATIONS);

const before = machine().loadAverage;
const single = await interleave(Object.keys(checkers), ROUNDS, (name) =>
  timed(() => checkers[name].check(newScript(), DECLARATIONS)),
);
const bursts = new Map(Object.keys(checkers).map((name) => [name, []]));
await interleave(Object.keys(checkers), BURST_ROUNDS, async (name) => {
  bursts.get(name).push(...(await burst(checkers[name], BURST)));
});
await pool.close();

// Executions through the library, as concurrent requests from a model arrive.
const functions = {};
for (const op of OPERATIONS) {
  functions[op.namespace] ??= {};
  functions[op.namespace][op.name] = {
    description: `${op.name} of ${op.namespace}.`,
    input: {
      type: "object",
      properties: { id: { type: "string" }, limit: { type: "number" } },
      required: ["id"],
    },
    execute: async ({ id }) => ({ items: [{ id, title: "t", count: 4 }] }),
  };
}
const cm = await createCodeMode({ functions, typecheck: true });
const executionScript = () =>
  `const r = await api0.op1({ id: "e${serial++}" });\nlet n = 0;\nfor (const item of r.items) n += item.count;\nreturn n;`;
for (let i = 0; i < 5; i++) await cm.execute(executionScript());
const executions = [];
for (let round = 0; round < BURST_ROUNDS; round++) {
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: BURST }, () =>
      cm.execute(executionScript()).then((outcome) => {
        if (outcome.status !== "completed") throw new Error(JSON.stringify(outcome.error));
        return performance.now() - started;
      }),
    ),
  );
  executions.push(...outcomes);
}
await cm.close();

const result = {
  machine: { ...machine(), loadAverageBefore: before },
  singleCheck: {
    inThread: spread(single.get("in-thread")),
    pool: spread(single.get("pool")),
    ratio: ratio(single.get("in-thread"), single.get("pool")),
  },
  hundredChecksAtOnce: {
    inThread: spread(bursts.get("in-thread")),
    pool: spread(bursts.get("pool")),
  },
  hundredExecutionsAtOnce: spread(executions),
};

if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
else {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const line = (label, s) =>
    `${label.padEnd(44)} p50 ${ms(s.median).padStart(9)}  p10–p90 ${ms(s.p10)} – ${ms(s.p90)}  p99 ${ms(s.p99)}`;
  console.log(
    `Node ${result.machine.node}, ${result.machine.cores} cores, load ${before.join(" ")} → ${result.machine.loadAverage.join(" ")}`,
  );
  console.log(line("one new script, in-thread checker", result.singleCheck.inThread));
  console.log(line("one new script, pool", result.singleCheck.pool));
  console.log(`pool / in-thread: ${result.singleCheck.ratio.ofMedians.toFixed(2)}x`);
  console.log(
    line("100 scripts at once, in-thread (each answer)", result.hundredChecksAtOnce.inThread),
  );
  console.log(line("100 scripts at once, pool (each answer)", result.hundredChecksAtOnce.pool));
  console.log(line("100 executions at once, type-checked", result.hundredExecutionsAtOnce));
}
