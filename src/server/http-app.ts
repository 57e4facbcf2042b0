import { randomUUID } from "node:crypto";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { Admission } from "./admission.js";
import { ConsoleSessions } from "./console-sessions.js";
import {
  fromSameOrigin,
  guardRequest,
  type HttpGuardOptions,
  isSafeMethod,
  refuse,
} from "./http-guard.js";
import { createSessionApi } from "./session-api.js";

export interface HttpAppOptions extends Omit<HttpGuardOptions, "sessions"> {
  /** A new MCP server for each session. */
  createServer(): Server;
  /** At most this many open sessions; past it, a new `initialize` is refused with 503. */
  maxSessions?: number;
  /**
   * Answers requests under `/api` (the JSON API of the journal). With it, `/api/session` logs the
   * console in: a session cookie then stands in for the bearer token under `/api`.
   */
  api?: (request: Request) => Promise<Response>;
  /** When every execution slot and the queue are taken, new `execute` calls get 503 and Retry-After. */
  admission?: Admission;
  /** Serves the web console's files at `/` (see `createConsoleAssets`); open without the token. */
  console?: (request: Request) => Promise<Response | undefined>;
}

/** A web-standard HTTP app: `fetch` answers one request; `close` ends every session. */
export interface HttpApp {
  fetch(request: Request): Promise<Response>;
  /** How many MCP sessions are open. */
  sessionCount(): number;
  close(): Promise<void>;
}

interface Session {
  server: Server;
  transport: WebStandardStreamableHTTPServerTransport;
}

const MCP_PATH = "/mcp";
const SESSION_PATH = "/api/session";

/**
 * The streamable HTTP gateway at `/mcp`, stateful: `initialize` opens a session (its own MCP
 * server and transport), later requests carry its `Mcp-Session-Id`, `DELETE` ends it. The
 * Host/Origin check applies to every path before anything else, and the bearer token to every
 * path but the console's files and its login (`/api/session`); under `/api` a console session
 * cookie may stand in for the token, and a browser page of another origin may change nothing.
 *
 * @example
 * const app = createHttpApp({ createServer: () => createGatewayServer(cm), allowedHosts: LOOPBACK_HOSTS });
 * const response = await app.fetch(new Request("http://localhost/mcp", { method: "POST", ... }));
 */
export function createHttpApp(options: HttpAppOptions): HttpApp {
  const sessions = new Map<string, Session>();
  const maxSessions = options.maxSessions ?? 1000;

  async function handleMcp(request: Request): Promise<Response> {
    const sessionId = request.headers.get("mcp-session-id");
    if (sessionId !== null) {
      const session = sessions.get(sessionId);
      if (!session) return jsonRpcError(404, -32001, "Session not found: initialize again.");
      return session.transport.handleRequest(request);
    }
    if (request.method !== "POST")
      return jsonRpcError(400, -32000, "Mcp-Session-Id header is required: initialize first.");
    if (sessions.size >= maxSessions)
      return jsonRpcError(503, -32000, "Too many open sessions: close one and try again.");
    return openSession(request);
  }

  async function openSession(request: Request): Promise<Response> {
    const server = options.createServer();
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => {
        sessions.set(id, { server, transport });
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    const response = await transport.handleRequest(request);
    // Anything but a successful initialize leaves no session behind.
    if (!transport.sessionId || !sessions.has(transport.sessionId)) await server.close();
    return response;
  }

  const consoleSessions = new ConsoleSessions();
  const hostOnly: HttpGuardOptions = options.allowedHosts
    ? { allowedHosts: options.allowedHosts }
    : {};
  const withToken: HttpGuardOptions = {
    ...hostOnly,
    ...(options.token === undefined ? {} : { token: options.token }),
  };
  const sessionApi = createSessionApi({
    ...(options.token === undefined ? {} : { token: options.token }),
    sessions: consoleSessions,
  });

  async function route(request: Request, pathname: string): Promise<Response> {
    if (pathname === MCP_PATH) {
      const refusal = guardRequest(request, withToken);
      if (refusal) return refusal;
      if (options.admission?.full() && (await callsExecute(request))) {
        return jsonRpcError(
          503,
          -32000,
          "The gateway is at its limit of concurrent and queued executions: retry after the time in Retry-After.",
          { "retry-after": String(options.admission.retryAfterSeconds()) },
        );
      }
      return handleMcp(request);
    }
    if (options.api && pathname === SESSION_PATH)
      return guardRequest(request, hostOnly) ?? sessionApi(request);
    if (options.api && (pathname === "/api" || pathname.startsWith("/api/"))) {
      const refusal = guardRequest(request, { ...withToken, sessions: consoleSessions });
      if (refusal) return refusal;
      // Another origin of this host (another port) passes the Host check: it may read nothing
      // (no CORS) and, here, change nothing either.
      if (!isSafeMethod(request.method) && !fromSameOrigin(request))
        return refuse(
          403,
          `Origin ${JSON.stringify(request.headers.get("origin"))} may not change anything here.`,
        );
      return options.api(request);
    }
    if (options.console) {
      const refusal = guardRequest(request, hostOnly);
      if (refusal) return refusal;
      const asset = await options.console(request);
      if (asset) return asset;
    }
    return (
      guardRequest(request, withToken) ??
      jsonRpcError(404, -32000, `Nothing at ${pathname}: the MCP endpoint is ${MCP_PATH}.`)
    );
  }

  return {
    fetch: (request) => route(request, new URL(request.url).pathname),
    sessionCount: () => sessions.size,
    async close() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.allSettled(open.map((session) => session.server.close()));
    },
  };
}

function jsonRpcError(
  status: number,
  code: number,
  message: string,
  headers?: Record<string, string>,
): Response {
  return Response.json(
    { jsonrpc: "2.0", error: { code, message }, id: null },
    { status, ...(headers ? { headers } : {}) },
  );
}

/** Whether a POST to /mcp carries a `tools/call` of `execute` (read from a copy of the body). */
async function callsExecute(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  let body: unknown;
  try {
    body = JSON.parse(await request.clone().text());
  } catch {
    return false;
  }
  const messages = Array.isArray(body) ? body : [body];
  return messages.some(
    (message) =>
      typeof message === "object" &&
      message !== null &&
      (message as { method?: unknown }).method === "tools/call" &&
      (message as { params?: { name?: unknown } }).params?.name === "execute",
  );
}
