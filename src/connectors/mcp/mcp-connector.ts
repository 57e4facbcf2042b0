import type { RequestOptions } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { CallContext, Connector } from "../../core/connector.js";
import { revivedError, ToolError } from "../../core/errors.js";
import type { Operation } from "../../core/operation.js";
import { Redactor } from "../redactor.js";
import { describeFailure } from "./describe-failure.js";
import { mapToolResult } from "./map-tool-result.js";
import { ConnectionStartError, type McpConnection, openConnection } from "./mcp-connection.js";
import { type McpLogger, stderrLogger } from "./mcp-logger.js";
import type { ServerTarget } from "./server-target.js";
import { toolOperations } from "./tool-operations.js";

export const DEFAULT_CALL_TIMEOUT_MS = 60_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;

export interface McpConnectorOptions {
  /** The server's key in the config: its namespace. */
  namespace: string;
  target: ServerTarget;
  /** How long one call (and one listing) may take; 60 s by default. */
  timeoutMs?: number;
  /** How long starting the server and the `initialize` handshake may take; `timeoutMs` if given, else 30 s. */
  connectTimeoutMs?: number;
  /** Where the server's stderr and log messages go; the host's stderr by default. */
  logger?: McpLogger;
  /**
   * The credentials given to the server (its headers, its environment): replaced by `***` in
   * whatever reaches the script (results, error texts, log messages).
   */
  secrets?: readonly string[];
}

/**
 * One upstream MCP server (stdio, streamable HTTP or SSE) as a catalog namespace. The session is
 * opened on first use and again after the server exits, hangs or drops the connection; failures
 * become `ToolError`s naming the server.
 *
 * @example
 * const fs = new McpConnector({
 *   namespace: "fs",
 *   target: { kind: "stdio", command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "."], env: {}, cwd: "." },
 * });
 * await fs.listOperations();
 */
export class McpConnector implements Connector {
  readonly namespace: string;
  readonly kind = "mcp";
  private readonly target: ServerTarget;
  private readonly timeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly logger: McpLogger;
  private readonly listeners = new Set<() => void>();
  /** Calls under way: log messages the server sends meanwhile go to their scripts too. */
  private readonly activeCalls = new Set<CallContext>();
  /** Sessions being closed in the background, awaited by `close`. */
  private readonly closing = new Set<Promise<void>>();
  private current: Promise<McpConnection> | undefined;
  /** The session `current` resolved to, once it has. */
  private live: McpConnection | undefined;
  private toolNames: Map<string, string> | undefined;
  private closed = false;

  constructor(options: McpConnectorOptions) {
    this.namespace = options.namespace;
    this.target = options.target;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    this.connectTimeoutMs =
      options.connectTimeoutMs ?? options.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.logger = options.logger ?? stderrLogger;
    this.redactor = new Redactor(options.secrets ?? []);
  }

  private readonly redactor: Redactor;

  async listOperations(): Promise<readonly Operation[]> {
    try {
      return await this.listUpstream();
    } catch (error) {
      // A start-up failure quotes the server's stderr, which may echo its credentials.
      throw this.redacted(error);
    }
  }

  private async listUpstream(): Promise<readonly Operation[]> {
    const tools = await this.request("listing its tools", (connection) =>
      listAllTools(connection, { timeout: this.timeoutMs }),
    );
    const { operations, toolNames } = toolOperations(this.namespace, tools);
    this.toolNames = toolNames;
    return operations;
  }

  async callOperation(name: string, args: unknown, context: CallContext): Promise<unknown> {
    if (this.redactor.empty) return this.callUpstream(name, args, context);
    try {
      return this.redactor.value(await this.callUpstream(name, args, context));
    } catch (error) {
      throw this.redacted(error);
    }
  }

  /** The error with the server's credentials replaced in its message and details. */
  private redacted(error: unknown): unknown {
    if (!(error instanceof ToolError)) return error;
    const copy = revivedError(
      new ToolError(this.redactor.text(error.message), {
        ...(error.details
          ? { details: this.redactor.value(error.details) as Record<string, unknown> }
          : {}),
      }),
      error,
    );
    return copy;
  }

