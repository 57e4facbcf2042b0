/** The config's servers for the five APIs of the second search evaluation. */
export function evalServers(): Record<string, { openapi: string; baseUrl: string }>;
/** The labelled requests of one half. */
export function evalTasks(half: "tuning" | "holdout"): { query: string; expected: string[] }[];
export const EVAL_APIS: string[];
/** The requests over two specs outside the evaluation (never tuned on), and their servers. */
export function unseenSet(): {
  servers: Record<string, { openapi: string; baseUrl: string }>;
  tasks: { query: string; expected: string[] }[];
};
