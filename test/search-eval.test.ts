import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorsFor, evalOperations } from "../bench/search-eval-operations.mjs";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { evaluateSearch, type SearchTask } from "../src/search/search-eval.js";
import { processTerm, stem } from "../src/search/terms.js";

const { tasks } = JSON.parse(
  readFileSync(new URL("fixtures/search-eval/tasks.json", import.meta.url), "utf8"),
) as { tasks: SearchTask[] };

describe("search quality on the labelled GitHub and Petstore tasks", () => {
  let cm: CodeMode;
  beforeAll(async () => {
    cm = await createCodeMode({ connectors: connectorsFor(evalOperations()), typecheck: false });
  }, 60_000);
  afterAll(async () => {
    await cm?.close();
  });

  it("labels only operations that exist", () => {
    const paths = new Set(cm.operations().map((op) => `${op.namespace}.${op.name}`));
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    for (const task of tasks) for (const path of task.expected) expect(paths).toContain(path);
  });

  it("keeps recall@1, recall@5 and MRR at the measured level (see docs/decisions/0010-search.md)", async () => {
    const evaluation = await evaluateSearch((query) => cm.search(query, { limit: 10 }), tasks);
    console.log(
      `search eval: recall@1 ${evaluation.recallAt1}, recall@5 ${evaluation.recallAt5}, MRR ${evaluation.mrr} over ${evaluation.tasks} tasks`,
    );
    // Measured 0.604 / 0.896 / 0.713; the target of 0.9 for recall@5 is not reached yet.
    expect(evaluation.recallAt1).toBeGreaterThanOrEqual(0.6);
    expect(evaluation.recallAt5).toBeGreaterThanOrEqual(0.89);
    expect(evaluation.mrr).toBeGreaterThanOrEqual(0.7);
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
