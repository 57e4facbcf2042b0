#!/usr/bin/env node
// Search latency on the biggest spec of the evaluation (GitHub's REST API, 1,223 operations), the
// 246 requests of the second evaluation as queries:
//   - warm query p50 / p90 of cm.search (ten hits with their signatures), interleaved per query:
//     lexical (the default), lexical + WordNet, lexical + embeddings. The embedder is a stand-in
//     (1,536 dimensions, a fixed pseudo-random vector per text, as text-embedding-3-small gives):
//     this measures codemode's part (vectors, cosine over every operation, fusion), not the
//     embeddings API's round trip, which is the API's own (cached per distinct query);
//   - first search in a fresh process (spec, index and vectors already in the store folder's
//     cache): the time from createCodeMode returning to the first hits, each sample its own
//     process; beside it, the same with nothing cached (the index built by that search).
//   npm run build && node bench/search-latency.mjs [--json] [--runs 5]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCodeMode } from "../dist/index.js";
import { evalTasks } from "./search-eval-v2-catalog.mjs";
import { spread } from "./stats.mjs";

const DIMENSIONS = 1536;
/** A fixed pseudo-random unit vector per text (xorshift seeded by the text's hash). */
export function standInVector(text) {
  let seed = 2166136261;
  for (const char of text) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  const vector = new Array(DIMENSIONS);
  for (let index = 0; index < DIMENSIONS; index++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    vector[index] = ((seed >>> 0) / 4294967296) * 2 - 1;
  }
  return vector;
}

const require = createRequire(import.meta.url);
const spec = require.resolve("@octokit/openapi/generated/api.github.com.json");
const servers = { github: { openapi: spec, baseUrl: "https://github.example.com" } };
const runsIndex = process.argv.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(process.argv[runsIndex + 1]) : 5;

if (process.argv[2] === "--first-search") {
  // A child: one fresh process, store folder given; prints the first search's time.
  const store = process.argv[3];
  const mode = process.argv[4];
  const cm = await createCodeMode({
    config: { servers },
    store,
    typecheck: false,
    openStoreOnFirstUse: true,
    search:
      mode === "embeddings"
        ? { embed: async (texts) => texts.map(standInVector), embedId: "stand-in" }
        : {},
  });
  const started = performance.now();
  await cm.search("who starred my repository", { limit: 10 });
  process.stdout.write(String(performance.now() - started));
  await cm.close();
  process.exit(0);
}

const queries = [...evalTasks("tuning"), ...evalTasks("holdout")].map((task) => task.query);
const store = mkdtempSync(join(tmpdir(), "codemode-search-latency-"));
const embed = async (texts) => texts.map(standInVector);
const subjects = {
  lexical: await createCodeMode({ config: { servers }, store, typecheck: false }),
  "lexical + WordNet": await createCodeMode({
    config: { servers },
    store,
    typecheck: false,
    search: { wordnet: true },
  }),
  "lexical + embeddings": await createCodeMode({
    config: { servers },
    store,
    typecheck: false,
    search: { embed, embedId: "stand-in" },
  }),
};
const names = Object.keys(subjects);
const times = Object.fromEntries(names.map((name) => [name, []]));
try {
  // Warm: every index built, every signature rendered once, every query's vector known.
  for (const name of names) for (const query of queries) await subjects[name].search(query);
  for (let round = 0; round < 3; round++)
    for (const [index, query] of queries.entries())
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(index + turn + round) % names.length];
        const started = performance.now();
        await subjects[name].search(query, { limit: 10 });
        times[name].push(performance.now() - started);
      }
} finally {
  await Promise.all(Object.values(subjects).map((cm) => cm.close()));
}

// The baseline, side by side: the same first search with nothing cached in a new store folder
// (the spec is parsed before the timer starts; the index is built in the timed search).
const first = { lexical: [], "lexical + embeddings": [], "lexical, index not cached": [] };
const script = new URL(import.meta.url).pathname;
for (let run = 0; run < runs; run++)
  for (const [name, mode] of [
    ["lexical", "lexical"],
    ["lexical + embeddings", "embeddings"],
    ["lexical, index not cached", "lexical"],
  ]) {
    const fresh = name.endsWith("not cached");
    const folder = fresh ? mkdtempSync(join(tmpdir(), "codemode-first-")) : store;
    const output = execFileSync(process.execPath, [script, "--first-search", folder, mode], {
      encoding: "utf8",
    });
    first[name].push(Number(output));
    if (fresh) rmSync(folder, { recursive: true, force: true });
  }
rmSync(store, { recursive: true, force: true });

const report = {
  operations: 1223,
  queries: queries.length,
  warm: Object.fromEntries(names.map((name) => [name, spread(times[name])])),
  firstSearch: Object.fromEntries(
    Object.entries(first).map(([name, samples]) => [name, spread(samples)]),
  ),
};
if (process.argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
else {
  console.log(
    `GitHub REST API, ${report.operations} operations, ${report.queries} queries × 3 rounds, interleaved\n`,
  );
  console.log(
    "| ranking | warm query p50 (p10 – p90) | first search, fresh process, p50 (min – max) |",
  );
  console.log("| --- | ---: | ---: |");
  for (const name of [...names, "lexical, index not cached"]) {
    const warm = report.warm[name];
    const cold = report.firstSearch[name];
    console.log(
      `| ${name} | ${warm ? `${warm.median.toFixed(2)} ms (${warm.p10.toFixed(2)} – ${warm.p90.toFixed(2)})` : "–"} | ${cold ? `${cold.median.toFixed(0)} ms (${cold.min.toFixed(0)} – ${cold.max.toFixed(0)})` : "–"} |`,
    );
  }
}
