import { randomUUID } from "node:crypto";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type ServerNotification,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import type { CallProgress } from "../core/connector.js";
import type { CodeMode } from "../create-code-mode.js";
import { type Admission, AdmissionRefusedError } from "./admission.js";
import {
  getGatewayPrompt,
  RESULT_RESOURCE_TEMPLATE,
  readGatewayResource,
  TYPES_RESOURCE,
  WORKFLOW_PROMPT,
} from "./gateway-context.js";
import {
  type AskApproval,
  callGatewayTool,
  gatewayToolListing,
  isGatewayTool,
} from "./gateway-tools.js";
import {
  callScriptTool,
  readSkillResource,
  scriptToolListing,
  skillResources,
} from "./script-tools.js";

export interface GatewayServerOptions {
  /** The listing, computed once and shared by every session; built from `codeMode` when absent. */
  tools?: Tool[];
  /** Where the gateway reports its own failures (never stdout: it may be the protocol channel). */
  log?: (line: string) => void;
  /** Bounds the executions running and waiting across every session. */
  admission?: Admission;
  /** Aborted when the gateway shuts down: runs still under way then end with its reason. */
  shutdown?: AbortSignal;
  /** Told of each execute (its execution id, status, session), for machine-read logs. */
  logEvent?: (event: { event: string; [field: string]: unknown }) => void;
  /** List the approved saved scripts as tools too (each with its input schema). */
  exposeScripts?: boolean;
}

/** Over MCP, a run still going after this long answers `running` (unless `limits.yieldAfterMs` says otherwise). */
export const DEFAULT_YIELD_AFTER_MS = 20_000;

/** The name and version the gateway gives in `initialize`. */
export const GATEWAY_INFO = { name: "codemode", version: "0.1.0" } as const;

const INSTRUCTIONS =
  "Code Mode: search for operations, describe the ones you will call, then execute one TypeScript script that does the whole task.";

/**
 * An MCP server (one per connection or HTTP session) serving `search`, `describe` and `execute`
 * over a Code Mode runtime, with the declarations as a resource and the system prompt as a prompt. The low-level SDK `Server` is used rather than `McpServer` because
 * the tools' schemas are JSON Schema already, and `McpServer` takes zod schemas only.
 *
 * @example
 * const server = createGatewayServer(await createCodeMode({ functions }));
 * await server.connect(new StdioServerTransport());
 */
export function createGatewayServer(
  codeMode: CodeMode,
  options: GatewayServerOptions = {},
): Server {
  const tools = options.tools ?? gatewayToolListing(codeMode);
  // Over stdio there is no session id: each connection is one session of `codemode.state`.
  const connection = randomUUID();
  const server = new Server(GATEWAY_INFO, {
    capabilities: {
      tools: { listChanged: false },
      resources: { listChanged: false },
      prompts: { listChanged: false },
      logging: {},
    },
    instructions: INSTRUCTIONS,
  });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: options.exposeScripts ? [...tools, ...(await scriptToolListing(codeMode))] : tools,
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const { name, arguments: args } = request.params;
    if (!isGatewayTool(name) && options.exposeScripts) {
      const run = runSignal(extra.signal, options.shutdown);
      const onProgress = progressForwarder(extra, { count: 0 });
      const call = async () =>
        callScriptTool(codeMode, name, args, {
          signal: run.signal,
          ...(onProgress ? { onProgress } : {}),
        });
      try {
        const result = options.admission ? await options.admission.run(call) : await call();
        if (result) return result;
      } catch (error) {
        if (!(error instanceof AdmissionRefusedError)) throw error;
        return { content: [{ type: "text", text: error.message }], isError: true };
      } finally {
        run.dispose();
      }
    }
    if (!isGatewayTool(name)) {
      // An unknown tool is a protocol error (-32602) in the MCP spec, not a tool result.
      throw new McpError(
        ErrorCode.InvalidParams,
        `Unknown tool: ${name}. This gateway has search, describe and execute.`,
      );
    }
    const elicitation = server.getClientCapabilities()?.elicitation !== undefined;
    const run = runSignal(extra.signal, options.shutdown);
    // Calls' progress and output lines share one count: MCP wants it to grow per token.
    const reports = { count: 0 };
    const call = () =>
      callGatewayTool(codeMode, name, args, {
        onProgress: progressForwarder(extra, reports),
        signal: run.signal,
        yieldAfterMs: codeMode.limits.yieldAfterMs ?? DEFAULT_YIELD_AFTER_MS,
        session: extra.sessionId ?? connection,
        onLog: logForwarder(server, extra, reports),
        ...(elicitation
          ? { askApproval: (pending) => askThroughElicitation(server, pending) }
          : {}),
      });
    let result: CallToolResult;
    try {
      result =
        // A wait for an earlier run ({executionId}) runs nothing: it is never queued behind runs.
        name === "execute" && options.admission && startsRun(args)
          ? await admitted(options.admission, call, codeMode)
          : await call();
    } catch (error) {
      if (!(error instanceof AdmissionRefusedError)) throw error;
      return { content: [{ type: "text", text: error.message }], isError: true };
    } finally {
      run.dispose();
    }
    if (name === "execute") {
      const summary = result.structuredContent as
        | { executionId?: string; status?: string; stats?: unknown }
        | undefined;
      options.logEvent?.({
        event: "execute",
        executionId: summary?.executionId,
        status: summary?.status,
        session: extra.sessionId,
        stats: summary?.stats,
      });
      // A log notification per execution: clients that show server logs see what ran and how long.
      server
        .sendLoggingMessage(
          {
            level: result.isError ? "warning" : "info",
            logger: "codemode",
            data: {
              executionId: summary?.executionId,
              status: summary?.status,
              stats: summary?.stats,
            },
          },
          extra.sessionId,
        )
        .catch((error: unknown) => options.log?.(`could not send a log message: ${String(error)}`));
    }
    return result;
  });
  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: [TYPES_RESOURCE, ...skillResources(codeMode)],
  }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
    resourceTemplates: [RESULT_RESOURCE_TEMPLATE],
  }));
  server.setRequestHandler(
    ReadResourceRequestSchema,
    (request) =>
      readSkillResource(codeMode, request.params.uri) ??
      readGatewayResource(codeMode, request.params.uri),
  );
  server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: [WORKFLOW_PROMPT] }));
  server.setRequestHandler(GetPromptRequestSchema, (request) =>
    getGatewayPrompt(codeMode, request.params.name),
  );
  server.onerror = (error) => options.log?.(`MCP error: ${error.message}`);
  return server;
}

