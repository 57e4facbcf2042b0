import { availableParallelism } from "node:os";
import type { CodeMode } from "../create-code-mode.js";
import { Admission } from "./admission.js";
import { createConsoleAssets } from "./console-assets.js";
import { createGatewayServer } from "./create-gateway-server.js";
import type { Credentials } from "./credentials.js";
import { gatewayToolListing } from "./gateway-tools.js";
import { createHealthCheck } from "./health.js";
import { createHttpApp, type HttpApp } from "./http-app.js";
import { LOOPBACK_HOSTS } from "./http-guard.js";
import { createJsonApi } from "./json-api.js";
import { createGatewayMetrics, type GatewayMetrics } from "./metrics.js";

export interface GatewayOptions {
  /** Who may do what; without tokens, every request passes (keep it on loopback then). */
  credentials?: Credentials;
  /** Host names requests may name (DNS rebinding); loopback names by default. */
  allowedHosts?: readonly string[];
  /** Bound to loopback only: `/healthz` needs no token. Default true. */
  loopback?: boolean;
  /** Executions running at once (default 4 per core) and waiting (default 100). */
  maxConcurrent?: number;
  maxQueued?: number;
  /** MCP sessions open at once (default 1,000), and how long an idle one lives (default 30 min). */
  maxSessions?: number;
  sessionIdleMs?: number;
  /** Serve the web console at `/` (default true). */
  console?: boolean;
  /** Where the gateway reports its own failures (never stdout). */
  log?: (line: string) => void;
  /** Told of each `execute` (execution id, status, session), for logs read by machines. */
  logEvent?: (event: { event: string; [field: string]: unknown }) => void;
  /** List the approved saved scripts as MCP tools too (`serve --expose-scripts`). */
  exposeScripts?: boolean;
}

/** The MCP gateway as a web-standard handler: mount `fetch` in any HTTP server. */
export interface Gateway {
  /** Answers `/mcp`, `/api`, the console, `/healthz` and `/metrics`. */
  fetch(request: Request, info?: { remoteAddress?: string | undefined }): Promise<Response>;
  readonly app: HttpApp;
  readonly admission: Admission;
  readonly metrics: GatewayMetrics;
  /**
   * Stops admitting executions (503), lets those under way finish for `graceMs` (default 30 s),
   * then stops the rest with `why` in the journal, and closes every session. Paused executions
   * stay, for the next start.
   */
  shutdown(options?: { graceMs?: number; why?: string }): Promise<void>;
}

const DEFAULT_GRACE_MS = 30_000;

/**
 * A gateway's shutdown, over HTTP or stdio: admits nothing more, lets the executions under way
 * finish for `graceMs`, then stops the rest through `stop` (the signal their runs follow), with
 * `why` in the journal, and waits up to 5 s more for them to record how they ended.
 */
export async function drainExecutions(
  admission: Admission,
  stop: AbortController,
  options: { graceMs: number; why: string },
): Promise<void> {
  admission.close();
  if (await admission.drained(options.graceMs)) return;
  stop.abort(
    new Error(
      `The gateway shut down (${options.why}) before this run finished, after its grace period of ${options.graceMs} ms; the run was stopped. Paused executions are kept.`,
    ),
  );
  await admission.drained(5_000);
}

/**
 * The MCP gateway over a Code Mode runtime, wired as `codemode serve --http` wires it: streamable
 * HTTP at `/mcp`, the JSON API at `/api` and the web console at `/`, health and Prometheus
 * metrics, admission control, named tokens with roles, sessions that expire, a graceful
 * shutdown. The runtime is the caller's (it closes it).
 *
 * @example
 * import { createServer } from "node:http";
 * import { getRequestListener } from "@hono/node-server";
 * const gateway = createGateway(await createCodeMode({ config: "codemode.config.json" }));
 * createServer(getRequestListener((request) => gateway.fetch(request))).listen(3000, "127.0.0.1");
 */
export function createGateway(codeMode: CodeMode, options: GatewayOptions = {}): Gateway {
  const metrics = createGatewayMetrics();
  codeMode.observe(metrics.observer);
  const admission = new Admission({
    maxConcurrent: options.maxConcurrent ?? 4 * availableParallelism(),
    maxQueued: options.maxQueued ?? 100,
  });
  metrics.watch({ codeMode, admission });
  admission.onRefusal = metrics.refused;
  const shutdown = new AbortController();
  const tools = gatewayToolListing(codeMode);
  const log = options.log ?? ((line: string) => process.stderr.write(`codemode: ${line}\n`));
  const app: HttpApp = createHttpApp({
    createServer: () =>
      createGatewayServer(codeMode, {
        tools,
        log,
        admission,
        shutdown: shutdown.signal,
        ...(options.logEvent ? { logEvent: options.logEvent } : {}),
        ...(options.exposeScripts ? { exposeScripts: true } : {}),
      }),
    api: createJsonApi(codeMode),
    admission,
    allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    loopback: options.loopback ?? true,
    health: createHealthCheck({ codeMode, admission, sessions: () => app.sessionCount() }),
    metrics: metrics.handler,
    onSessions: metrics.sessionsOpen,
    ...(options.console === false ? {} : { console: createConsoleAssets() }),
    ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
    ...(options.sessionIdleMs ? { sessionIdleMs: options.sessionIdleMs } : {}),
  });
  return {
    fetch: (request, info) => app.fetch(request, info),
    app,
    admission,
    metrics,
    async shutdown(shutdownOptions = {}) {
      await drainExecutions(admission, shutdown, {
        graceMs: shutdownOptions.graceMs ?? DEFAULT_GRACE_MS,
        why: shutdownOptions.why ?? "shutting down",
      });
      await app.close();
    },
  };
}
