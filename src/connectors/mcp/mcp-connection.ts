import type { ChildProcess } from "node:child_process";
import { Readable } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { forEachLine, type McpLogger } from "./mcp-logger.js";
import type { HttpTarget, ServerTarget, StdioTarget } from "./server-target.js";

const CLIENT_INFO = { name: "codemode", version: "0.1.0" };
const STDERR_LINES_KEPT = 5;

/** One live session with an upstream MCP server. */
export interface McpConnection {
  readonly client: Client;
  /** Which transport carries it. */
  readonly transport: "stdio" | "streamable-http" | "sse";
  /** How it ended, once it has: "exited (code 1)", "was killed by SIGKILL", "closed the connection". */
  readonly ended: string | undefined;
  /** The last lines the server wrote to stderr, to explain a failure. */
  stderrTail(): string[];
  /** Ends the session and stops the child process (stdin closed, then SIGTERM, then SIGKILL). */
  close(): Promise<void>;
}

export interface OpenConnectionOptions {
  key: string;
  target: ServerTarget;
  /** How long starting and `initialize` may take. */
  timeoutMs: number;
  logger: McpLogger;
  onToolsChanged: () => void;
  /** Called once when the session ends by itself (not through `close`). */
  onEnded: (connection: McpConnection) => void;
}

/**
 * Starts (stdio) or reaches (HTTP) an MCP server and runs the `initialize` handshake. Over HTTP,
 * streamable HTTP is tried first and the older SSE transport when the server refuses it with a
 * 4xx status, or right away with `transport: "sse"`.
 */
export async function openConnection(options: OpenConnectionOptions): Promise<McpConnection> {
  const { target } = options;
  if (target.kind === "stdio") return connect(options, stdioTransport(target), "stdio");
  if (target.transport === "sse") return connect(options, sseTransport(target), "sse");
  try {
    return await connect(options, streamableTransport(target), "streamable-http");
  } catch (error) {
    const refusal = error instanceof ConnectionStartError ? error.cause : error;
    if (!refusedStreamableHttp(refusal)) throw error;
    await (error as ConnectionStartError).connection.close().catch(() => {});
    try {
      return await connect(options, sseTransport(target), "sse");
    } catch (sseError) {
      if (!(sseError instanceof ConnectionStartError)) throw sseError;
      const status = (refusal as StreamableHTTPError).code;
      const reason = new Error(
        `streamable HTTP was refused (HTTP ${status}) and SSE failed too (${sseError.message})`,
        { cause: sseError.cause },
      );
      throw new ConnectionStartError(reason, sseError.connection);
    }
  }
}

/** A 4xx answer to the first POST: a server that speaks only the older SSE transport. */
function refusedStreamableHttp(error: unknown): boolean {
  if (!(error instanceof StreamableHTTPError) || error.code === undefined) return false;
  return error.code >= 400 && error.code < 500 && error.code !== 401 && error.code !== 403;
}

/** The SDK's stdio transport, keeping hold of the child to say how it exited. */
class ObservedStdioTransport extends StdioClientTransport {
  child: ChildProcess | undefined;

  override async start(): Promise<void> {
    await super.start();
    // The SDK keeps the child private and drops its exit code; a missing field only costs the
    // code in error messages.
    this.child = (this as unknown as { _process?: ChildProcess })._process;
  }
}

function stdioTransport(target: StdioTarget): ObservedStdioTransport {
  return new ObservedStdioTransport({
    command: target.command,
    args: target.args,
    // Merged by the SDK over getDefaultEnvironment(): PATH, HOME, … never all of ours.
    env: target.env,
    cwd: target.cwd,
    // Piped, never inherited: our stdout may be the MCP channel, and lines get the server's key.
    stderr: "pipe",
  });
}

function streamableTransport(target: HttpTarget): StreamableHTTPClientTransport {
  return new StreamableHTTPClientTransport(target.url, {
    requestInit: { headers: target.headers },
  });
}

function sseTransport(target: HttpTarget): SSEClientTransport {
  return new SSEClientTransport(target.url, { requestInit: { headers: target.headers } });
}

async function connect(
  options: OpenConnectionOptions,
  transport: Transport,
  kind: McpConnection["transport"],
): Promise<McpConnection> {
  const { key, logger } = options;
  const stderrLines: string[] = [];
  let ended: string | undefined;
  let closing = false;

  const client = new Client(CLIENT_INFO, {
    capabilities: {},
    listChanged: {
      tools: { autoRefresh: false, debounceMs: 50, onChanged: () => options.onToolsChanged() },
    },
  });
  client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
    const { level, data, logger: name } = notification.params;
    const text = typeof data === "string" ? data : JSON.stringify(data);
    logger({ server: key, source: "notification", level, text: name ? `${name}: ${text}` : text });
  });

  const connection: McpConnection = {
    client,
    transport: kind,
    get ended() {
      return ended;
    },
    stderrTail: () => [...stderrLines],
    close: async () => {
      closing = true;
      await client.close();
    },
  };

  if (transport instanceof ObservedStdioTransport) {
    const stderr = transport.stderr;
    if (stderr instanceof Readable) {
      forEachLine(stderr, (line) => {
        stderrLines.push(line);
        if (stderrLines.length > STDERR_LINES_KEPT) stderrLines.shift();
        logger({ server: key, source: "stderr", level: "info", text: line });
      });
    }
  }

  client.onclose = () => {
    ended =
      transport instanceof ObservedStdioTransport
        ? exitOf(transport.child)
        : "closed the connection";
    if (!closing) options.onEnded(connection);
  };

  try {
    await client.connect(transport, { timeout: options.timeoutMs });
  } catch (error) {
    // The caller closes it: stopping a stuck child can take seconds (stdin, SIGTERM, SIGKILL).
    closing = true;
    throw new ConnectionStartError(error, connection);
  }
  return connection;
}

function exitOf(child: ChildProcess | undefined): string {
  if (child?.exitCode !== null && child?.exitCode !== undefined)
    return `exited (code ${child.exitCode})`;
  if (child?.signalCode) return `was stopped by ${child.signalCode}`;
  return "closed its connection";
}

/** Starting failed; carries the half-made connection (how it ended, its stderr), for the caller to close. */
export class ConnectionStartError extends Error {
  readonly connection: McpConnection;

  constructor(cause: unknown, connection: McpConnection) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "ConnectionStartError";
    this.connection = connection;
  }
}