/**
 * Runs one execute inside the admission bounds. A run that yields keeps its turn until it ends,
 * so runs that answered `running` still count against `maxConcurrent`.
 */
async function admitted(
  admission: Admission,
  call: () => Promise<CallToolResult>,
  codeMode: CodeMode,
): Promise<CallToolResult> {
  let answer: (result: CallToolResult) => void = () => {};
  const answered = new Promise<CallToolResult>((resolve) => {
    answer = resolve;
  });
  const held = admission.run(async () => {
    const result = await call();
    answer(result);
    const { status, executionId } = (result.structuredContent ?? {}) as {
      status?: string;
      executionId?: string;
    };
    if (status === "running" && executionId)
      await codeMode
        .wait(executionId, { timeoutMs: Number.POSITIVE_INFINITY })
        .catch(() => undefined);
    return result;
  });
  return Promise.race([answered, held]);
}

function startsRun(args: unknown): boolean {
  return typeof (args as { code?: unknown } | undefined)?.code === "string";
}

/**
 * Ends a run when its client cancels the call or its session closes (or expires), or when the
 * gateway shuts down, with a reason the journal keeps.
 */
function runSignal(
  request: AbortSignal,
  shutdown: AbortSignal | undefined,
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const cancelled = () =>
    controller.abort(
      new Error("The MCP client cancelled the call, or its session ended, so the run was stopped."),
    );
  if (request.aborted) cancelled();
  else request.addEventListener("abort", cancelled, { once: true });
  const stopped = () => controller.abort(shutdown?.reason);
  if (shutdown?.aborted) stopped();
  else shutdown?.addEventListener("abort", stopped, { once: true });
  return {
    signal: controller.signal,
    // Listeners on long-lived signals are removed with the call: none builds up over weeks.
    dispose: () => {
      request.removeEventListener("abort", cancelled);
      shutdown?.removeEventListener("abort", stopped);
    },
  };
}

/**
 * Upstream progress of a script's calls, passed on to our client when it asked for progress.
 * Several calls each count from their own start, so ours counts the reports (MCP requires it to
 * grow) and names the call and its own step in the message.
 */
function progressForwarder(
  extra: {
    _meta?: { progressToken?: string | number };
    sendNotification: (notification: ServerNotification) => Promise<void>;
  },
  reports: { count: number },
): ((event: CallProgress & { path: string }) => void) | undefined {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return undefined;
  return (event) => {
    const step = event.total ? `${event.progress}/${event.total}` : String(event.progress);
    const message = `${event.path}: ${event.message ?? step}`;
    void extra
      .sendNotification({
        method: "notifications/progress",
        params: { progressToken, progress: ++reports.count, message },
      })
      .catch(() => undefined);
  };
}

/**
 * Each line a script prints, as it prints it: a progress notification when the client asked for
 * progress, and a log message (level info, logger "codemode.output") for clients that show logs.
 */
function logForwarder(
  server: Server,
  extra: {
    _meta?: { progressToken?: string | number };
    sessionId?: string;
    sendNotification: (notification: ServerNotification) => Promise<void>;
  },
  reports: { count: number },
): (line: string) => void {
  const progressToken = extra._meta?.progressToken;
  return (line) => {
    if (progressToken !== undefined)
      void extra
        .sendNotification({
          method: "notifications/progress",
          params: { progressToken, progress: ++reports.count, message: line },
        })
        .catch(() => undefined);
    void server
      .sendLoggingMessage({ level: "info", logger: "codemode.output", data: line }, extra.sessionId)
      .catch(() => undefined);
  };
}

/** One pending call put to the person at the client as a form: approve or reject, with a reason. */
async function askThroughElicitation(
  server: Server,
  pending: Parameters<AskApproval>[0],
): Promise<{ approve: boolean; note?: string } | undefined> {
  try {
    const answer = await server.elicitInput({
      message: `Approve this call?\n${pending.summary}\n(${pending.reason})`,
      requestedSchema: {
        type: "object",
        properties: {
          decision: {
            type: "string",
            title: "Decision",
            enum: ["approve", "reject"],
            enumNames: ["Approve", "Reject"],
          },
          reason: { type: "string", title: "Reason (optional)" },
        },
        required: ["decision"],
      },
    });
    if (answer.action !== "accept" || !answer.content) return undefined;
    const decision = answer.content.decision;
    if (decision !== "approve" && decision !== "reject") return undefined;
    const reason = answer.content.reason;
    return {
      approve: decision === "approve",
      ...(typeof reason === "string" && reason ? { note: reason } : {}),
    };
  } catch {
    // A client that fails the request leaves the call pending, to be decided elsewhere.
    return undefined;
  }
}
