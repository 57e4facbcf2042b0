#!/usr/bin/env node
// codemode benchmarks, printed as medians (and p90) over many runs on this machine, with the peer
// @ai-sdk/code-mode measured in the same run for a side-by-side ratio.
//
//   npm run build && node bench/run.mjs [--quick] [--json]
//
// - warm execute: a script that calls one host function and logs, on a warm runtime;
// - host call overhead: (1,000 calls − 0 calls) / 1,000, in one script;
// - type-check: a new small script each time against the example's declarations, warm;
// - cold CLI: `codemode run -` of a one-liner as a whole process, beside `node -e 0`;
// - the peer: the same one-call script and the same 1,000-call loop on @ai-sdk/code-mode.

import { execFileSync, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createCodeMode, WorkerSandbox } from "../dist/index.js";
import { summary } from "./stats.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");
const RUNS = quick ? 100 : 500;
const MANY_RUNS = quick ? 7 : 21;
const CLI_RUNS = quick ? 7 : 21;
const N = 1000;

async function timed(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const ONE_CALL = 'const r = await bench.echo({ text: "hi" });\nconsole.log(r.text);\nreturn r;';
const manyCalls = (n) =>
  `let count = 0;\nfor (let i = 0; i < ${n}; i++) { await bench.echo({ text: "x" }); count++; }\nreturn count;`;

async function measureOurs() {
  const functions = {
    bench: {
      echo: {
        description: "Echo the text back.",
        input: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
        execute: async ({ text }) => ({ text }),
      },
    },
  };
  const cm = await createCodeMode({
    functions,
    typecheck: false,
    limits: { maxToolCalls: N + 10 },
  });
  const check = (result, expected) => {
    if (
      result.status !== "completed" ||
      JSON.stringify(result.result) !== JSON.stringify(expected)
    ) {
      throw new Error(`unexpected result: ${JSON.stringify(result)}`);
    }
  };
  for (let i = 0; i < 50; i++) check(await cm.execute(ONE_CALL), { text: "hi" });
  const measureOne = async (gapMs) => {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      let result;
      samples.push(await timed(async () => (result = await cm.execute(ONE_CALL))));
      check(result, { text: "hi" });
      if (result.logs[0] !== "hi") throw new Error("the log line is missing");
    }
    return samples;
  };
  // A model takes seconds between two executes: the runtime prepares the next context meanwhile.
  const one = await measureOne(2);
  // Back to back, every execute also pays for preparing its context.
  const backToBack = await measureOne(0);
  const zero = [];
  const many = [];
  for (let i = 0; i < 3; i++) await cm.execute(manyCalls(N));
  for (let i = 0; i < MANY_RUNS; i++) {
    zero.push(await timed(async () => check(await cm.execute(manyCalls(0)), 0)));
    many.push(await timed(async () => check(await cm.execute(manyCalls(N)), N)));
  }
  await cm.close();

  // The same script on the worker-thread sandbox (what a server uses): a run crosses threads.
  const sandbox = new WorkerSandbox({ size: 1 });
  const onWorker = await createCodeMode({ functions, typecheck: false, sandbox });
  for (let i = 0; i < 50; i++) check(await onWorker.execute(ONE_CALL), { text: "hi" });
  const workerRuns = [];
  for (let i = 0; i < RUNS; i++) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    workerRuns.push(
      await timed(async () => check(await onWorker.execute(ONE_CALL), { text: "hi" })),
    );
  }
  await onWorker.close();
  await sandbox.close();

  const checked = await createCodeMode({ functions, typecheck: true });
  await checked.execute(ONE_CALL);
  const checks = [];
  for (let i = 0; i < (quick ? 30 : 100); i++) {
    const script = `const r = await bench.echo({ text: "hi ${i}" });\nconsole.log(r.text);\nreturn r;`;
    const withCheck = await timed(() => checked.execute(script));
    checks.push(withCheck);
  }
  await checked.close();
  const zeroSummary = summary(zero);
  const manySummary = summary(many);
  return {
    warmExecute: summary(one),
    warmExecuteBackToBack: summary(backToBack),
    warmExecuteWorker: summary(workerRuns),
    perCallUs: ((manySummary.median - zeroSummary.median) / N) * 1000,
    warmExecuteWithTypecheck: summary(checks),
  };
}

