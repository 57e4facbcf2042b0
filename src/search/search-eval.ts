import type { SearchHit } from "../core/discovery.js";

/** One labelled task: what a user would type, and the operation paths that do it. */
export interface SearchTask {
  query: string;
  expected: string[];
}

export interface SearchEvaluation {
  tasks: number;
  /** Share of tasks whose first result is an expected operation. */
  recallAt1: number;
  /** Share of tasks with an expected operation among the first five results. */
  recallAt5: number;
  /** Mean reciprocal rank of the first expected operation (0 when not in the first `depth`). */
  mrr: number;
  /** Tasks whose first result is not expected: the rank found (or null) and what came first. */
  misses: { query: string; expected: string[]; rank: number | null; top: string[] }[];
}

/**
 * Scores a search function against labelled tasks: recall@1, recall@5 and MRR over the first
 * `depth` results.
 *
 * @example
 * const evaluation = await evaluateSearch((q) => cm.search(q, { limit: 10 }), tasks);
 * evaluation.recallAt5; // 0.95
 */
export async function evaluateSearch(
  search: (query: string) => Promise<SearchHit[]>,
  tasks: readonly SearchTask[],
): Promise<SearchEvaluation> {
  let first = 0;
  let topFive = 0;
  let reciprocal = 0;
  const misses: SearchEvaluation["misses"] = [];
  for (const task of tasks) {
    const paths = (await search(task.query)).map((hit) => hit.path);
    const index = paths.findIndex((path) => task.expected.includes(path));
    if (index === 0) first++;
    if (index >= 0 && index < 5) topFive++;
    if (index >= 0) reciprocal += 1 / (index + 1);
    if (index !== 0) {
      misses.push({
        query: task.query,
        expected: task.expected,
        rank: index >= 0 ? index + 1 : null,
        top: paths.slice(0, 3),
      });
    }
  }
  const count = Math.max(1, tasks.length);
  const round = (value: number) => Math.round((value / count) * 1000) / 1000;
  return {
    tasks: tasks.length,
    recallAt1: round(first),
    recallAt5: round(topFive),
    mrr: round(reciprocal),
    misses,
  };
}
