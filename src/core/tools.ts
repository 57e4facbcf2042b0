import type { SearchHit } from "./discovery.js";
import { callErrorCodesLine } from "./error-codes.js";
import { ToolError } from "./errors.js";
import type { ExecutionResult, RunOptions } from "./executions.js";
import type { JsonSchema } from "./operation.js";

/** What a model client can pass along with a tool call. */
export interface ToolCallOptions {
  /** Progress of the script's calls, for clients that show it. */
  onProgress?: RunOptions["onProgress"];
  /** Ends the run when aborted (the client cancelled the call or went away). */
  signal?: AbortSignal;
  /** Answer `running` after this long; `{executionId}` waits as long again. */
  yieldAfterMs?: number;
  /** Whose `codemode.state` scripts see (the MCP session). */
  session?: string;
  /** Each line of console output as it is written. */
  onLog?: (line: string) => void;
}

/** A tool for a model, independent of any model client: adapters (MCP, AI SDK) wrap it. */
export interface CodeModeTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  annotations: {
    readOnlyHint: boolean;
    destructiveHint: boolean;
    idempotentHint: boolean;
    openWorldHint: boolean;
  };
  execute(input: unknown, options?: ToolCallOptions): Promise<unknown>;
}

interface ToolTarget {
  execute(
    code: string,
    options?: ToolCallOptions & { input?: unknown; saveAs?: unknown },
  ): Promise<ExecutionResult>;
  result(executionId: string, options?: ToolCallOptions): Promise<ExecutionResult>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  describe(path: string): Promise<string>;
}

function field(input: unknown, key: string): unknown {
  return typeof input === "object" && input !== null
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

function requireString(input: unknown, key: string, tool: string): string {
  const value = field(input, key);
  if (typeof value !== "string" || value.trim() === "")
    throw new ToolError(`${tool} needs "${key}", a non-empty string.`);
  return value;
}

/** The names of the three tools a model needs, in the order they are listed. */
export const TOOL_NAMES = ["search", "describe", "execute"] as const;

export type ToolName = (typeof TOOL_NAMES)[number];

/** The three tools a model needs: find operations, read their types, run a script. */
export function createTools(target: ToolTarget): Record<ToolName, CodeModeTool> {
  return {
    search: {
      name: "search",
      description:
        "Find operations by what they do. Returns ranked `namespace.name` paths with one-line signatures. Search first, then describe what you will call.",
      inputSchema: {
        type: "object",
        properties: {
          query: { type: "string", description: "What you want to do, in words" },
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 50,
            description: "How many results (default 10)",
          },
        },
        required: ["query"],
      },
      annotations: {
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: false,
      },
      execute: async (input) => {
        const limit = field(input, "limit");
        return target.search(
          requireString(input, "query", "search"),
          typeof limit === "number" ? { limit } : {},
        );
      },
    },
    describe: {
      name: "describe",
      description:
        "The exact TypeScript declaration of an operation (`ns.name`) or of a whole namespace (`ns`): argument and result types.",
      inputSchema: {
        type: "object",
        properties: { path: { type: "string", description: "`namespace.name` or `namespace`" } },
        required: ["path"],
      },
      annotations: {
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: false,
      },
      execute: async (input) => target.describe(requireString(input, "path", "describe")),
    },
    execute: {
      name: "execute",
      description: [
        "Run a TypeScript script in a sandbox. Every namespace is a global of async functions taking one object: `await ns.name({...})`.",
        "Do the whole task in one script: loops, conditions, Promise.all. Top-level await and return work.",
        "Only console.log output and the returned value come back: return just what you need.",
        "No network, filesystem, require or import. Type errors against the declarations are reported before anything runs.",
        callErrorCodesLine(),
        'A call may need a person\'s approval: the result is then status "paused" with `pending`. Tell the user what waits; do not retry it. Later, call execute with just {executionId} to get the outcome.',
        'Status "running": the same, to wait. A cut result names a ref: `await codemode.load(ref)` gets it whole. Tokens like [email_3] stand for personal data: pass them as they are.',
      ].join("\n"),
      inputSchema: {
        type: "object",
        properties: {
          code: { type: "string", description: "The TypeScript script" },
          executionId: {
            type: "string",
            description: "Instead of code: the outcome of an earlier (paused or running) execution",
          },
          input: { description: "The global `input` of the script" },
          saveAs: {
            type: "object",
            description:
              "Once it completes, save the code as `scripts.NAME(input)` for later runs (a person approves it)",
            properties: {
              name: { type: "string" },
              description: { type: "string" },
              input: { type: "object", description: "JSON Schema of input" },
            },
            required: ["name", "description"],
          },
        },
      },
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
        openWorldHint: true,
      },
      execute: async (input, options) => {
        const executionId = field(input, "executionId");
        if (typeof executionId === "string" && field(input, "code") === undefined)
          return target.result(executionId, options);
        const saveAs = field(input, "saveAs");
        const scriptInput = field(input, "input");
        return target.execute(requireString(input, "code", "execute"), {
          ...options,
          ...(saveAs !== undefined ? { saveAs } : {}),
          ...(scriptInput !== undefined ? { input: scriptInput } : {}),
        });
      },
    },
  };
}
