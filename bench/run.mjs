#!/usr/bin/env node
// Execute overhead: codemode beside the peers `@ai-sdk/code-mode` and (where it installs)
// `@utcp/code-mode`, measured interleaved in one run (A B C, B C A, C A B, ...), each figure a median
// with its p10–p90, each comparison the ratio of the medians with the spread of the per-round
// ratios.
//
//   npm run build && node bench/run.mjs [--quick] [--json] [--peers ai-sdk,utcp] [--compare-only]
//
// - warm execute: a script that calls one host function and logs, on a warm runtime, 2 ms idle
//   before each run (a model's think time; codemode prepares the next context while idle);
// - per host call: (1,000 calls − 0 calls) / 1,000, in one script;
// - cold execute: a fresh process imports the runtime, creates it and runs the same script once;
// - codemode only (skipped by --compare-only): back to back (no idle time), on the worker-thread
//   sandbox `serve` uses, with type-check of a new script, and a cold `codemode run -` beside
//   `node -e 0`.
//
// The peers print guest output straight to the process's stdout (`@ai-sdk/code-mode` writes
// fd 1 from its workers, `@utcp/code-mode`'s SDK logs every call), so the measuring runs in child
// processes whose stdout goes to a file, and report over IPC. `@utcp/code-mode` needs Node >= 22
// (isolated-vm 6): bench/all.mjs installs it and runs this script again on Node 22 with
// `--peers ai-sdk,utcp`.

