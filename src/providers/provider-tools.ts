import type { JsonSchema } from "../core/operation.js";
import type { CodeModeTool } from "../core/tools.js";
import type { CodeMode } from "../create-code-mode.js";

/** A tool for OpenAI's Chat Completions API (`tools` of `chat.completions.create`). */
export interface OpenAIChatTool {
  type: "function";
  function: { name: string; description: string; parameters: JsonSchema };
}

/** A tool for OpenAI's Responses API (`tools` of `responses.create`): the same, flat. */
export interface OpenAIResponsesTool {
  type: "function";
  name: string;
  description: string;
  parameters: JsonSchema;
  /** Off: strict mode would need every property required, and execute takes `code` or `executionId`. */
  strict: false;
}

/** A tool for Anthropic's Messages API (`tools` of `messages.create`). */
export interface AnthropicTool {
  name: string;
  description: string;
  input_schema: JsonSchema;
}

type ToolSource = Pick<CodeMode, "tools">;

function toolList(codeMode: ToolSource): CodeModeTool[] {
  return [codeMode.tools.search, codeMode.tools.describe, codeMode.tools.execute];
}

/**
 * `search`, `describe` and `execute` in OpenAI's Chat Completions format. Answer the calls with
 * `runToolCall` and `toOpenAIToolMessage`.
 *
 * @example
 * const response = await openai.chat.completions.create({ model, messages, tools: openAITools(cm) });
 */
export function openAITools(codeMode: ToolSource): OpenAIChatTool[] {
  return toolList(codeMode).map((tool) => ({
    type: "function",
    function: { name: tool.name, description: tool.description, parameters: tool.inputSchema },
  }));
}

/**
 * The same tools in OpenAI's Responses API format. Answer the calls with `runToolCall` and
 * `toOpenAIResponsesOutput`.
 *
 * @example
 * const response = await openai.responses.create({ model, input, tools: openAIResponsesTools(cm) });
 */
export function openAIResponsesTools(codeMode: ToolSource): OpenAIResponsesTool[] {
  return toolList(codeMode).map((tool) => ({
    type: "function",
    name: tool.name,
    description: tool.description,
    parameters: tool.inputSchema,
    strict: false,
  }));
}

/**
 * The same tools in Anthropic's format. Answer the `tool_use` blocks with `runToolCall` and
 * `toAnthropicToolResult`.
 *
 * @example
 * const message = await anthropic.messages.create({ model, max_tokens, system, messages, tools: anthropicTools(cm) });
 */
export function anthropicTools(codeMode: ToolSource): AnthropicTool[] {
  return toolList(codeMode).map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.inputSchema,
  }));
}
