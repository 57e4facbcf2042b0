import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorsFor, evalOperations } from "../bench/search-eval-operations.mjs";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { evaluateSearch, type SearchTask } from "../src/search/search-eval.js";
import { processTerm, stem } from "../src/search/terms.js";

const readTasks = (name: string) =>
  (
    JSON.parse(
      readFileSync(new URL(`fixtures/search-eval/${name}.json`, import.meta.url), "utf8"),
    ) as { tasks: SearchTask[] }
  ).tasks;
/** The set the ranking is tuned on. */
const tasks = readTasks("tasks");
/** Written before tuning, its misses not inspected while tuning: shows whether a change carries over. */
const holdout = readTasks("holdout");

describe("search quality on the labelled GitHub and Petstore tasks", () => {
  let cm: CodeMode;
  beforeAll(async () => {
    cm = await createCodeMode({ connectors: connectorsFor(evalOperations()), typecheck: false });
  }, 60_000);
  afterAll(async () => {
    await cm?.close();
  });

  it("labels only operations that exist, and no held-out task repeats a tuned one", () => {
    const paths = new Set(cm.operations().map((op) => `${op.namespace}.${op.name}`));
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    expect(holdout.length).toBeGreaterThanOrEqual(30);
    for (const task of [...tasks, ...holdout])
      for (const path of task.expected) expect(paths).toContain(path);
    const tuned = new Set(tasks.map((task) => task.query.toLowerCase()));
    for (const task of holdout) expect(tuned).not.toContain(task.query.toLowerCase());
  });

  it("keeps recall@1, recall@5 and MRR at the measured level (see docs/decisions/0010-search.md)", async () => {
    const evaluation = await evaluateSearch((query) => cm.search(query, { limit: 10 }), tasks);
    console.log(
      `search eval: recall@1 ${evaluation.recallAt1}, recall@5 ${evaluation.recallAt5}, MRR ${evaluation.mrr} over ${evaluation.tasks} tasks`,
    );
    // Measured 0.698 / 0.969 / 0.796 (0.677 / 0.958 / 0.785 before the thesaurus).
    expect(evaluation.recallAt1).toBeGreaterThanOrEqual(0.69);
    expect(evaluation.recallAt5).toBeGreaterThanOrEqual(0.96);
    expect(evaluation.mrr).toBeGreaterThanOrEqual(0.79);
  });

  it("keeps the held-out tasks at their measured level", async () => {
    const evaluation = await evaluateSearch((query) => cm.search(query, { limit: 10 }), holdout);
    console.log(
      `search holdout: recall@1 ${evaluation.recallAt1}, recall@5 ${evaluation.recallAt5}, MRR ${evaluation.mrr} over ${evaluation.tasks} tasks`,
    );
    // Measured 0.615 / 0.942 / 0.751 (0.577 / 0.904 / 0.716 before the thesaurus; 0.462 / 0.788
    // / 0.607 before the tuning of 0010).
    expect(evaluation.recallAt1).toBeGreaterThanOrEqual(0.61);
    expect(evaluation.recallAt5).toBeGreaterThanOrEqual(0.94);
    expect(evaluation.mrr).toBeGreaterThanOrEqual(0.75);
  });

  it("is the same search for scripts: codemode.search() inside the sandbox", async () => {
    const result = await cm.execute(
      "const hits = await codemode.search('merge a pull request', { limit: 3 }); return hits.map((h) => h.path)",
    );
    expect(result.status).toBe("completed");
    expect(result.result).toEqual(
      (await cm.search("merge a pull request", { limit: 3 })).map((hit) => hit.path),
    );
    expect(result.result).toContain("github.pullsMerge");
  });
});

describe("search terms", () => {
  it("meets plural, past and -ing forms on one stem", () => {
    expect(stem("repositories")).toBe(stem("repository"));
    expect(stem("starred")).toBe(stem("star"));
    expect(stem("merged")).toBe(stem("merge"));
    expect(stem("merging")).toBe(stem("merges"));
    expect(stem("protection")).toBe(stem("protect"));
    expect(stem("status")).toBe("status");
    expect(stem("pull")).toBe("pull");
  });

  it("drops stop words and spells out abbreviations", () => {
    expect(processTerm("the")).toEqual([]);
    expect(processTerm("PRs")).toEqual(["pull", stem("request")]);
    expect(processTerm("repo")).toEqual(processTerm("repositories"));
    expect(processTerm("my")).toEqual([stem("authenticated")]);
  });
});
