import type { ExecutionResult } from "../core/executions.js";

/** The part of a `generateText`/`streamText` result this reads: each step's tool results. */
export interface StepsWithToolResults {
  steps: ReadonlyArray<{
    toolResults: ReadonlyArray<{ toolName: string; output?: unknown }>;
  }>;
}

/**
 * The executions that a conversation turn left paused, each with its `pending` calls: what the
 * app asks a person about before `cm.approve`/`cm.reject`. An execution read again later in the
 * same turn (`execute` with `{executionId}`) counts as it was last seen.
 *
 * @example
 * for (const execution of pausedExecutions(result))
 *   for (const call of execution.pending ?? []) await cm.approve(call.approvalId, { by: "ada" });
 */
export function pausedExecutions(result: StepsWithToolResults): ExecutionResult[] {
  const latest = new Map<string, ExecutionResult>();
  for (const step of result.steps)
    for (const toolResult of step.toolResults) {
      if (toolResult.toolName !== "execute" || !isExecutionResult(toolResult.output)) continue;
      latest.delete(toolResult.output.executionId); // re-inserted last: newest state, newest order
      latest.set(toolResult.output.executionId, toolResult.output);
    }
  return [...latest.values()].filter((execution) => execution.status === "paused");
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ExecutionResult).executionId === "string" &&
    typeof (value as ExecutionResult).status === "string"
  );
}
