import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { uniqueIdentifiers } from "../../core/identifier.js";
import type { JsonSchema, Operation, OperationAnnotations } from "../../core/operation.js";

/** The operations of one MCP server, and the MCP tool name behind each operation name. */
export interface ToolOperations {
  operations: Operation[];
  /** operation name → MCP tool name */
  toolNames: Map<string, string>;
}

const HINTS = ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"] as const;

/**
 * Turns an MCP `tools/list` into catalog operations under `namespace`. Tool names that are not
 * identifiers (`get-sum`) become ones (`get_sum`); the MCP name stays in `source.originalName`.
 *
 * @example
 * toolOperations("everything", [{ name: "get-sum", inputSchema: { type: "object" } }]).operations[0]?.name; // "get_sum"
 */
export function toolOperations(namespace: string, tools: readonly Tool[]): ToolOperations {
  const names = uniqueIdentifiers(tools.map((tool) => tool.name));
  const toolNames = new Map<string, string>();
  const operations = tools.map((tool) => {
    const name = names.get(tool.name) ?? tool.name;
    toolNames.set(name, tool.name);
    const operation: Operation = {
      namespace,
      name,
      inputSchema: tool.inputSchema as JsonSchema,
      source: { kind: "mcp", originalName: tool.name },
    };
    if (tool.description) operation.description = tool.description;
    if (tool.outputSchema) operation.outputSchema = tool.outputSchema as JsonSchema;
    const annotations = toolAnnotations(tool);
    if (annotations) operation.annotations = annotations;
    return operation;
  });
  return { operations, toolNames };
}

function toolAnnotations(tool: Tool): OperationAnnotations | undefined {
  const annotations: OperationAnnotations = {};
  const title = tool.annotations?.title ?? tool.title;
  if (typeof title === "string") annotations.title = title;
  for (const hint of HINTS) {
    const value = tool.annotations?.[hint];
    if (typeof value === "boolean") annotations[hint] = value;
  }
  return Object.keys(annotations).length > 0 ? annotations : undefined;
}
