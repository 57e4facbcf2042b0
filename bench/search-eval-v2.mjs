#!/usr/bin/env node
// The search evaluation: requests written the way end users speak about their own account (by
// writers who were given the products' public concepts, not the specs), labelled with every
// operation that answers them, over five real APIs in one catalog (bench/search-eval-v2-catalog.mjs).
// Split once, before any tuning, into a tuning half and a held-out half.
//   npm run build && node bench/search-eval-v2.mjs [--half tuning|holdout|unseen] [--misses] [--json]
// "unseen" is a small set over two specs outside the evaluation (test/fixtures/search-eval-v2/
// unseen.json), searched in the same catalog: a check of generalisation nobody tuned on.
// Reports recall@1, recall@5, MRR and query latency of each ranking:
//   lexical             the default: codemode's BM25 ranking alone
//   lexical + WordNet   search: { wordnet: true }: a word the catalog does not use is widened with
//                       WordNet's nouns for it
//   + embeddings        the lexical ranking fused with an embeddings API, when one is configured:
//                       CODEMODE_EVAL_EMBED_MODEL (and CODEMODE_EVAL_EMBED_BASE_URL, an
//                       OpenAI-format server; CODEMODE_EVAL_EMBED_KEY), vectors cached in
//                       .codemode/cache/search/ (the query's embedding call is in its latency)
//   + offline encoder   with --offline: search: { embed: "offline" }, the packaged Universal
//                       Sentence Encoder lite in-process (its optional packages installed), vectors
//                       cached in .codemode/cache/search/
//   plain BM25          MiniSearch's defaults over each operation's name, path and description
import MiniSearch from "minisearch";
import { createCodeMode } from "../dist/index.js";
import { evaluateSearch } from "../dist/search/search-eval.js";
import { evalServers, evalTasks, unseenSet } from "./search-eval-v2-catalog.mjs";
import { spread } from "./stats.mjs";

const halfIndex = process.argv.indexOf("--half");
const half = halfIndex >= 0 ? process.argv[halfIndex + 1] : "all";
const halves = half === "all" ? ["tuning", "holdout", "unseen"] : [half];

const unseen = unseenSet();
const embedModel = process.env.CODEMODE_EVAL_EMBED_MODEL;
const withOffline = process.argv.includes("--offline");
const opened = [];

/** Each ranking over one catalog. */
async function rankersFor(servers) {
  const open = async (options) => {
    const cm = await createCodeMode({ config: { servers }, typecheck: false, ...options });
    opened.push(cm);
    return cm;
  };
  const lexical = await open({});
  const offline = await open({ search: { wordnet: true } });
  const embedded = embedModel
    ? await open({
        config: {
          servers,
          search: {
            embed: {
              provider: "openai",
              model: embedModel,
              ...(process.env.CODEMODE_EVAL_EMBED_BASE_URL
                ? { baseURL: process.env.CODEMODE_EVAL_EMBED_BASE_URL }
                : {}),
              ...(process.env.CODEMODE_EVAL_EMBED_KEY
                ? { apiKey: process.env.CODEMODE_EVAL_EMBED_KEY }
                : {}),
            },
          },
        },
      })
    : undefined;
  const encoder = withOffline
    ? await open({ search: { embed: "offline" }, store: ".codemode-eval" })
    : undefined;
  const operations = lexical.operations().filter((operation) => operation.name !== "request");
  const bm25 = new MiniSearch({ fields: ["name", "path", "description"], storeFields: [] });
  bm25.addAll(
    operations.map((operation, id) => ({
      id,
      name: operation.name.replace(/([a-z])([A-Z])/g, "$1 $2"),
      path: `${operation.source.method ?? ""} ${operation.source.path ?? ""}`.replace(
        /[/{}_]/g,
        " ",
      ),
      description: operation.description ?? "",
    })),
  );
  return {
    operations: operations.length,
    rankers: {
      "lexical (default)": (query) => lexical.search(query, { limit: 10 }),
      "lexical + WordNet": (query) => offline.search(query, { limit: 10 }),
      ...(embedded
        ? { [`lexical + ${embedModel}`]: (query) => embedded.search(query, { limit: 10 }) }
        : {}),
      ...(encoder
        ? { "lexical + offline encoder": (query) => encoder.search(query, { limit: 10 }) }
        : {}),
      "plain BM25": async (query) =>
        bm25
          .search(query, { fuzzy: false, prefix: false, combineWith: "OR" })
          .slice(0, 10)
          .map((result) => {
            const operation = operations[result.id];
            return { path: `${operation.namespace}.${operation.name}` };
          }),
    },
  };
}

const reports = [];
const catalogs = {};
try {
  for (const name of halves) {
    const tasks = name === "unseen" ? unseen.tasks : evalTasks(name);
    const key = name === "unseen" ? "unseen" : "five";
    catalogs[key] ??= await rankersFor(
      name === "unseen" ? { ...evalServers(), ...unseen.servers } : evalServers(),
    );
    const { rankers, operations } = catalogs[key];
    for (const [ranker, search] of Object.entries(rankers)) {
      for (const task of tasks) await search(task.query);
      const times = [];
      const timed = async (query) => {
        const started = performance.now();
        const hits = await search(query);
        times.push(performance.now() - started);
        return hits;
      };
      const evaluation = await evaluateSearch(timed, tasks);
      reports.push({
        half: name,
        ranker,
        operations,
        ...evaluation,
        latency: spread(times),
      });
    }
  }
} finally {
  await Promise.all(opened.map((cm) => cm.close()));
}

if (process.argv.includes("--json")) console.log(JSON.stringify(reports, null, 2));
else {
  console.log(
    "Five APIs (GitHub, Stripe, Jira, Slack, Twilio); unseen: Train Travel and ReadMe added to them\n",
  );
  if (!embedModel)
    console.log("(no embedder configured: set CODEMODE_EVAL_EMBED_MODEL to add its ranking)\n");
  console.log(
    "| half | ranking | operations | tasks | recall@1 | recall@5 | MRR | query p50 (p10 – p90) |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const report of reports)
    console.log(
      `| ${report.half} | ${report.ranker} | ${report.operations} | ${report.tasks} | ${report.recallAt1.toFixed(3)} | ${report.recallAt5.toFixed(3)} | ${report.mrr.toFixed(3)} | ${report.latency.median.toFixed(2)} ms (${report.latency.p10.toFixed(2)} – ${report.latency.p90.toFixed(2)}) |`,
    );
  if (process.argv.includes("--misses"))
    for (const report of reports.filter(
      (entry) => entry.ranker.endsWith("(default)") && entry.half !== "holdout",
    ))
      for (const miss of report.misses)
        console.log(
          `  ${report.half} ${miss.rank ?? "-"}\t${miss.query}\n\t  want ${miss.expected.join(" | ")}\n\t  got  ${miss.top.join(", ")}`,
        );
}
