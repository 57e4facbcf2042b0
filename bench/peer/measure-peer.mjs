#!/usr/bin/env node
// Measures the peer `@ai-sdk/code-mode` on the same scripts our runtime runs.
//
//   node bench/peer/measure-peer.mjs [--runs 200] [--warmup 30] [--many-runs 20] [--n 1000] [--json] [--inline]
//
// The peer writes guest console output straight to fd 1 from its worker
// threads (fs.writeSync), so by default this script re-runs itself in a child
// process whose stdout goes to a temp file; the child reports its numbers over
// IPC and the parent checks that every runOneCallAndLog really logged "hi".
// --inline measures in this process instead (the "hi" lines then hit stdout).
//
// Also importable: `measurePeer(opts)` measures in the current process and
// returns the numbers (same shape as --json output).

import { fork } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { quantile } from "../stats.mjs";
import { createPeer } from "./ai-sdk-code-mode.mjs";

const SELF = fileURLToPath(import.meta.url);

function summarize(samplesMs) {
  const s = [...samplesMs].sort((a, b) => a - b);
  return {
    n: s.length,
    medianMs: quantile(s, 0.5),
    p90Ms: quantile(s, 0.9),
    minMs: s[0],
    maxMs: s[s.length - 1],
  };
}

async function time(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Measures the peer in the current process.
 * @param {{ runs?: number, warmup?: number, manyRuns?: number, n?: number }} [opts]
 */
export async function measurePeer(opts = {}) {
  const runs = opts.runs ?? 200;
  const warmup = opts.warmup ?? 30;
  const manyRuns = opts.manyRuns ?? 20;
  const n = opts.n ?? 1000;

  const tCreate0 = performance.now();
  const peer = await createPeer({ maxCalls: n });
  const createMs = performance.now() - tCreate0;
  const firstRunMs = await time(() => peer.runOneCallAndLog());
  try {
    for (let i = 0; i < warmup; i++) await peer.runOneCallAndLog();
    const one = [];
    for (let i = 0; i < runs; i++) one.push(await time(() => peer.runOneCallAndLog()));

    for (let i = 0; i < 3; i++) {
      await peer.runManyCalls(0);
      await peer.runManyCalls(n);
    }
    // Interleave so drift (GC, JIT, thermal) hits both series alike.
    const many0 = [];
    const manyN = [];
    for (let i = 0; i < manyRuns; i++) {
      many0.push(await time(() => peer.runManyCalls(0)));
      manyN.push(await time(() => peer.runManyCalls(n)));
    }
    const paired = manyN.map((t, i) => ((t - many0[i]) / n) * 1000).sort((a, b) => a - b);
    const s0 = summarize(many0);
    const sN = summarize(manyN);
    return {
      peer: peer.name,
      node: process.version,
      createMs,
      firstRunMs,
      oneCallAndLog: summarize(one),
      oneCallAndLogCount: 1 + warmup + runs,
      manyCalls: {
        n,
        zero: s0,
        many: sN,
        perCallUsMedian: ((sN.medianMs - s0.medianMs) / n) * 1000,
        perCallUsPairedMedian: quantile(paired, 0.5),
        perCallUsPairedP90: quantile(paired, 0.9),
      },
    };
  } finally {
    await peer.close();
  }
}

function parseArgs(argv) {
  const out = {
    runs: 200,
    warmup: 30,
    manyRuns: 20,
    n: 1000,
    json: false,
    inline: false,
    child: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`bad value for ${a}`);
      return v;
    };
    if (a === "--runs") out.runs = num();
    else if (a === "--warmup") out.warmup = num();
    else if (a === "--many-runs") out.manyRuns = num();
    else if (a === "--n") out.n = num();
    else if (a === "--json") out.json = true;
    else if (a === "--inline") out.inline = true;
    else if (a === "--child") out.child = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

async function measureInChild(opts) {
  const dir = mkdtempSync(join(tmpdir(), "peer-bench-"));
  const outFile = join(dir, "guest-stdout.txt");
  const fd = openSync(outFile, "w");
  try {
    const args = ["--child", "--runs", String(opts.runs), "--warmup", String(opts.warmup)];
    args.push("--many-runs", String(opts.manyRuns), "--n", String(opts.n));
    const child = fork(SELF, args, { stdio: ["ignore", fd, "inherit", "ipc"] });
    const result = await new Promise((resolve, reject) => {
      let got;
      child.on("message", (m) => {
        got = m;
      });
      child.on("error", reject);
      child.on("exit", (code, signal) => {
        if (got?.ok) resolve(got.result);
        else reject(new Error(got?.error ?? `measure child exited with ${code ?? signal}`));
      });
    });
    closeSync(fd);
    const lines = readFileSync(outFile, "utf8")
      .split("\n")
      .filter((l) => l === "hi").length;
    if (lines !== result.oneCallAndLogCount) {
      throw new Error(
        `expected ${result.oneCallAndLogCount} "hi" lines from the guest, found ${lines}`,
      );
    }
    result.guestLogLinesVerified = lines;
    return result;
  } finally {
    try {
      closeSync(fd);
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
}

function f(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function report(r) {
  const o = r.oneCallAndLog;
  const m = r.manyCalls;
  const lines = [
    `peer: ${r.peer} on Node ${r.node}`,
    `  createPeer: ${f(r.createMs)} ms, first run (cold worker + QuickJS/WASM + TS strip): ${f(r.firstRunMs)} ms`,
    `  runOneCallAndLog  x${o.n}: median ${f(o.medianMs)} ms, p90 ${f(o.p90Ms)} ms (min ${f(o.minMs)}, max ${f(o.maxMs)})`,
    `  runManyCalls(0)   x${m.zero.n}: median ${f(m.zero.medianMs)} ms, p90 ${f(m.zero.p90Ms)} ms`,
    `  runManyCalls(${m.n}) x${m.many.n}: median ${f(m.many.medianMs)} ms, p90 ${f(m.many.p90Ms)} ms`,
    `  per tool call: ${m.perCallUsMedian.toFixed(1)} us (diff of medians); paired median ${m.perCallUsPairedMedian.toFixed(1)} us, paired p90 ${m.perCallUsPairedP90.toFixed(1)} us`,
  ];
  if (r.guestLogLinesVerified !== undefined) {
    lines.push(
      `  guest console.log verified: ${r.guestLogLinesVerified} "hi" lines on the child's stdout`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.child) {
    try {
      const result = await measurePeer(opts);
      process.send({ ok: true, result });
    } catch (e) {
      process.send({ ok: false, error: String(e?.stack ?? e) });
      process.exitCode = 1;
    }
    process.disconnect();
    return;
  }
  const result = opts.inline ? await measurePeer(opts) : await measureInChild(opts);
  console.log(opts.json ? JSON.stringify(result, null, 2) : report(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
