#!/usr/bin/env node
// Journal overhead per tool call: what the store operations one call costs (its intent, then its
// result: two putCall upserts), on each store.
//
//   npm run build && node bench/journal.mjs [--calls 2000] [--json]
//
// Stores: the embedded one (node-sqlite3-wasm, WAL, in a temp folder), the in-memory one, and
// PostgreSQL at CODEMODE_TEST_POSTGRES_URL (or postgres://postgres@127.0.0.1:5432/test when it
// answers there), in a schema made for the run and dropped after it.

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openJournalStore } from "../dist/store/open-store.js";
import { machine } from "./machine.mjs";
import { spread } from "./stats.mjs";

const index = process.argv.indexOf("--calls");
const CALLS = index === -1 ? 2000 : Number(process.argv[index + 1]);
const WARMUP = 200;
const POSTGRES_URL =
  process.env.CODEMODE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Times `CALLS` tool calls' journal writes on `store`; returns per-call and per-write samples. */
async function measure(store) {
  const t0 = Date.now();
  await store.createExecution({
    id: "bench",
    code: "for (const sku of skus) await shop.getStock({ sku })",
    status: "running",
    createdAt: t0,
    updatedAt: t0,
    logs: [],
    draws: [],
    toolCalls: 0,
    durationMs: 0,
    runs: 1,
  });
  const perCall = [];
  const intent = [];
  const outcome = [];
  for (let seq = 0; seq < CALLS + WARMUP; seq++) {
    const call = {
      executionId: "bench",
      seq,
      namespace: "shop",
      name: "getStock",
      args: JSON.stringify({ sku: `TEA-${seq}` }),
      occurrence: 0,
      state: "started",
      startedAt: Date.now(),
    };
    const started = performance.now();
    await store.putCall(call);
    const between = performance.now();
    await store.putCall({
      ...call,
      state: "applied",
      result: JSON.stringify({ sku: `TEA-${seq}`, units: seq % 9 }),
      finishedAt: Date.now(),
    });
    const ended = performance.now();
    if (seq < WARMUP) continue;
    perCall.push(ended - started);
    intent.push(between - started);
    outcome.push(ended - between);
  }
  return { perCall: spread(perCall), intent: spread(intent), outcome: spread(outcome) };
}

async function postgresUrl() {
  const schema = `bench_journal_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    return { skipped: `PostgreSQL not reachable at ${POSTGRES_URL} (${error.message})` };
  } finally {
    await client.end().catch(() => {});
  }
  const url = new URL(POSTGRES_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

const before = machine();
const results = [];
const folder = mkdtempSync(join(tmpdir(), "codemode-journal-bench-"));
try {
  const opened = performance.now();
  const store = await openJournalStore(join(folder, ".codemode"), process.cwd());
  const openMs = performance.now() - opened;
  results.push({ store: `${store.description} (WAL)`, openMs, ...(await measure(store)) });
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
{
  const opened = performance.now();
  const store = await openJournalStore(":memory:", process.cwd());
  const openMs = performance.now() - opened;
  results.push({ store: store.description, openMs, ...(await measure(store)) });
  await store.close();
}
const postgres = await postgresUrl();
if (postgres.url) {
  try {
    const opened = performance.now();
    const store = await openJournalStore(postgres.url, process.cwd());
    const openMs = performance.now() - opened;
    results.push({ store: store.description, openMs, ...(await measure(store)) });
    await store.close();
  } finally {
    await postgres.drop();
  }
} else results.push({ store: "PostgreSQL", skipped: postgres.skipped });

const ms = (value) => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`);

function printTable() {
  console.log(
    `\nJournal writes per tool call (putCall intent + putCall result), ${CALLS} calls after ${WARMUP} warm-up, Node ${process.version}\n`,
  );
  console.log(
    "| store | open | per call p50 | p10 – p90 | p99 | intent p50 | result p50 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const row of results) {
    if (row.skipped) {
      console.log(`| ${row.store} | skipped: ${row.skipped} | | | | | |`);
      continue;
    }
    console.log(
      `| ${row.store} | ${ms(row.openMs)} | **${ms(row.perCall.median)}** | ${ms(row.perCall.p10)} – ${ms(row.perCall.p90)} | ${ms(row.perCall.p99)} | ${ms(row.intent.median)} | ${ms(row.outcome.median)} |`,
    );
  }
}

if (!process.argv.includes("--json")) printTable();
else {
  const report = {
    benchmark: "journal",
    machine: before,
    loadAverageAfter: machine().loadAverage,
    settings: { calls: CALLS, warmup: WARMUP },
    stores: results,
  };
  console.log(JSON.stringify(report, null, 2));
}
