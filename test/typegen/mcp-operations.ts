import { readFileSync } from "node:fs";
import { uniqueIdentifiers } from "../../src/core/identifier.js";
import type { JsonSchema, Operation, OperationAnnotations } from "../../src/core/operation.js";

/** A tool as `tools/list` returns it (the fields typegen reads). */
export interface McpTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: OperationAnnotations;
}

/** A captured `tools/list` payload from `test/fixtures` (see capture-mcp-listings.mjs). */
export function loadToolListing(fileName: string): McpTool[] {
  const url = new URL(`../fixtures/${fileName}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as McpTool[];
}

/** MCP tools as catalog operations, the way an MCP connector names them. */
export function mcpOperations(namespace: string, tools: readonly McpTool[]): Operation[] {
  const names = uniqueIdentifiers(tools.map((tool) => tool.name));
  return tools.map((tool) => {
    const title = tool.title ?? tool.annotations?.title;
    const operation: Operation = {
      namespace,
      name: names.get(tool.name) ?? tool.name,
      inputSchema: tool.inputSchema,
      source: { kind: "mcp", originalName: tool.name },
    };
    if (tool.description !== undefined) operation.description = tool.description;
    if (tool.outputSchema !== undefined) operation.outputSchema = tool.outputSchema;
    if (tool.annotations !== undefined || title !== undefined) {
      operation.annotations = { ...tool.annotations, ...(title === undefined ? {} : { title }) };
    }
    return operation;
  });
}
