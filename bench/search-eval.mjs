// Search quality on a labelled set of tasks: recall@1, recall@5 and MRR of `cm.search` (the
// function behind `codemode search`, the MCP `search` tool and `codemode.search()`) over the
// GitHub REST API and the Petstore, against the built library. `npm run build` first.
//   node bench/search-eval.mjs [--misses] [--json]
import { readFileSync } from "node:fs";
import { createCodeMode } from "../dist/index.js";
import { evaluateSearch } from "../dist/search/search-eval.js";
import { connectorsFor, evalOperations } from "./search-eval-operations.mjs";

const { tasks } = JSON.parse(
  readFileSync(new URL("../test/fixtures/search-eval/tasks.json", import.meta.url), "utf8"),
);
const operations = evalOperations();
const cm = await createCodeMode({ connectors: connectorsFor(operations), typecheck: false });
try {
  const started = performance.now();
  const evaluation = await evaluateSearch((query) => cm.search(query, { limit: 10 }), tasks);
  const msPerQuery = (performance.now() - started) / tasks.length;
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ operations: operations.length, ...evaluation, msPerQuery }));
  } else {
    console.log(`${tasks.length} tasks over ${operations.length} operations`);
    console.log(`recall@1 ${evaluation.recallAt1.toFixed(3)}`);
    console.log(`recall@5 ${evaluation.recallAt5.toFixed(3)}`);
    console.log(`MRR      ${evaluation.mrr.toFixed(3)}`);
    console.log(`${msPerQuery.toFixed(1)} ms per query (search and signatures of 10 results)`);
    if (process.argv.includes("--misses")) {
      for (const miss of evaluation.misses)
        console.log(
          `  ${miss.rank ?? "-"}\t${miss.query}\n\t  want ${miss.expected.join(" | ")}\n\t  got  ${miss.top.join(", ")}`,
        );
    }
  }
} finally {
  await cm.close();
}
