import { randomUUID } from "node:crypto";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { Admission } from "./admission.js";
import { boundedRequest, MAX_BODY_BYTES } from "./bounded-body.js";
import { ConsoleSessions } from "./console-sessions.js";
import { type Credential, Credentials, type Role } from "./credentials.js";
import {
  authenticate,
  fromSameOrigin,
  guardRequest,
  type HttpGuardOptions,
  isSafeMethod,
  refuse,
} from "./http-guard.js";
import { createSessionApi } from "./session-api.js";

/** Who a request of the JSON API comes from, for the journal (`decidedBy`). */
export interface ApiContext {
  credential?: Credential;
}

export interface HttpAppOptions extends Omit<HttpGuardOptions, "sessions" | "roles" | "action"> {
  /** A new MCP server for each session. */
  createServer(): Server;
  /** At most this many open sessions (default 1,000); past it, `initialize` gets 503 and Retry-After. */
  maxSessions?: number;
  /**
   * An MCP session with no request for this long (and none under way) is closed: 30 minutes by
   * default. Closing it ends its running executions; paused ones stay in the journal.
   */
  sessionIdleMs?: number;
  /**
   * Answers requests under `/api` (the JSON API of the journal). With it, `/api/session` logs the
   * console in: a session cookie then stands in for the bearer token under `/api`.
   */
  api?: (request: Request, context: ApiContext) => Promise<Response>;
  /** `GET /healthz`: open without a token when `loopback`, else for operators and viewers. */
  health?: (request: Request) => Promise<Response>;
  /** `GET /metrics` (Prometheus text): for operators and viewers when tokens are set. */
  metrics?: (request: Request) => Promise<Response>;
  /** The gateway is bound to loopback only: health checks need no token. */
  loopback?: boolean;
  /** Told when a session opens or closes (for metrics). */
  onSessions?: (open: number) => void;
  /** When every execution slot and the queue are taken, new `execute` calls get 503 and Retry-After. */
  admission?: Admission;
  /** Serves the web console's files at `/` (see `createConsoleAssets`); open without the token. */
  console?: (request: Request) => Promise<Response | undefined>;
}

/** A web-standard HTTP app: `fetch` answers one request; `close` ends every session. */
export interface HttpApp {
  /** `remoteAddress`: the client's address, for throttling wrong logins per client. */
  fetch(request: Request, info?: { remoteAddress?: string | undefined }): Promise<Response>;
  /** How many MCP sessions are open. */
  sessionCount(): number;
  close(): Promise<void>;
}

interface Session {
  server: Server;
  transport: WebStandardStreamableHTTPServerTransport;
  /** When its last request arrived or ended. */
  lastSeen: number;
  /** Requests under way (an `execute` that runs, an open event stream). */
  active: number;
}

const DEFAULT_IDLE_MS = 30 * 60 * 1000;
/** Roles by what they reach. */
const MCP_ROLES: readonly Role[] = ["operator", "agent"];
const READ_ROLES: readonly Role[] = ["operator", "viewer"];
const WRITE_ROLES: readonly Role[] = ["operator"];

