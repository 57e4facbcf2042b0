import { safeParseJson } from "../core/json.js";
import { toolErrorText, toolOutputText } from "../core/tool-output-text.js";
import type { ToolCallOptions } from "../core/tools.js";
import { TOOL_NAMES, type ToolName } from "../core/tools.js";
import type { CodeMode } from "../create-code-mode.js";

/** A tool call from OpenAI's Chat Completions API (`message.tool_calls[i]`). */
export interface OpenAIChatToolCall {
  id?: string;
  type?: "function";
  function: { name: string; arguments: string | Record<string, unknown> };
}

/** A tool call from OpenAI's Responses API (an `output` item of type `function_call`). */
export interface OpenAIResponsesToolCall {
  type?: "function_call";
  /** What `function_call_output` answers. */
  call_id?: string;
  name: string;
  arguments: string | Record<string, unknown>;
}

/** A `tool_use` content block from Anthropic's Messages API. */
export interface AnthropicToolUse {
  type: "tool_use";
  id: string;
  name: string;
  input: unknown;
}

export type ProviderToolCall = OpenAIChatToolCall | OpenAIResponsesToolCall | AnthropicToolUse;

/**
 * The answer to one tool call, ready to send back: wrap it with `toOpenAIToolMessage`,
 * `toOpenAIResponsesOutput` or `toAnthropicToolResult`.
 */
export interface ToolCallResult {
  /** The call's id: OpenAI's `id` (Chat Completions) or `call_id` (Responses), Anthropic's `id`. */
  callId: string | undefined;
  name: string;
  /** What the model reads: the same text as the MCP gateway's. */
  content: string;
  /** Bad arguments, an unknown tool, a tool that threw, a failed or rejected execution. */
  isError: boolean;
  /** What the tool returned: search hits, a declaration, or the `ExecutionResult` (with `pending` when paused). */
  output?: unknown;
}

/**
 * Runs one tool call from OpenAI (Chat Completions or Responses) or Anthropic against codemode's
 * tools. Never throws for what the model sent: bad JSON arguments, an unknown tool or a failing
 * tool come back as `isError: true` with a sentence saying what to do.
 *
 * @example
 * for (const call of message.tool_calls ?? [])
 *   messages.push(toOpenAIToolMessage(await runToolCall(cm, call)));
 */
export async function runToolCall(
  codeMode: Pick<CodeMode, "tools">,
  call: ProviderToolCall,
  options: ToolCallOptions = {},
): Promise<ToolCallResult> {
  const { callId, name, rawInput } = readCall(call);
  const failure = (content: string): ToolCallResult => ({ callId, name, content, isError: true });
  if (!isToolName(name))
    return failure(`No tool is called "${name}". The tools are search, describe and execute.`);
  const input = parseInput(rawInput, name);
  if (!input.ok) return failure(input.message);
  let output: unknown;
  try {
    output = await codeMode.tools[name].execute(input.value, options);
  } catch (error) {
    return failure(toolErrorText(error, `The ${name} tool`));
  }
  const { text, isError } = toolOutputText(name, output, input.value);
  return { callId, name, content: text, isError, output };
}

function readCall(call: ProviderToolCall): {
  callId: string | undefined;
  name: string;
  rawInput: unknown;
} {
  if (typeof call !== "object" || call === null)
    throw new TypeError("runToolCall needs a tool call object from OpenAI or Anthropic.");
  if ("function" in call && typeof call.function === "object" && call.function !== null)
    return { callId: call.id, name: call.function.name, rawInput: call.function.arguments };
  if (call.type === "tool_use" || "input" in call) {
    const block = call as AnthropicToolUse;
    return { callId: block.id, name: block.name, rawInput: block.input };
  }
  if ("arguments" in call)
    return { callId: call.call_id, name: call.name, rawInput: call.arguments };
  throw new TypeError(
    'runToolCall takes an OpenAI tool call ({function: {name, arguments}} or {name, arguments, call_id}) or an Anthropic tool_use block ({type: "tool_use", id, name, input}).',
  );
}

function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

// Examples that name no operation: the model may not have any of ours in its catalog.
const EXAMPLES: Record<ToolName, string> = {
  search: '{"query": "what you want to do"}',
  describe: '{"path": "namespace.name"}',
  execute: '{"code": "return 1 + 1"}',
};

function parseInput(
  raw: unknown,
  name: ToolName,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let value = raw;
  if (typeof raw === "string") {
    if (raw.trim() === "") return { ok: true, value: {} };
    const parsed = safeParseJson(raw);
    if (!parsed.success)
      return {
        ok: false,
        message: `The arguments of ${name} are not valid JSON (${parsed.error.message}). Send one JSON object, e.g. ${EXAMPLES[name]}.`,
      };
    value = parsed.value;
  }
  if (value === undefined || value === null) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value))
    return {
      ok: false,
      message: `The arguments of ${name} must be a JSON object, e.g. ${EXAMPLES[name]}.`,
    };
  return { ok: true, value: value as Record<string, unknown> };
}
