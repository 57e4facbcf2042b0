import { type JSONSchema7, jsonSchema, type Tool, tool } from "ai";
import type { SearchHit } from "../core/discovery.js";
import type { ExecutionResult } from "../core/executions.js";
import { toolOutputText } from "../core/tool-output-text.js";
import type { CodeModeTool, ToolCallOptions, ToolName } from "../core/tools.js";
import type { CodeMode } from "../create-code-mode.js";
import { agentSystemPrompt } from "./agent-system-prompt.js";

export interface SearchInput {
  query: string;
  limit?: number;
}
export interface DescribeInput {
  path: string;
}
/** `code` runs a script; `executionId` alone reads the outcome of an earlier (paused) one. */
export interface ExecuteInput {
  code?: string;
  executionId?: string;
}

/** An AI SDK tool with its `execute` function, so calling it needs no `!`. */
type ExecutableTool<INPUT, OUTPUT> = Tool<INPUT, OUTPUT> & {
  execute: NonNullable<Tool<INPUT, OUTPUT>["execute"]>;
};

/**
 * The AI SDK tools. Each returns codemode's own value (search hits, a declaration, the
 * `ExecutionResult`), which the app reads in `steps[i].toolResults`; the model reads the same
 * text as through the MCP gateway, failures as `error-text`.
 */
// A type, not an interface: it must fit the AI SDK's `ToolSet` index signature.
export type CodeModeToolSet = {
  search: ExecutableTool<SearchInput, SearchHit[]>;
  describe: ExecutableTool<DescribeInput, string>;
  execute: ExecutableTool<ExecuteInput, ExecutionResult>;
};

export interface AiToolsOptions {
  /** Progress reported by the sources while a script's calls run. */
  onProgress?: ToolCallOptions["onProgress"];
}

/**
 * `search`, `describe` and `execute` as AI SDK tools for `generateText`/`streamText`, and the
 * system prompt that teaches them. A call that needs approval pauses its execution: the model
 * reads "Paused", tells the user what waits and stops; the app decides with `cm.approve` or
 * `cm.reject` (see `pausedExecutions`) and tells the model the outcome.
 *
 * @example
 * const { tools, system } = aiTools(cm);
 * const result = await generateText({ model, instructions: system, tools, prompt, stopWhen: isStepCount(10) });
 */
export function aiTools(
  codeMode: Pick<CodeMode, "tools" | "systemPrompt">,
  options: AiToolsOptions = {},
): { tools: CodeModeToolSet; readonly system: string } {
  const callOptions: ToolCallOptions = options.onProgress ? { onProgress: options.onProgress } : {};
  const { search, describe, execute } = codeMode.tools;
  const run = async (source: CodeModeTool, input: unknown) => source.execute(input, callOptions);
  return {
    tools: {
      search: tool({
        description: search.description,
        inputSchema: jsonSchema<SearchInput>(search.inputSchema as JSONSchema7),
        execute: async (input) => (await run(search, input)) as SearchHit[],
        toModelOutput: ({ input, output }) => modelOutput("search", output, input),
      }),
      describe: tool({
        description: describe.description,
        inputSchema: jsonSchema<DescribeInput>(describe.inputSchema as JSONSchema7),
        execute: async (input) => (await run(describe, input)) as string,
        toModelOutput: ({ input, output }) => modelOutput("describe", output, input),
      }),
      execute: tool({
        description: execute.description,
        inputSchema: jsonSchema<ExecuteInput>(execute.inputSchema as JSONSchema7),
        execute: async (input) => (await run(execute, input)) as ExecutionResult,
        toModelOutput: ({ input, output }) => modelOutput("execute", output, input),
      }),
    },
    // A getter: the prompt follows the catalog when read again after it changes.
    get system() {
      return agentSystemPrompt(codeMode);
    },
  };
}

/** The same text as the MCP gateway's; a failed or rejected execution as `error-text`. */
function modelOutput(
  name: ToolName,
  output: unknown,
  input: unknown,
): { type: "text" | "error-text"; value: string } {
  const { text, isError } = toolOutputText(name, output, input);
  return { type: isError ? "error-text" : "text", value: text };
}
