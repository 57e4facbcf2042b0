#!/usr/bin/env node
// Embedded journal store candidates, measured the way codemode uses them (docs/decisions/0011):
//
//   npm install --prefix bench/store-engines     # PGlite, kept out of the root package.json
//   node bench/store-engines/measure.mjs [--writes 2000] [--opens 5] [--only sqlite|pglite|postgres]
//
// For each engine (node-sqlite3-wasm in several journal modes, PGlite, and the PostgreSQL server
// for reference) it prints: the time to open an existing store in a fresh process (import, open,
// first query) and that process's RSS; the latency of one call-record upsert (p50/p90); and
// whether rows acknowledged before a SIGKILL are all there after it. PostgreSQL is reached at
// CODEMODE_TEST_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/test.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { summary } from "../stats.mjs";

const SELF = fileURLToPath(import.meta.url);
const require = createRequire(import.meta.url);
const POSTGRES_URL =
  process.env.CODEMODE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const SCHEMA = `CREATE TABLE IF NOT EXISTS calls (
  execution_id TEXT NOT NULL, seq INTEGER NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
  args TEXT NOT NULL, occurrence INTEGER NOT NULL, state TEXT NOT NULL, result TEXT, error TEXT,
  started_at BIGINT NOT NULL, finished_at BIGINT, compensation TEXT,
  PRIMARY KEY (execution_id, seq))`;
const UPSERT = `INSERT INTO calls (execution_id, seq, namespace, name, args, occurrence, state,
  result, error, started_at, finished_at, compensation)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT (execution_id, seq) DO UPDATE SET state = excluded.state, result = excluded.result,
  finished_at = excluded.finished_at`;

function callParams(executionId, seq) {
  const now = Date.now();
  return [
    executionId,
    seq,
    "shop",
    "getStock",
    JSON.stringify({ sku: `TEA-${seq}` }),
    0,
    "applied",
    JSON.stringify({ sku: `TEA-${seq}`, units: seq % 7 }),
    null,
    now,
    now,
    null,
  ];
}

