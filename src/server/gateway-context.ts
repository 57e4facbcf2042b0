import {
  type GetPromptResult,
  McpError,
  type Prompt,
  type ReadResourceResult,
  type Resource,
  type ResourceTemplate,
} from "@modelcontextprotocol/sdk/types.js";
import type { CodeMode } from "../create-code-mode.js";

/**
 * What a client may attach to a conversation besides the tools: the declaration file as a
 * resource, and the system prompt as a prompt. Neither is needed (the tools teach the
 * workflow), but clients that show resources and prompts can give the model everything at once.
 */
export const TYPES_RESOURCE: Resource = {
  uri: "codemode://types",
  name: "types",
  title: "TypeScript declarations",
  description: "Every operation scripts can call, as the TypeScript declarations `describe` shows.",
  mimeType: "text/x-typescript",
};

export const WORKFLOW_PROMPT: Prompt = {
  name: "codemode",
  title: "Code Mode",
  description:
    "How to use this gateway: the workflow, the rules, and (for a small catalog) every declaration.",
};

const RESULTS_PREFIX = "codemode://results/";

/** MCP's code for an unknown resource URI. */
const RESOURCE_NOT_FOUND = -32002;
const INVALID_PARAMS = -32602;

/** A value kept by reference, readable whole: `codemode://results/ref_…`. */
export const RESULT_RESOURCE_TEMPLATE: ResourceTemplate = {
  uriTemplate: `${RESULTS_PREFIX}{ref}`,
  name: "result",
  title: "A result kept by reference",
  description: "The whole value of a result or output that came back cut, by its ref.",
  mimeType: "application/json",
};

export async function readGatewayResource(
  codeMode: CodeMode,
  uri: string,
): Promise<ReadResourceResult> {
  if (uri.startsWith(RESULTS_PREFIX)) {
    const value = await codeMode.reference(uri.slice(RESULTS_PREFIX.length));
    if (value === undefined)
      throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri}`, { uri });
    return { contents: [{ uri, mimeType: "application/json", text: JSON.stringify(value) }] };
  }
  if (uri !== TYPES_RESOURCE.uri)
    throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri}`, { uri });
  return { contents: [{ uri, mimeType: "text/x-typescript", text: codeMode.types() }] };
}

export function getGatewayPrompt(codeMode: CodeMode, name: string): GetPromptResult {
  if (name !== WORKFLOW_PROMPT.name)
    throw new McpError(INVALID_PARAMS, `Unknown prompt: ${name}. This gateway has "codemode".`);
  return {
    description: WORKFLOW_PROMPT.description,
    messages: [{ role: "user", content: { type: "text", text: codeMode.systemPrompt } }],
  };
}
