import { randomUUID } from "node:crypto";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { guardRequest, type HttpGuardOptions } from "./http-guard.js";

export interface HttpAppOptions extends HttpGuardOptions {
  /** A new MCP server for each session. */
  createServer(): Server;
  /** At most this many open sessions; past it, a new `initialize` is refused with 503. */
  maxSessions?: number;
  /** Answers requests under `/api` (the JSON API of the journal). */
  api?: (request: Request) => Promise<Response>;
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

/**
 * The streamable HTTP gateway at `/mcp`, stateful: `initialize` opens a session (its own MCP
 * server and transport), later requests carry its `Mcp-Session-Id`, `DELETE` ends it. The
 * Host/Origin check and the bearer token apply to every path before anything else.
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

  return {
    async fetch(request) {
      const refusal = guardRequest(request, options);
      if (refusal) return refusal;
      const { pathname } = new URL(request.url);
      if (pathname === MCP_PATH) return handleMcp(request);
      if (options.api && (pathname === "/api" || pathname.startsWith("/api/")))
        return options.api(request);
      return jsonRpcError(404, -32000, `Nothing at ${pathname}: the MCP endpoint is ${MCP_PATH}.`);
    },
    sessionCount: () => sessions.size,
    async close() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.allSettled(open.map((session) => session.server.close()));
    },
  };
}

function jsonRpcError(status: number, code: number, message: string): Response {
  return Response.json({ jsonrpc: "2.0", error: { code, message }, id: null }, { status });
}