/** Each engine: how to open a store in `location`, run SQL, close. */
const ENGINES = {
  "sqlite-wal-exclusive-normal": sqlite({
    locking: "EXCLUSIVE",
    journal: "WAL",
    synchronous: "NORMAL",
  }),
  "sqlite-wal-exclusive-full": sqlite({
    locking: "EXCLUSIVE",
    journal: "WAL",
    synchronous: "FULL",
  }),
  "sqlite-delete-normal-full": sqlite({
    locking: "NORMAL",
    journal: "DELETE",
    synchronous: "FULL",
  }),
  "sqlite-delete-exclusive-normal": sqlite({
    locking: "EXCLUSIVE",
    journal: "DELETE",
    synchronous: "NORMAL",
  }),
  "sqlite-truncate-exclusive-off": sqlite({
    locking: "EXCLUSIVE",
    journal: "TRUNCATE",
    synchronous: "OFF",
  }),
  pglite: {
    label: "@electric-sql/pglite",
    async open(location) {
      const { PGlite } = await import("@electric-sql/pglite");
      const db = await PGlite.create(location);
      return {
        run: (sql, params) => db.query(sql, params),
        all: async (sql, params) => (await db.query(sql, params)).rows,
        exec: (sql) => db.exec(sql),
        close: () => db.close(),
      };
    },
  },
  postgres: {
    label: "PostgreSQL 15 server (reference)",
    async open(location) {
      const pg = require("pg");
      const url = new URL(POSTGRES_URL);
      url.searchParams.set("options", `-c search_path=${location}`);
      const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${location}`);
      return {
        run: (sql, params) => pool.query(sql, params),
        all: async (sql, params) => (await pool.query(sql, params)).rows,
        exec: (sql) => pool.query(sql),
        close: () => pool.end(),
      };
    },
  },
};

function sqlite({ locking, journal, synchronous }) {
  return {
    label: `node-sqlite3-wasm ${journal}, locking ${locking}, synchronous ${synchronous}`,
    async open(location) {
      const { Database } = require("node-sqlite3-wasm");
      // The bench's processes run one after the other: a lock left by the SIGKILLed writer is
      // stale (the store clears it the same way, after checking its owner is gone).
      rmSync(join(location, "journal.db.lock"), { recursive: true, force: true });
      const db = new Database(join(location, "journal.db"));
      db.exec(`PRAGMA locking_mode = ${locking}`);
      db.exec(`PRAGMA journal_mode = ${journal}`);
      db.exec(`PRAGMA synchronous = ${synchronous}`);
      const statements = new Map();
      const prepared = (sql) => {
        const text = sql.replace(/\$(\d+)/g, "?$1");
        if (!statements.has(text)) statements.set(text, db.prepare(text));
        return statements.get(text);
      };
      return {
        run: async (sql, params) => prepared(sql).run(params),
        all: async (sql, params) => prepared(sql).all(params),
        exec: async (sql) => db.exec(sql),
        close: async () => {
          for (const statement of statements.values()) statement.finalize();
          db.close();
        },
      };
    },
  };
}

// ---- child side: one engine, one task, results as one JSON line on stdout ----

async function child(engineName, task, location, extra) {
  const engine = ENGINES[engineName];
  const started = performance.now();
  const store = await engine.open(location);
  if (task === "prepare") {
    await store.exec(SCHEMA);
    await store.run(UPSERT, callParams("warm", 0));
    await store.close();
    return { ms: performance.now() - started };
  }
  if (task === "open") {
    await store.all("SELECT count(*) AS n FROM calls");
    const ms = performance.now() - started;
    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    await store.close();
    return { ms, rssMb };
  }
  if (task === "write") {
    const writes = Number(extra);
    const samples = [];
    const id = `w_${randomBytes(4).toString("hex")}`;
    for (let seq = 0; seq < writes + 200; seq++) {
      const params = callParams(id, seq);
      const t0 = performance.now();
      await store.run(UPSERT, params);
      if (seq >= 200) samples.push(performance.now() - t0);
    }
    await store.close();
    return { samples };
  }
  if (task === "crash") {
    // Acknowledges each committed row on stdout; the parent kills us mid-stream.
    for (let seq = 0; ; seq++) {
      await store.run(UPSERT, callParams("crash", seq));
      process.stdout.write(`ack ${seq}\n`);
      if (seq % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (task === "count") {
    const rows = await store.all(
      "SELECT count(*) AS n FROM calls WHERE execution_id = $1 AND seq < $2",
      ["crash", Number(extra)],
    );
    await store.close();
    return { present: Number(rows[0].n ?? rows[0].count) };
  }
  throw new Error(`unknown task ${task}`);
}

if (process.argv[2] === "--child") {
  const [engineName, task, location, extra] = process.argv.slice(3);
  const result = await child(engineName, task, location, extra);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// ---- parent side ----

function runChild(engineName, task, location, extra = "") {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Opens run as `codemode run` does: a one-shot process keeps WebAssembly on its baseline
    // tier, or it would wait at exit for optimised code it never uses.
    const child = spawn(
      process.execPath,
      [
        ...(task === "open" ? ["--liftoff-only"] : []),
        SELF,
        "--child",
        engineName,
        task,
        location,
        extra,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`${engineName} ${task}: exit ${code}\n${stderr}`));
      const result = JSON.parse(stdout.trim().split("\n").pop());
      resolve({ ...result, processMs: performance.now() - started });
    });
  });
}

/** Starts the crash writer, SIGKILLs it after `acks` acknowledgements; returns how many it saw. */
function crashAfter(engineName, location, acks) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SELF, "--child", engineName, "crash", location], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let seen = 0;
    let partial = "";
    child.stdout.on("data", (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop();
      seen += lines.filter((line) => line.startsWith("ack ")).length;
      if (seen >= acks) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve(seen));
  });
}

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

const writes = Number(argument("writes", 2000));
const opens = Number(argument("opens", 5));
const only = argument("only", "");
const ms = (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

const rows = [];
for (const [name, engine] of Object.entries(ENGINES)) {
  if (only && !name.startsWith(only)) continue;
  const isPostgres = name === "postgres";
  const location = isPostgres
    ? `bench_store_${randomBytes(4).toString("hex")}`
    : mkdtempSync(join(tmpdir(), `store-engine-${name}-`));
  try {
    process.stderr.write(`${engine.label}: preparing…\n`);
    const prepared = await runChild(name, "prepare", location);
    const openRuns = [];
    for (let run = 0; run < opens; run++) openRuns.push(await runChild(name, "open", location));
    process.stderr.write(`${engine.label}: writing…\n`);
    const { samples } = await runChild(name, "write", location, String(writes));
    const latency = summary(samples);
    process.stderr.write(`${engine.label}: crashing…\n`);
    const acknowledged = await crashAfter(name, location, 300);
    const { present } = await runChild(name, "count", location, String(acknowledged));
    rows.push({
      engine: engine.label,
      create: ms(prepared.ms),
      open: ms(summary(openRuns.map((run) => run.ms)).median),
      process: ms(summary(openRuns.map((run) => run.processMs)).median),
      rss: `${summary(openRuns.map((run) => run.rssMb)).median.toFixed(0)} MB`,
      p50: ms(latency.median),
      p90: ms(latency.p90),
      durable: `${present}/${acknowledged}`,
    });
  } catch (error) {
    rows.push({ engine: engine.label, error: error.message.split("\n")[0] });
  } finally {
    if (isPostgres) {
      const pg = require("pg");
      const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS ${location} CASCADE`).catch(() => {});
      await pool.end();
    } else rmSync(location, { recursive: true, force: true });
  }
}

console.log(
  `\nJournal store engines: Node ${process.version}, ${writes} upserts of one call record, ${opens} fresh-process opens, SIGKILL after 300 acknowledged upserts\n`,
);
console.log(
  "| engine | create (first open) | open existing (in process) | whole process | RSS after open | upsert p50 | upsert p90 | acknowledged rows after SIGKILL |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) {
  if (row.error) console.log(`| ${row.engine} | failed: ${row.error} | | | | | | |`);
  else
    console.log(
      `| ${row.engine} | ${row.create} | ${row.open} | ${row.process} | ${row.rss} | ${row.p50} | ${row.p90} | ${row.durable} |`,
    );
}
