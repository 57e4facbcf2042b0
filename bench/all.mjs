#!/usr/bin/env node
// Every benchmark, each in its own process with `--json`, put together in one report:
// bench/results/<date>.json (everything measured, the machine and its load) and
// bench/results/latest.md (the tables), which is also printed.
//
//   npm run bench                      # builds first; about 11 minutes on 2 idle cores
//   npm run bench -- --quick           # fewer iterations and shorter load phases, about 5 minutes
//   npm run bench -- --only execute,load
//   npm run bench -- --skip-utcp       # do not try to install @utcp/code-mode
//
// `@utcp/code-mode` is installed on demand into bench/peer-utcp (see prepare.mjs there). Where it
// does not install on this Node, the reason is recorded, and where Node 22 runs it, the execute
// comparison runs a second time on Node 22 with all three runtimes.

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { prepareIsolateNode } from "./isolate-node.mjs";
import { machine } from "./machine.mjs";
import { prepareUtcp } from "./peer-utcp/prepare.mjs";
import {
  formatExecuteOverhead,
  formatGateway,
  formatImports,
  formatJournal,
  formatLoad,
  formatMcpCalls,
  formatMemory,
  formatSearch,
  formatSpecLoad,
  formatTokens,
  formatTypecheck,
} from "./report.mjs";
import { formatSandboxes } from "./sandboxes.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const RESULTS = join(BENCH, "results");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1].split(",") : undefined;
const quickArgs = quick ? ["--quick"] : [];
/** No one benchmark may take longer than this. */
const TIMEOUT_MS = 10 * 60_000;

const BENCHMARKS = [
  {
    id: "execute",
    title: "Execute overhead against the peers",
    script: "run.mjs",
    args: quickArgs,
    format: formatExecuteOverhead,
  },
  {
    id: "mcp-calls",
    title: "100 MCP tool calls: one script against native round trips",
    script: "mcp-calls.mjs",
    args: quickArgs,
    format: formatMcpCalls,
  },
  {
    id: "tokens",
    title: "Tokens of the tool listing (o200k)",
    script: "tokens.mjs",
    args: [],
    format: formatTokens,
  },
  {
    id: "search",
    title: "Search: recall and latency on the evaluation set",
    script: "search-eval.mjs",
    args: ["--set", "all"],
    format: formatSearch,
  },
  {
    id: "spec-load",
    title: "OpenAPI spec load",
    script: "spec-load.mjs",
    args: quick ? ["--runs", "3"] : [],
    format: formatSpecLoad,
  },
  {
    id: "journal",
    title: "Journal writes per tool call",
    script: "journal.mjs",
    args: quick ? ["--calls", "500"] : [],
    format: formatJournal,
  },
  {
    id: "imports",
    title: "What each dependency costs to import, and when it is loaded",
    script: "imports.mjs",
    args: quickArgs,
    format: formatImports,
  },
  {
    id: "typecheck",
    title: "Type-check: the worker pool beside the in-thread checker",
    script: "typecheck.mjs",
    args: quickArgs,
    format: formatTypecheck,
  },
  {
    id: "gateway",
    title: "Gateway throughput: 32 MCP SDK clients, codemode beside a bare MCP SDK server",
    script: "gateway.mjs",
    args: quickArgs,
    format: formatGateway,
  },
  { id: "memory", title: "Memory", script: "memory.mjs", args: quickArgs, format: formatMemory },
  {
    id: "sandboxes",
    title: "Sandbox backends: QuickJS (WASM) and V8 isolates, interleaved",
    script: "sandboxes.mjs",
    args: quickArgs,
    format: formatSandboxes,
  },
  {
    id: "load",
    title: "Load test of `codemode serve --http`",
    script: "load.mjs",
    args: quickArgs,
    format: formatLoad,
  },
];

