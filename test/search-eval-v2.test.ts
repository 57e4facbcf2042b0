import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evalServers, evalTasks, unseenSet } from "../bench/search-eval-v2-catalog.mjs";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { evaluateSearch, type SearchTask } from "../src/search/search-eval.js";

// The second evaluation (bench/search-eval-v2.mjs): requests phrased as users speak, over five
// real APIs. These figures are where the ranking stands; a change that loses more than 0.03 of
// either fails here. Raise them when the ranking improves (measured on 8 December 2026, with the
// thesaurus of docs/decisions/0026-search-phrasings-and-first-search.md; 0.459 / 0.468 recall@5
// before that round). Held-out recall@5 measured 0.484 with the thesaurus; 0.5 is kept.
const COMMITTED = {
  tuning: { recallAt1: 0.328, recallAt5: 0.557, mrr: 0.42 },
  holdout: { recallAt1: 0.258, recallAt5: 0.5, mrr: 0.366 },
} as const;
/** Two specs outside the evaluation, in a catalog of their own, never tuned on. */
const UNSEEN = { recallAt1: 0.577, recallAt5: 0.846, mrr: 0.669 } as const;
const SLACK = 0.03;

describe("search quality on requests phrased as users speak (five APIs, 2,543 operations)", () => {
  let cm: CodeMode;
  const halves = {
    tuning: evalTasks("tuning") as SearchTask[],
    holdout: evalTasks("holdout") as SearchTask[],
  };

  beforeAll(async () => {
    cm = await createCodeMode({ config: { servers: evalServers() }, typecheck: false });
  }, 120_000);
  afterAll(async () => {
    await cm?.close();
  });

  it("has at least 240 labelled requests over five APIs, labels that exist, and halves that do not overlap", () => {
    const paths = new Set(cm.operations().map((op) => `${op.namespace}.${op.name}`));
    const all = [...halves.tuning, ...halves.holdout];
    expect(all.length).toBeGreaterThanOrEqual(240);
    const apis = new Set(all.flatMap((task) => task.expected.map((path) => path.split(".")[0])));
    expect([...apis].sort()).toEqual(["github", "jira", "slack", "stripe", "twilio"]);
    for (const task of all) {
      expect(task.expected.length, task.query).toBeGreaterThan(0);
      for (const path of task.expected) expect(paths, task.query).toContain(path);
    }
    const tuned = new Set(halves.tuning.map((task) => task.query.toLowerCase()));
    for (const task of halves.holdout) expect(tuned).not.toContain(task.query.toLowerCase());
  });

  for (const half of ["tuning", "holdout"] as const) {
    it(`keeps the ${half} half at its committed figures (within ${SLACK})`, async () => {
      const evaluation = await evaluateSearch(
        (query) => cm.search(query, { limit: 10 }),
        halves[half],
      );
      console.log(
        `search eval v2 ${half}: recall@1 ${evaluation.recallAt1.toFixed(3)}, recall@5 ${evaluation.recallAt5.toFixed(3)}, MRR ${evaluation.mrr.toFixed(3)} over ${evaluation.tasks} requests`,
      );
      expect(evaluation.recallAt1).toBeGreaterThanOrEqual(COMMITTED[half].recallAt1 - SLACK);
      expect(evaluation.recallAt5).toBeGreaterThanOrEqual(COMMITTED[half].recallAt5 - SLACK);
      expect(evaluation.mrr).toBeGreaterThanOrEqual(COMMITTED[half].mrr - SLACK);
    });
  }
});

describe("search quality on two specs nobody tuned on (Train Travel and ReadMe)", () => {
  it(`keeps its committed figures (within ${SLACK})`, async () => {
    const { servers, tasks } = unseenSet();
    const cm = await createCodeMode({ config: { servers }, typecheck: false });
    try {
      const evaluation = await evaluateSearch(
        (query) => cm.search(query, { limit: 10 }),
        tasks as SearchTask[],
      );
      console.log(
        `search eval unseen: recall@1 ${evaluation.recallAt1.toFixed(3)}, recall@5 ${evaluation.recallAt5.toFixed(3)}, MRR ${evaluation.mrr.toFixed(3)} over ${evaluation.tasks} requests`,
      );
      expect(evaluation.tasks).toBeGreaterThanOrEqual(20);
      expect(evaluation.recallAt1).toBeGreaterThanOrEqual(UNSEEN.recallAt1 - SLACK);
      expect(evaluation.recallAt5).toBeGreaterThanOrEqual(UNSEEN.recallAt5 - SLACK);
      expect(evaluation.mrr).toBeGreaterThanOrEqual(UNSEEN.mrr - SLACK);
    } finally {
      await cm.close();
    }
  });
});
