import type { ToolCallResult } from "./run-tool-call.js";

/** The Chat Completions message that answers a tool call: `{ role: "tool", tool_call_id, content }`. */
export interface OpenAIToolMessage {
  role: "tool";
  tool_call_id: string;
  content: string;
}

/** The Responses API input item that answers a function call. */
export interface OpenAIResponsesOutput {
  type: "function_call_output";
  call_id: string;
  output: string;
}

/** The content block of a `user` message that answers a `tool_use` block. */
export interface AnthropicToolResult {
  type: "tool_result";
  tool_use_id: string;
  content: string;
  is_error?: true;
}

/**
 * A `runToolCall` result as the Chat Completions message to append. OpenAI has no error flag:
 * the text says what failed.
 *
 * @example
 * messages.push(toOpenAIToolMessage(await runToolCall(cm, call)));
 */
export function toOpenAIToolMessage(result: ToolCallResult): OpenAIToolMessage {
  return { role: "tool", tool_call_id: result.callId ?? "", content: result.content };
}

/**
 * A `runToolCall` result as a Responses API `function_call_output` item.
 *
 * @example
 * input.push(toOpenAIResponsesOutput(await runToolCall(cm, item)));
 */
export function toOpenAIResponsesOutput(result: ToolCallResult): OpenAIResponsesOutput {
  return { type: "function_call_output", call_id: result.callId ?? "", output: result.content };
}

/**
 * A `runToolCall` result as an Anthropic `tool_result` block, `is_error` set on failures.
 *
 * @example
 * messages.push({ role: "user", content: [toAnthropicToolResult(await runToolCall(cm, block))] });
 */
export function toAnthropicToolResult(result: ToolCallResult): AnthropicToolResult {
  return {
    type: "tool_result",
    tool_use_id: result.callId ?? "",
    content: result.content,
    ...(result.isError ? { is_error: true as const } : {}),
  };
}
