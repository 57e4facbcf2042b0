import type { SearchHit } from "./discovery.js";
import { isCodemodeError } from "./errors.js";
import type { ExecutionResult } from "./executions.js";
import type { ToolName } from "./tools.js";

/** A tool's output as a model reads it: text, and whether it reports a failure. */
export interface ToolOutputText {
  text: string;
  isError: boolean;
}

/**
 * The text of `search`, `describe` or `execute` output, the same for every model client (the MCP
 * gateway, the AI SDK tools, OpenAI and Anthropic tool calls).
 *
 * @example
 * toolOutputText("execute", await cm.execute("return 1 + 1"), {}); // { text: "Result:\n2", isError: false }
 */
export function toolOutputText(name: ToolName, output: unknown, input: unknown): ToolOutputText {
  if (name === "search")
    return { text: searchHitsText(output as SearchHit[], fieldOf(input, "query")), isError: false };
  if (name === "describe") return { text: String(output), isError: false };
  const execution = output as ExecutionResult;
  return { text: executionText(execution), isError: isFailedExecution(execution) };
}

/** Console output, then the result, the pause (what waits, and not to retry) or the error. */
export function executionText(execution: ExecutionResult): string {
  const parts: string[] = [];
  if (execution.logs.length > 0) parts.push(`Console output:\n${execution.logs.join("\n")}`);
  if (execution.status === "completed") {
    parts.push(
      execution.result === undefined
        ? "Completed; the script returned nothing."
        : `Result:\n${formatResult(execution.result)}`,
    );
  } else if (execution.status === "paused") {
    const waiting = (execution.pending ?? []).map((call) => `- ${call.summary}`).join("\n");
    parts.push(
      `Paused: waiting for a person to approve:\n${waiting}\nNothing after that point ran. Tell the user; do not retry. Call execute with {"executionId":"${execution.executionId}"} later for the outcome.`,
    );
  } else if (execution.status === "running") {
    parts.push(
      `Still running${execution.waitingOn?.length ? `, waiting on ${execution.waitingOn.join(", ")}` : ""}. Call execute with {"executionId":"${execution.executionId}"} to wait for the outcome.`,
    );
  } else if (execution.error) {
    const { name, message, line, column, script } = execution.error;
    const where = line
      ? ` at line ${line}${column ? `:${column}` : ""}${script ? ` of scripts.${script}` : ""}`
      : "";
    parts.push(`Failed: ${name}${where}: ${message}`);
  }
  if (execution.saved) parts.push(execution.saved.message);
  return parts.join("\n\n");
}

/** A failed or rejected execution: a model client marks its result as an error. */
export function isFailedExecution(execution: ExecutionResult): boolean {
  return execution.status === "failed" || execution.status === "rejected";
}

/** Ranked hits, one signature and description each, or what to try when nothing matches. */
export function searchHitsText(hits: SearchHit[], query: unknown): string {
  if (hits.length === 0)
    return `Nothing matches "${String(query)}". Try other words, or describe a namespace to see all of it.`;
  return hits
    .map(
      (hit) =>
        `${hit.signature}\n  ${hit.http ? `${hit.http}: ` : ""}${hit.description}${approvalNote(hit.approval)}`,
    )
    .join("\n");
}

const APPROVAL_NOTES = {
  ask: "waits for a person's approval",
  block: "blocked by the policy",
  depends: "may wait for approval",
} as const;

/** ` [waits for a person's approval]`, for hits whose calls do not simply run. */
export function approvalNote(approval: SearchHit["approval"]): string {
  return approval ? ` [${APPROVAL_NOTES[approval.action]}]` : "";
}

/**
 * The text of a tool that threw: a codemode error's own message (it says what to do), anything
 * else as `${source} failed: …`.
 */
export function toolErrorText(error: unknown, source: string): string {
  if (isCodemodeError(error)) return error.message;
  return `${source} failed: ${error instanceof Error ? error.message : String(error)}`;
}

function formatResult(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

function fieldOf(input: unknown, key: string): unknown {
  return typeof input === "object" && input !== null
    ? (input as Record<string, unknown>)[key]
    : undefined;
}
