#!/usr/bin/env node
// The library's in-memory journal (plain data structures) against SQLite compiled to WebAssembly
// in memory (what it was before), in one process, rounds alternating: the cost per host call (a
// script making 1,000 calls minus the same loop making none) and a warm execute (one call, one
// log, 2 ms idle before each run).
//
//   npm run build && node bench/memory-journal.mjs [--rounds 12] [--json]

import { performance } from "node:perf_hooks";
import { createCodeMode } from "../dist/index.js";
import { createSqlJournalStore } from "../dist/store/sql-journal-store.js";
import { openSqliteDriver } from "../dist/store/sqlite-driver.js";
import { spread } from "./stats.mjs";

const index = process.argv.indexOf("--rounds");
const ROUNDS = index === -1 ? 12 : Number(process.argv[index + 1]);
const functions = { ns: { echo: { execute: (args) => args } } };
const subjects = {
  "plain data structures": await createCodeMode({ functions, typecheck: false }),
  "SQLite (WebAssembly) in memory": await createCodeMode({
    functions,
    typecheck: false,
    store: await createSqlJournalStore(await openSqliteDriver({ memory: true })),
  }),
};
const CALLS = "for (let i = 0; i < 1000; i++) await ns.echo({ text: 'x' }); return 1";
const LOOP = "for (let i = 0; i < 1000; i++) await Promise.resolve(); return 1";
const perCall = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
const warm = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
const names = Object.keys(subjects);
for (let round = 0; round < ROUNDS + 2; round++) {
  const order = round % 2 ? names : [...names].reverse();
  for (const name of order) {
    const cm = subjects[name];
    let started = performance.now();
    await cm.execute(CALLS);
    const withCalls = performance.now() - started;
    started = performance.now();
    await cm.execute(LOOP);
    const without = performance.now() - started;
    if (round >= 2) perCall[name].push(withCalls - without);
    for (let run = 0; run < 5; run++) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      started = performance.now();
      await cm.execute("await ns.echo({ text: 'x' }); console.log('hi')");
      if (round >= 2) warm[name].push(performance.now() - started);
    }
  }
}
for (const cm of Object.values(subjects)) await cm.close();

const rows = names.map((name) => ({
  journal: name,
  // 1,000 calls: the milliseconds they add are microseconds per call.
  perCallUs: spread(perCall[name]),
  warmMs: spread(warm[name]),
}));
if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ rounds: ROUNDS, rows }, null, 2)}\n`);
} else {
  console.log(
    "| journal in memory | per host call p50 (p10 – p90) | warm execute p50 (p10 – p90) |",
  );
  console.log("| --- | ---: | ---: |");
  for (const row of rows)
    console.log(
      `| ${row.journal} | ${row.perCallUs.median.toFixed(1)} µs (${row.perCallUs.p10.toFixed(1)} – ${row.perCallUs.p90.toFixed(1)}) | ${row.warmMs.median.toFixed(2)} ms (${row.warmMs.p10.toFixed(2)} – ${row.warmMs.p90.toFixed(2)}) |`,
    );
}