  private async callUpstream(name: string, args: unknown, context: CallContext): Promise<unknown> {
    if (!this.toolNames) await this.listUpstream();
    const path = `${this.namespace}.${name}`;
    const tool = this.toolNames?.get(name);
    if (tool === undefined) {
      throw new ToolError(`There is no operation "${path}".`, { code: "unknown_operation" });
    }
    const { onProgress } = context;
    // A signal of this call alone, following the run's until the call settles: the SDK keeps a
    // listener on the signal it is given and would tell the server to cancel a request long done
    // when the run ends.
    const controller = new AbortController();
    const { signal } = controller;
    const follow = () => controller.abort(context.signal?.reason);
    if (context.signal?.aborted) follow();
    else context.signal?.addEventListener("abort", follow, { once: true });
    const options: RequestOptions = { timeout: this.timeoutMs, signal };
    if (onProgress) {
      options.onprogress = ({ progress, total, message }) =>
        onProgress({
          progress,
          ...(total === undefined ? {} : { total }),
          ...(message === undefined ? {} : { message }),
        });
    }
    this.activeCalls.add(context);
    let result: Awaited<ReturnType<McpConnection["client"]["callTool"]>>;
    try {
      result = await this.request(
        `calling ${tool}`,
        (connection) =>
          connection.client.callTool(
            { name: tool, arguments: (args ?? {}) as Record<string, unknown> },
            undefined,
            options,
          ),
        signal,
      );
    } finally {
      this.activeCalls.delete(context);
      context.signal?.removeEventListener("abort", follow);
    }
    if ("toolResult" in result) return result.toolResult; // a pre-2025 server's compatibility shape
    return mapToolResult(result as CallToolResult, path);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = undefined;
    this.live = undefined;
    if (current) this.closeInBackground(current);
    await Promise.allSettled([...this.closing]);
  }

  /** Runs one request on the session (opening it first), turning failures into `ToolError`s. */
  private async request<T>(
    doing: string,
    send: (connection: McpConnection) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const opening = this.connection();
    const connection = await opening;
    try {
      return await send(connection);
    } catch (error) {
      if (error instanceof ToolError) throw error;
      if (signal?.aborted) {
        // The run ended; the SDK told the server to cancel. The session itself is fine.
        throw new ToolError(`MCP server "${this.namespace}": ${doing} was cancelled.`, {
          code: "cancelled",
          cause: error,
        });
      }
      const failure = describeFailure({
        key: this.namespace,
        error,
        doing,
        timeoutMs: this.timeoutMs,
        connection,
      });
      if (failure.reset) this.drop(opening);
      throw new ToolError(failure.message, { code: failure.code, cause: error });
    }
  }

  private connection(): Promise<McpConnection> {
    if (this.closed) {
      return Promise.reject(
        new ToolError(`MCP server "${this.namespace}" is closed.`, { code: "mcp_closed" }),
      );
    }
    if (!this.current) {
      const opening = this.open();
      this.current = opening;
      opening.catch(() => {
        if (this.current === opening) this.current = undefined;
      });
    }
    return this.current;
  }

  private async open(): Promise<McpConnection> {
    try {
      const connection = await openConnection({
        key: this.namespace,
        target: this.target,
        timeoutMs: this.connectTimeoutMs,
        logger: (entry) => {
          this.logger(entry);
          if (entry.source !== "notification") return;
          for (const call of this.activeCalls)
            call.onLog?.(entry.level, `[${this.namespace}] ${this.redactor.text(entry.text)}`);
        },
        onToolsChanged: () => {
          for (const listener of this.listeners) listener();
        },
        onEnded: (ended) => {
          if (this.live !== ended) return;
          this.live = undefined;
          this.current = undefined;
          this.log("warning", `${ended.ended}; the next call starts it again.`);
        },
      });
      if (!this.closed) this.live = connection;
      return connection;
    } catch (error) {
      const started = error instanceof ConnectionStartError ? error.connection : undefined;
      const cause = error instanceof ConnectionStartError ? error.cause : error;
      if (started) this.closeInBackground(Promise.resolve(started));
      const failure = describeFailure({
        key: this.namespace,
        error: cause,
        doing: "starting",
        timeoutMs: this.connectTimeoutMs,
        connection: started,
      });
      this.log("error", failure.message);
      throw new ToolError(failure.message, { code: failure.code, cause });
    }
  }

  /** Forgets a broken session (if it is still the current one) and closes it in the background. */
  private drop(opening: Promise<McpConnection>): void {
    if (this.current === opening) {
      this.current = undefined;
      this.live = undefined;
    }
    this.closeInBackground(opening);
  }

  private closeInBackground(opening: Promise<McpConnection>): void {
    const closing = opening
      .then((connection) => connection.close())
      .catch(() => {})
      .finally(() => this.closing.delete(closing));
    this.closing.add(closing);
  }

  private log(level: string, text: string): void {
    this.logger({ server: this.namespace, source: "connector", level, text });
  }
}

/** Every page of `tools/list`. */
async function listAllTools(connection: McpConnection, options: RequestOptions): Promise<Tool[]> {
  const tools: Tool[] = [];
  let cursor: string | undefined;
  do {
    const page = await connection.client.listTools(cursor ? { cursor } : {}, options);
    tools.push(...page.tools);
    cursor = page.nextCursor;
  } while (cursor);
  return tools;
}