const MCP_PATH = "/mcp";
const HEALTH_PATH = "/healthz";
const METRICS_PATH = "/metrics";
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
  const idleMs = options.sessionIdleMs ?? DEFAULT_IDLE_MS;
  const sweeper = setInterval(() => expireIdle(), Math.max(50, Math.min(idleMs / 4, 60_000)));
  sweeper.unref();
  const sessionsChanged = () => options.onSessions?.(sessions.size);

  /** Closes sessions idle past `idleMs`: their running executions end, paused ones stay. */
  function expireIdle(): void {
    const before = Date.now() - idleMs;
    for (const [id, session] of sessions) {
      if (session.active > 0 || session.lastSeen > before) continue;
      sessions.delete(id);
      sessionsChanged();
      void session.server.close().catch(() => undefined);
    }
  }

  async function handleMcp(request: Request): Promise<Response> {
    const sessionId = request.headers.get("mcp-session-id");
    if (sessionId !== null) {
      const session = sessions.get(sessionId);
      if (!session) return jsonRpcError(404, -32001, "Session not found: initialize again.");
      return tracked(session, request, () => session.transport.handleRequest(request));
    }
    if (request.method !== "POST")
      return jsonRpcError(400, -32000, "Mcp-Session-Id header is required: initialize first.");
    if (sessions.size >= maxSessions) {
      expireIdle();
      if (sessions.size >= maxSessions)
        return jsonRpcError(
          503,
          -32000,
          `Too many open sessions (${maxSessions}): close one (DELETE /mcp) or retry after the time in Retry-After.`,
          { "retry-after": String(Math.max(1, Math.ceil(Math.min(idleMs, 60_000) / 1000))) },
        );
    }
    return openSession(request);
  }

  /** Counts a request as under way until its response has been sent or the client went away. */
  async function tracked(
    session: Session,
    request: Request,
    handle: () => Promise<Response>,
  ): Promise<Response> {
    session.active++;
    session.lastSeen = Date.now();
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      session.active--;
      session.lastSeen = Date.now();
    };
    request.signal.addEventListener("abort", end, { once: true });
    let response: Response;
    try {
      response = await handle();
    } catch (error) {
      end();
      throw error;
    }
    if (!response.body) {
      end();
      return response;
    }
    const body = response.body.pipeThrough(new TransformStream({ flush: end }));
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  async function openSession(request: Request): Promise<Response> {
    const server = options.createServer();
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => {
        sessions.set(id, { server, transport, lastSeen: Date.now(), active: 0 });
        sessionsChanged();
      },
    });
    transport.onclose = () => {
      if (transport.sessionId && sessions.delete(transport.sessionId)) sessionsChanged();
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
  const credentials = options.credentials ?? new Credentials([], options.token);
  const withToken: HttpGuardOptions = { ...hostOnly, credentials };
  const sessionApi = createSessionApi({ credentials, sessions: consoleSessions });

  async function route(request: Request, pathname: string, client: string): Promise<Response> {
    if (pathname === HEALTH_PATH && options.health) {
      const open = options.loopback && request.method === "GET";
      const refusal = guardRequest(
        request,
        open ? hostOnly : { ...withToken, roles: READ_ROLES, action: "read health" },
      );
      return refusal ?? options.health(request);
    }
    if (pathname === METRICS_PATH && options.metrics) {
      const refusal = guardRequest(request, {
        ...withToken,
        roles: READ_ROLES,
        action: "read metrics",
      });
      return refusal ?? options.metrics(request);
    }
    if (pathname === MCP_PATH) {
      const refusal = guardRequest(request, {
        ...withToken,
        roles: MCP_ROLES,
        action: "use MCP (it needs an agent's or an operator's token)",
      });
      if (refusal) return refusal;
      const bounded = await boundedRequest(request, MAX_BODY_BYTES.mcp);
      if (bounded instanceof Response) return bounded;
      request = bounded;
      if (options.admission?.full() && (await callsExecute(request))) {
        return jsonRpcError(
          503,
          -32000,
          "The gateway is at its limit of concurrent and queued executions (or shutting down): retry after the time in Retry-After.",
          { "retry-after": String(options.admission.refuse()) },
        );
      }
      return handleMcp(request);
    }
    if (options.api && pathname === SESSION_PATH) {
      const refusal = guardRequest(request, hostOnly);
      if (refusal) return refusal;
      const bounded = await boundedRequest(request, MAX_BODY_BYTES.session);
      return bounded instanceof Response ? bounded : sessionApi(bounded, client);
    }
    if (options.api && (pathname === "/api" || pathname.startsWith("/api/"))) {
      const writes = !isSafeMethod(request.method);
      const access = authenticate(request, {
        ...withToken,
        sessions: consoleSessions,
        roles: writes ? WRITE_ROLES : READ_ROLES,
        action: writes ? "decide approvals or roll back" : "read the journal",
      });
      if (access instanceof Response) return access;
      const bounded = await boundedRequest(request, MAX_BODY_BYTES.api);
      if (bounded instanceof Response) return bounded;
      request = bounded;
      // Another origin of this host (another port) passes the Host check: it may read nothing
      // (no CORS) and, here, change nothing either.
      if (!isSafeMethod(request.method) && !fromSameOrigin(request))
        return refuse(
          403,
          `Origin ${JSON.stringify(request.headers.get("origin"))} may not change anything here.`,
        );
      return options.api(request, access);
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
    fetch: (request, info) =>
      route(request, new URL(request.url).pathname, info?.remoteAddress ?? "unknown"),
    sessionCount: () => sessions.size,
    async close() {
      clearInterval(sweeper);
      const open = [...sessions.values()];
      sessions.clear();
      sessionsChanged();
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
