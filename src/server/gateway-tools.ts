import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { SearchHit } from "../core/discovery.js";
import type { ExecutionResult } from "../core/executions.js";
import { EXECUTION_STATUSES } from "../core/journal.js";
import type { EmittedContent } from "../core/run-data.js";
import {
  executionText,
  isFailedExecution,
  searchHitsText,
  toolErrorText,
} from "../core/tool-output-text.js";
import type { CodeModeTool, ToolCallOptions, ToolName } from "../core/tools.js";
import type { CodeMode } from "../create-code-mode.js";

export type GatewayToolName = ToolName;

/** How many namespaces the search description names before it says "and N more". */
const NAMED_NAMESPACES = 8;

/**
 * The shape of `execute`'s `structuredContent`: the execution result. `result` is whatever JSON
 * the script returned, so a client's validator never rejects a script's own data.
 */
export const EXECUTE_OUTPUT_SCHEMA = {
  type: "object",
  properties: {
    status: {
      type: "string",
      enum: [...EXECUTION_STATUSES],
    },
    pending: {
      type: "array",
      items: {
        type: "object",
        properties: {
          approvalId: { type: "string" },
          path: { type: "string" },
          summary: { type: "string" },
        },
        required: ["approvalId", "path", "summary"],
      },
    },
    executionId: { type: "string" },
    logs: { type: "array", items: { type: "string" } },
    result: { type: ["object", "array", "string", "number", "boolean", "null"] },
    error: {
      type: "object",
      properties: {
        name: { type: "string" },
        message: { type: "string" },
        line: { type: "integer" },
      },
      required: ["name", "message"],
    },
  },
  required: ["status", "executionId", "logs"],
} as const satisfies Tool["outputSchema"];

/**
 * The MCP listing of the gateway: `cm.tools` with a line on what the catalog holds. Its size
 * does not grow with the catalog (a test holds it under 1,000 tokens for 1,000+ operations).
 */
export function gatewayToolListing(codeMode: CodeMode): Tool[] {
  const { search, describe, execute } = codeMode.tools;
  return [
    toMcpTool(search, `${search.description}\n${catalogSummary(codeMode)}`),
    toMcpTool(describe),
    { ...toMcpTool(execute), outputSchema: EXECUTE_OUTPUT_SCHEMA },
  ];
}

function toMcpTool(tool: CodeModeTool, description = tool.description): Tool {
  return {
    name: tool.name,
    description,
    inputSchema: tool.inputSchema as Tool["inputSchema"],
    annotations: tool.annotations,
  };
}

/** "12 operations in crm, shop." or "1,200 operations in 40 namespaces: a, b, … and 32 more." */
export function catalogSummary(codeMode: CodeMode): string {
  const operations = codeMode.operations();
  if (operations.length === 0) return "The catalog is empty: scripts can still compute.";
  const namespaces = [...new Set(operations.map((operation) => operation.namespace))];
  const named = namespaces.slice(0, NAMED_NAMESPACES).join(", ");
  const rest = namespaces.length - NAMED_NAMESPACES;
  const count = operations.length.toLocaleString("en-US");
  return rest > 0
    ? `Catalog: ${count} operations in ${namespaces.length} namespaces: ${named} and ${rest} more.`
    : `Catalog: ${count} operations in ${named}.`;
}

export function isGatewayTool(name: string): name is GatewayToolName {
  return name === "search" || name === "describe" || name === "execute";
}

/**
 * Calls one gateway tool. Every failure, bad arguments included, is a result with
 * `isError: true` and a sentence saying what to do: the model reads it and tries again.
 */
export async function callGatewayTool(
  codeMode: CodeMode,
  name: GatewayToolName,
  args: unknown,
  options: ToolCallOptions & { askApproval?: AskApproval } = {},
): Promise<CallToolResult> {
  let output: unknown;
  try {
    output = await codeMode.tools[name].execute(args ?? {}, options);
    if (name === "execute" && options.askApproval)
      output = await decideInline(codeMode, output as ExecutionResult, options.askApproval);
  } catch (error) {
    return toolError(toolErrorText(error, "The gateway"));
  }
  if (name === "search")
    return textResult(
      searchHitsText(output as SearchHit[], (args as { query?: unknown } | undefined)?.query),
    );
  if (name === "describe") return textResult(String(output));
  return executionToolResult(output as ExecutionResult);
}

/** Asks the person at the client about one pending call: approve, reject (with a reason), or undefined when they did not answer. */
export type AskApproval = (
  pending: NonNullable<ExecutionResult["pending"]>[number],
) => Promise<{ approve: boolean; note?: string } | undefined>;

/** At most this many rounds of inline approval per execute call (a resumed run may pause again). */
const MAX_INLINE_ROUNDS = 10;

/**
 * Decides a paused execution's approvals inline, through the client (MCP elicitation). Each
 * decision resumes the execution once its last approval is decided; a call the person does not
 * answer stays pending, and the paused result goes back to the model.
 */
async function decideInline(
  codeMode: CodeMode,
  execution: ExecutionResult,
  ask: AskApproval,
): Promise<ExecutionResult> {
  let current = execution;
  for (let round = 0; round < MAX_INLINE_ROUNDS && current.status === "paused"; round++) {
    let answered = false;
    for (const pending of current.pending ?? []) {
      const answer = await ask(pending);
      if (!answer) continue;
      answered = true;
      current = answer.approve
        ? await codeMode.approve(pending.approvalId, { by: "mcp-client" })
        : await codeMode.reject(pending.approvalId, answer.note, { by: "mcp-client" });
    }
    if (!answered) break;
  }
  return current;
}

/**
 * Console output, then the result or the error; the whole result as `structuredContent`. What
 * the script emitted for the user follows as content blocks annotated for the user alone.
 */
export function executionToolResult(execution: ExecutionResult): CallToolResult {
  const { emitted, ...forModel } = execution;
  return {
    content: [{ type: "text", text: executionText(forModel) }, ...userContent(emitted ?? [])],
    structuredContent: structured(forModel),
    ...(isFailedExecution(execution) ? { isError: true } : {}),
  };
}

function userContent(emitted: readonly EmittedContent[]): CallToolResult["content"] {
  const annotations = { audience: ["user" as const] };
  return emitted.map((content) => {
    if (content.type === "text") return { type: "text", text: content.text, annotations };
    if (content.type === "image")
      return { type: "image", data: content.data, mimeType: content.mimeType, annotations };
    return {
      type: "resource",
      resource: {
        uri: `codemode://emitted/${encodeURIComponent(content.name)}`,
        mimeType: content.mimeType,
        blob: content.data,
      },
      annotations,
    };
  });
}

function structured(execution: ExecutionResult): Record<string, unknown> {
  const { error, ...rest } = execution;
  if (!error) return rest;
  // The stack and compiler details stay out: the message already locates the failure.
  const { stack: _stack, details: _details, ...summary } = error;
  return { ...rest, error: summary };
}

function textResult(text: string): CallToolResult {
  return { content: [{ type: "text", text }] };
}

function toolError(text: string): CallToolResult {
  return { content: [{ type: "text", text }], isError: true };
}