import { fork, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { machine } from "./machine.mjs";
import { formatExecuteOverhead } from "./report.mjs";
import { interleave, ratio, spread } from "./stats.mjs";

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, "..", "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const RUNS = quick ? 100 : 400;
const MANY_RUNS = quick ? 7 : 21;
const COLD_RUNS = quick ? 5 : 11;
const CLI_RUNS = quick ? 7 : 21;
const N = 1000;

/** Each subject's adapter module and factory; all give the same interface. */
const SUBJECTS = {
  codemode: { module: "./codemode-runtime.mjs", factory: "createRuntime" },
  "ai-sdk": { module: "./peer/ai-sdk-code-mode.mjs", factory: "createPeer" },
  utcp: { module: "./peer-utcp/utcp-code-mode.mjs", factory: "createPeer" },
};

/** Imports a subject's adapter; returns its factory. */
async function factoryOf(name) {
  const { module, factory } = SUBJECTS[name];
  return (await import(new URL(module, import.meta.url)))[factory];
}

const create = async (name) => (await factoryOf(name))({ maxCalls: N });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function timed(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------
// Child: the warm measures, every subject in this one process.

async function measureWarm(names, compareOnly) {
  const runtimes = new Map();
  for (const name of names) runtimes.set(name, await create(name));
  const versions = Object.fromEntries([...runtimes].map(([name, runtime]) => [name, runtime.name]));
  for (const runtime of runtimes.values()) {
    for (let i = 0; i < 50; i++) await runtime.runOneCallAndLog();
    for (let i = 0; i < 3; i++) await runtime.runManyCalls(N);
  }
  const warm = await interleave(names, RUNS, async (name) => {
    await sleep(2);
    return timed(() => runtimes.get(name).runOneCallAndLog());
  });
  // Per call: the difference between a script making N calls and the same loop making none,
  // both measured in the same round.
  const perCall = await interleave(names, MANY_RUNS, async (name) => {
    const zero = await timed(() => runtimes.get(name).runManyCalls(0));
    const many = await timed(() => runtimes.get(name).runManyCalls(N));
    return ((many - zero) / N) * 1000;
  });
  const result = {
    versions,
    warm: Object.fromEntries(warm),
    perCallUs: Object.fromEntries(perCall),
    // Every "hi" the ai-sdk peer's guest printed lands in this process's stdout file.
    aiSdkLogLines: names.includes("ai-sdk") ? 50 + RUNS : 0,
  };
  if (!compareOnly) result.codemodeOnly = await measureCodemodeOnly(runtimes.get("codemode"));
  for (const runtime of runtimes.values()) await runtime.close();
  return result;
}

async function measureCodemodeOnly(runtime) {
  const { WorkerSandbox } = await import("../dist/index.js");
  const { createRuntime } = await import("./codemode-runtime.mjs");
  // Back to back, every execute also pays for preparing its context.
  const backToBack = [];
  for (let i = 0; i < RUNS; i++) backToBack.push(await timed(() => runtime.runOneCallAndLog()));

  // The same script on the worker-thread sandbox (what a server uses): a run crosses threads.
  const sandbox = new WorkerSandbox({ size: 1 });
  const onWorker = await createRuntime({ options: { sandbox } });
  for (let i = 0; i < 50; i++) await onWorker.runOneCallAndLog();
  const worker = [];
  for (let i = 0; i < RUNS; i++) {
    await sleep(2);
    worker.push(await timed(() => onWorker.runOneCallAndLog()));
  }
  await onWorker.close();
  await sandbox.close();

  const checked = await createRuntime({ options: { typecheck: true } });
  await checked.runOneCallAndLog();
  const typecheck = [];
  for (let i = 0; i < (quick ? 30 : 100); i++) {
    const script = `const r = await bench.echo({ text: "hi ${i}" });\nconsole.log(r.text);\nreturn r;`;
    typecheck.push(await timed(() => checked.codeMode.execute(script)));
  }
  await checked.close();
  return { backToBack, worker, typecheck };
}

// ---------------------------------------------------------------------------------------------
// Cold child: one fresh process, one first execute.

async function measureCold(name) {
  const started = performance.now();
  const factory = await factoryOf(name);
  const afterImport = performance.now();
  const runtime = await factory({ maxCalls: N });
  const afterCreate = performance.now();
  await runtime.runOneCallAndLog();
  const done = performance.now();
  await runtime.close();
  return {
    importMs: afterImport - started,
    createMs: afterCreate - afterImport,
    firstExecuteMs: done - afterCreate,
    coldMs: done - started,
    // performance.now() counts from the process's start: Node's own start-up included.
    sinceProcessStartMs: done,
  };
}

/** Runs this script with `args` in a child whose stdout goes to `stdoutFile`; resolves with what it sends. */
function child(args, stdoutFile) {
  const fd = stdoutFile ? openSync(stdoutFile, "a") : "ignore";
  const subprocess = fork(SELF, args, { stdio: ["ignore", fd, "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    let message;
    subprocess.on("message", (received) => {
      message = received;
    });
    subprocess.on("error", reject);
    subprocess.on("exit", (code, signal) => {
      if (typeof fd === "number") closeSync(fd);
      if (message?.ok) resolve(message.result);
      else reject(new Error(message?.error ?? `${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}

async function replyToParent(work) {
  try {
    process.send({ ok: true, result: await work() });
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) });
    process.exitCode = 1;
  }
  process.disconnect();
  // The peers' idle pools (and isolated-vm) need not hold the process open.
  setTimeout(() => process.exit(), 100).unref();
}

// ---------------------------------------------------------------------------------------------
// Parent.

/** `codemode run -` in `cwd` (its journal goes to `cwd`/.codemode, as the CLI's default store). */
function measureCli(cwd) {
  const bin = join(ROOT, "bin", "codemode.js");
  const run = (args, input) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, input, encoding: "utf8" });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
    return ms;
  };
  run([bin, "run", "-"], "return 1");
  const argsOf = { cli: [bin, "run", "-"], node: ["-e", "0"] };
  return interleave(["cli", "node"], CLI_RUNS, async (name) =>
    run(argsOf[name], "console.log(6 * 7)"),
  );
}

function summarise(samplesByName, base = "codemode") {
  const out = {};
  for (const [name, samples] of Object.entries(samplesByName)) {
    out[name] = spread(samples);
    if (name !== base && samplesByName[base])
      out[name].vsCodemode = ratio(samplesByName[base], samples);
  }
  return out;
}

async function main() {
  const names = ["codemode", ...(option("--peers") ?? "ai-sdk").split(",").filter(Boolean)];
  const compareOnly = argv.includes("--compare-only");
  const before = machine();
  const folder = mkdtempSync(join(tmpdir(), "codemode-bench-run-"));
  try {
    const stdoutFile = join(folder, "stdout.txt");
    const childArgs = ["--child", names.join(","), ...(compareOnly ? ["--compare-only"] : [])];
    const warm = await child([...childArgs, ...(quick ? ["--quick"] : [])], stdoutFile);
    const hiLines = readFileSync(stdoutFile, "utf8")
      .split("\n")
      .filter((line) => line === "hi").length;
    if (hiLines !== warm.aiSdkLogLines)
      throw new Error(
        `expected ${warm.aiSdkLogLines} "hi" lines from the ai-sdk guest, found ${hiLines}`,
      );

    const cold = await interleave(names, COLD_RUNS, (name) => child(["--cold", name]));
    const coldBy = (key) =>
      Object.fromEntries([...cold].map(([name, runs]) => [name, runs.map((run) => run[key])]));

    const result = {
      benchmark: "execute-overhead",
      machine: before,
      settings: {
        warmRuns: RUNS,
        manyRuns: MANY_RUNS,
        coldRuns: COLD_RUNS,
        callsPerScript: N,
        quick,
      },
      versions: warm.versions,
      warmExecute: summarise(warm.warm),
      perHostCallUs: summarise(warm.perCallUs),
      coldExecute: summarise(coldBy("coldMs")),
      coldImport: summarise(coldBy("importMs")),
      coldCreate: summarise(coldBy("createMs")),
      coldFirstExecute: summarise(coldBy("firstExecuteMs")),
      coldSinceProcessStart: summarise(coldBy("sinceProcessStartMs")),
    };
    if (!compareOnly) {
      const only = warm.codemodeOnly;
      const cli = await measureCli(folder);
      result.codemodeOnly = {
        backToBack: spread(only.backToBack),
        workerSandbox: spread(only.worker),
        withTypecheck: spread(only.typecheck),
        cliRun: spread(cli.get("cli")),
        nodeBaseline: spread(cli.get("node")),
      };
    }
    result.loadAverageAfter = machine().loadAverage;
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (argv[0] === "--child") {
  await replyToParent(() => measureWarm(argv[1].split(","), argv.includes("--compare-only")));
} else if (argv[0] === "--cold") {
  await replyToParent(() => measureCold(argv[1]));
} else {
  const result = await main();
  if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `Execute overhead, Node ${result.machine.node}, ${result.machine.cores} cores, load ${result.machine.loadAverage[0]} → ${result.loadAverageAfter[0]}; ratios are peer ÷ codemode (per-round p10 – p90)\n`,
    );
    console.log(formatExecuteOverhead(result));
  }
}
