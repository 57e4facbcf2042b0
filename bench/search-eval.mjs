// Search quality on a labelled set of tasks: recall@1, recall@5 and MRR of `cm.search` (the
// function behind `codemode search`, the MCP `search` tool and `codemode.search()`) over the
// GitHub REST API and the Petstore, against the built library. `npm run build` first.
//   node bench/search-eval.mjs [--set tasks|holdout|all] [--misses] [--json]
// `tasks` (the default) is the set the ranking was tuned on; `holdout` was written before tuning
// and is never tuned on, to show whether a change carries over.
import { readFileSync } from "node:fs";
import { createCodeMode } from "../dist/index.js";
import { evaluateSearch } from "../dist/search/search-eval.js";
import { connectorsFor, evalOperations } from "./search-eval-operations.mjs";
import { spread } from "./stats.mjs";

const SETS = ["tasks", "holdout"];
const setIndex = process.argv.indexOf("--set");
const chosen = setIndex >= 0 ? process.argv[setIndex + 1] : "tasks";
if (chosen !== "all" && !SETS.includes(chosen ?? "")) {
  console.error(`--set takes one of ${[...SETS, "all"].join(", ")}`);
  process.exit(2);
}
const readSet = (name) =>
  JSON.parse(
    readFileSync(new URL(`../test/fixtures/search-eval/${name}.json`, import.meta.url), "utf8"),
  ).tasks;

const operations = evalOperations();
const cm = await createCodeMode({ connectors: connectorsFor(operations), typecheck: false });
try {
  const reports = [];
  for (const name of chosen === "all" ? SETS : [chosen]) {
    const tasks = readSet(name);
    const times = [];
    const timed = async (query) => {
      const started = performance.now();
      const hits = await cm.search(query, { limit: 10 });
      times.push(performance.now() - started);
      return hits;
    };
    // One warm-up pass so that the median measures the index, not the JIT.
    for (const task of tasks) await cm.search(task.query, { limit: 10 });
    const evaluation = await evaluateSearch(timed, tasks);
    const latency = spread(times);
    const meanMs = times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length);
    reports.push({
      set: name,
      operations: operations.length,
      ...evaluation,
      medianMs: latency.median,
      p10Ms: latency.p10,
      p90Ms: latency.p90,
      meanMs,
    });
  }
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(chosen === "all" ? reports : reports[0]));
  } else {
    for (const report of reports) {
      console.log(`${report.set}: ${report.tasks} tasks over ${report.operations} operations`);
      console.log(`recall@1 ${report.recallAt1.toFixed(3)}`);
      console.log(`recall@5 ${report.recallAt5.toFixed(3)}`);
      console.log(`MRR      ${report.mrr.toFixed(3)}`);
      console.log(
        `${report.medianMs.toFixed(2)} ms median, ${report.meanMs.toFixed(2)} ms mean per query (search and signatures of 10 results)`,
      );
      if (process.argv.includes("--misses")) {
        for (const miss of report.misses)
          console.log(
            `  ${miss.rank ?? "-"}\t${miss.query}\n\t  want ${miss.expected.join(" | ")}\n\t  got  ${miss.top.join(", ")}`,
          );
      }
    }
  }
} finally {
  await cm.close();
}
