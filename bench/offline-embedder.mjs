#!/usr/bin/env node
// The offline embedder's costs, in a fresh process each time it is run:
//   npm run build && node bench/offline-embedder.mjs [--catalog] [--queries 20]
// load     importing the packages and loading the weights (the first embed of one short text)
// query    one request embedded, warm (median of distinct requests from the evaluation)
// catalog  with --catalog: every operation of the evaluation's five APIs embedded, as the first
//          search does once before the vector cache holds them
// memory   the process's RSS and the heap after each step
import { createCodeMode } from "../dist/index.js";
import { offlineEmbedder } from "../dist/search/offline-embedder.js";
import { operationText } from "../dist/search/semantic-search.js";
import { evalServers, evalTasks } from "./search-eval-v2-catalog.mjs";
import { spread } from "./stats.mjs";

const countIndex = process.argv.indexOf("--queries");
const queryCount = countIndex >= 0 ? Number(process.argv[countIndex + 1]) : 20;
const megabytes = (bytes) => Math.round(bytes / 1e6);
const memory = () => {
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss: megabytes(rss), heap: megabytes(heapUsed), external: megabytes(external) };
};

const results = { before: memory() };
const embedder = offlineEmbedder();
let started = performance.now();
await embedder.embed(["hello"]);
results.load = { ms: Math.round(performance.now() - started), memory: memory() };

const queries = evalTasks("tuning")
  .slice(0, queryCount)
  .map((task) => task.query);
const times = [];
for (const query of queries) {
  started = performance.now();
  await embedder.embed([query]);
  times.push(performance.now() - started);
}
const queryTimes = spread(times);
results.query = {
  medianMs: Math.round(queryTimes.median),
  p10Ms: Math.round(queryTimes.p10),
  p90Ms: Math.round(queryTimes.p90),
  memory: memory(),
};

if (process.argv.includes("--catalog")) {
  const cm = await createCodeMode({ config: { servers: evalServers() }, typecheck: false });
  const texts = cm.operations().map(operationText);
  await cm.close();
  started = performance.now();
  await embedder.embed(texts);
  const ms = performance.now() - started;
  results.catalog = {
    operations: texts.length,
    seconds: Math.round(ms / 100) / 10,
    msPerOperation: Math.round((ms / texts.length) * 10) / 10,
    memory: memory(),
  };
}
console.log(JSON.stringify(results, null, 2));