const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** Parses the JSON a benchmark printed (the first line that opens an object or array onwards). */
function parseOutput(stdout) {
  const start = stdout.search(/^[[{]/m);
  if (start < 0) throw new Error("it printed no JSON");
  return JSON.parse(stdout.slice(start));
}

function runBenchmark(benchmark) {
  const node = benchmark.node ?? process.execPath;
  log(`${benchmark.id}: node ${benchmark.script} ${benchmark.args.join(" ")}`);
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const run = spawnSync(node, [join(BENCH, benchmark.script), "--json", ...benchmark.args], {
    cwd: ROOT,
    env: benchmark.env ?? process.env,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  const record = {
    id: benchmark.id,
    title: benchmark.title,
    command: `node bench/${benchmark.script} --json ${benchmark.args.join(" ")}`.trim(),
    wallS: (performance.now() - started) / 1000,
    loadAverage: { before: loadBefore, after: loadavg()[0] },
  };
  if (run.status !== 0) {
    const why = run.error?.message ?? `exit ${run.status ?? run.signal}`;
    log(`${benchmark.id} FAILED (${why})`);
    return { ...record, ok: false, error: why, stderr: run.stderr.slice(-4000) };
  }
  try {
    return { ...record, ok: true, data: parseOutput(run.stdout) };
  } catch (error) {
    return { ...record, ok: false, error: `unreadable output: ${error.message}` };
  }
}

function gitState() {
  const git = (...args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  const commit = git("rev-parse", "--short", "HEAD");
  return commit
    ? `${commit}${git("status", "--porcelain") ? " with uncommitted changes" : ""}`
    : "unknown";
}

function utcpNote(utcp) {
  if (!utcp) return "`@utcp/code-mode`: not tried (--skip-utcp).";
  const { thisNode, node22 } = utcp;
  if (thisNode.ok) return `\`@utcp/code-mode\` runs on this Node (${thisNode.version}).`;
  const lines = [
    `\`@utcp/code-mode\` does not install on this machine's Node ${thisNode.version}: ${thisNode.reason}.`,
  ];
  if (node22?.ok)
    lines.push(
      `It runs on Node ${node22.version} (isolated-vm's prebuilt binary), where the comparison below runs all three runtimes.`,
    );
  else if (node22) lines.push(`On Node 22 it failed too: ${node22.reason}.`);
  return lines.join(" ");
}

function markdown(report, plan) {
  const m = report.machine;
  const lines = [
    `# codemode benchmarks, ${report.date}`,
    "",
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; commit ${report.commit}; ${report.quick ? "`--quick` (fewer iterations)" : "full run"}; ${report.wallMinutes.toFixed(1)} minutes. Load average (1, 5, 15 min) at the start: ${m.loadAverage.join(", ")}; other work shares this machine, so figures are noisy when it exceeds the cores.`,
  ];
  for (const entry of report.benchmarks) {
    const node = entry.data?.machine?.node ?? m.node;
    lines.push("", `## ${entry.title}${node === m.node ? "" : ` (Node ${node})`}`, "");
    lines.push(
      `\`${entry.command}\`: ${entry.wallS.toFixed(0)} s, load average ${entry.loadAverage.before.toFixed(1)} → ${entry.loadAverage.after.toFixed(1)}.`,
      "",
    );
    if (entry.id === "execute") lines.push(utcpNote(report.utcp), "");
    if (!entry.ok) {
      lines.push(`**Failed**: ${entry.error}`, "", "```", entry.stderr ?? "", "```");
      continue;
    }
    lines.push(plan.find((benchmark) => benchmark.id === entry.id).format(entry.data));
  }
  return `${lines.join("\n")}\n`;
}

const started = performance.now();
const date = new Date();
const chosen = BENCHMARKS.filter((benchmark) => !only || only.includes(benchmark.id));
let utcp;
if (chosen.some((benchmark) => benchmark.id === "execute") && !argv.includes("--skip-utcp")) {
  log("preparing @utcp/code-mode (npm install --prefix bench/peer-utcp)");
  utcp = prepareUtcp();
}
const plan = chosen.flatMap((benchmark) => {
  if (benchmark.id === "sandboxes") {
    // The isolate backend needs Node 22+ with isolated-vm: prepared here, outside the project.
    log("preparing a Node with isolated-vm for the sandbox comparison");
    const isolate = prepareIsolateNode();
    if (!isolate.ok) {
      log(`sandboxes skipped: ${isolate.reason}`);
      return [];
    }
    return [{ ...benchmark, node: isolate.node, env: isolate.env }];
  }
  if (benchmark.id !== "execute") return [benchmark];
  const peers = utcp?.thisNode.ok ? "ai-sdk,utcp" : "ai-sdk";
  const runs = [{ ...benchmark, args: [...benchmark.args, "--peers", peers] }];
  if (utcp?.node22?.ok)
    runs.push({
      ...benchmark,
      id: "execute-node22",
      title: `${benchmark.title}, @utcp/code-mode included`,
      node: utcp.node22.node,
      args: [...benchmark.args, "--compare-only", "--peers", "ai-sdk,utcp"],
    });
  return runs;
});

const report = {
  date: date.toISOString(),
  machine: machine(),
  commit: gitState(),
  quick,
  utcp,
  benchmarks: [],
};
for (const benchmark of plan) report.benchmarks.push(runBenchmark(benchmark));
report.wallMinutes = (performance.now() - started) / 60_000;
report.loadAverageAfter = machine().loadAverage;

mkdirSync(RESULTS, { recursive: true });
const stamp = date.toISOString().slice(0, 19).replace(/:/g, "");
writeFileSync(join(RESULTS, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
const text = markdown(report, plan);
writeFileSync(join(RESULTS, "latest.md"), text);
console.log(text);
log(`wrote bench/results/${stamp}.json and bench/results/latest.md`);
if (report.benchmarks.some((entry) => !entry.ok)) process.exitCode = 1;
