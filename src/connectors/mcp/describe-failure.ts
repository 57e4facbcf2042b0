import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import type { ErrorCode as CodemodeErrorCode } from "../../core/error-codes.js";
import type { McpConnection } from "./mcp-connection.js";

/** How a request to an upstream server failed, for the message and for what to do next. */
export interface Failure {
  message: string;
  /** The session is gone or stuck: drop it so the next call connects again. */
  reset: boolean;
  code: CodemodeErrorCode;
}

/**
 * Explains why a request to server `key` failed, in one sentence naming the server: it exited,
 * hung, could not be started or reached, or answered with a protocol error.
 *
 * @example
 * describeFailure({ key: "fs", error, doing: "calling read_file", timeoutMs: 60000 }).message;
 * // 'MCP server "fs" exited (code 1) while calling read_file: …; the next call starts it again.'
 */
export function describeFailure(options: {
  key: string;
  error: unknown;
  /** What was under way: "starting", "listing its tools", "calling read_file". */
  doing: string;
  timeoutMs: number;
  connection?: McpConnection | undefined;
}): Failure {
  const { key, error, doing, timeoutMs, connection } = options;
  const server = `MCP server "${key}"`;
  const starting = doing === "starting";
  const next = starting ? "" : "; the next call connects again";
  const stderr = stderrNote(connection);
  if (error instanceof McpError && error.code === ErrorCode.RequestTimeout) {
    return {
      message: `${server} did not answer within ${timeoutMs} ms while ${doing}${stderr}${next}. Raise servers.${key}.timeoutMs if it needs longer.`,
      reset: true,
      code: "mcp_timeout",
    };
  }
  const reason = errorText(error);
  if ((error as { code?: unknown })?.code === "ENOENT" && starting) {
    return {
      message: `${server} could not start: ${reason}. Check servers.${key}.command (is it installed and on the PATH?).`,
      reset: true,
      code: "mcp_server_unavailable",
    };
  }
  const closed = error instanceof McpError && error.code === ErrorCode.ConnectionClosed;
  // A child that exited explains a closed channel or a failed write better than the error does.
  if (closed || (connection?.ended && connection.transport === "stdio")) {
    return {
      message: `${server} ${connection?.ended ?? "closed the connection"} while ${doing}${stderr}${next}.`,
      reset: true,
      code: "mcp_server_exited",
    };
  }
  if (error instanceof McpError) {
    return { message: `${server}: ${error.message}`, reset: false, code: "mcp_error" };
  }
  const overHttp = connection !== undefined && connection.transport !== "stdio";
  const failed = starting
    ? overHttp
      ? "could not be reached"
      : "could not start"
    : `failed while ${doing}`;
  return {
    message: `${server} ${failed}: ${reason}${stderr}${next}.`,
    reset: true,
    code: "mcp_server_unavailable",
  };
}

function stderrNote(connection: McpConnection | undefined): string {
  const lines = connection?.stderrTail() ?? [];
  if (lines.length === 0) return "";
  const text = lines.join(" | ");
  return ` (its stderr: ${text.length > 400 ? `…${text.slice(-400)}` : text})`;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  // fetch failures say "fetch failed" and keep the reason (ECONNREFUSED …) in their cause.
  if (cause instanceof Error && cause.message && !error.message.includes(cause.message)) {
    return `${error.message} (${cause.message})`;
  }
  return error.message;
}