function measureCli() {
  const bin = join(ROOT, "bin", "codemode.js");
  const run = (args, input) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { input, encoding: "utf8" });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
    return ms;
  };
  const cli = [];
  const node = [];
  run([bin, "run", "-"], "return 1");
  for (let i = 0; i < CLI_RUNS; i++) {
    node.push(run(["-e", "0"], ""));
    cli.push(run([bin, "run", "-"], "console.log(6 * 7)"));
  }
  return { cli: summary(cli), node: summary(node) };
}

function measurePeer() {
  const script = join(ROOT, "bench", "peer", "measure-peer.mjs");
  const args = [
    script,
    "--json",
    "--runs",
    String(quick ? 50 : 200),
    "--many-runs",
    String(quick ? 5 : 15),
  ];
  const output = execFileSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.slice(output.indexOf("{")));
}

const ms = (value) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
const ours = await measureOurs();
const cli = measureCli();
let peer;
try {
  peer = measurePeer();
} catch (error) {
  peer = { error: error.message };
}

const rows = [
  [
    "warm execute (1 host call + log), p50",
    ms(ours.warmExecute.median),
    peer.oneCallAndLog ? ms(peer.oneCallAndLog.medianMs) : "n/a",
  ],
  [
    "warm execute, p90",
    ms(ours.warmExecute.p90),
    peer.oneCallAndLog ? ms(peer.oneCallAndLog.p90Ms) : "n/a",
  ],
  [
    "warm execute back to back (no idle time between runs), p50",
    ms(ours.warmExecuteBackToBack.median),
    "",
  ],
  ["warm execute on the worker-thread sandbox, p50", ms(ours.warmExecuteWorker.median), ""],
  [
    "per host call (1,000 in one script)",
    `${ours.perCallUs.toFixed(1)} µs`,
    peer.manyCalls ? `${peer.manyCalls.perCallUsMedian.toFixed(1)} µs` : "n/a",
  ],
  [
    "warm execute with type-check (new script), p50",
    ms(ours.warmExecuteWithTypecheck.median),
    "(no type-check)",
  ],
  ["cold `codemode run -` one-liner, p50", ms(cli.cli.median), ""],
  ["  baseline `node -e 0`, p50", ms(cli.node.median), ""],
];
const ratios = peer.oneCallAndLog
  ? {
      warmExecute: peer.oneCallAndLog.medianMs / ours.warmExecute.median,
      perCall: peer.manyCalls.perCallUsMedian / ours.perCallUs,
    }
  : undefined;

if (asJson) {
  process.stdout.write(
    `${JSON.stringify({ node: process.version, ours, cli, peer, ratios }, null, 2)}\n`,
  );
} else {
  console.log(
    `codemode benchmarks — Node ${process.version}, ${RUNS} warm runs, ${MANY_RUNS} × 1,000-call runs, ${CLI_RUNS} CLI runs`,
  );
  console.log(`peer: ${peer.peer ?? `unavailable (${peer.error})`}\n`);
  console.log("| measure | codemode | @ai-sdk/code-mode |");
  console.log("| --- | --- | --- |");
  for (const [name, a, b] of rows) console.log(`| ${name} | ${a} | ${b} |`);
  if (ratios) {
    console.log(
      `\ncodemode is ${ratios.warmExecute.toFixed(1)}x faster on warm execute and ${ratios.perCall.toFixed(1)}x faster per host call.`,
    );
  }
  console.log(
    `cold CLI is ${(cli.cli.median - cli.node.median).toFixed(1)} ms above Node's own start-up (${(cli.cli.median / cli.node.median).toFixed(2)}x).`,
  );
}
