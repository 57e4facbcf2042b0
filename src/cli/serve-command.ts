import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../config/load-config.js";
import type { RuntimeObserver } from "../core/observer.js";
import { type CodeMode, createCodeModeFromConfig } from "../create-code-mode.js";
import { createIsolateSandbox } from "../sandbox/isolate/isolate-sandbox.js";
import { WorkerSandbox } from "../sandbox/worker/worker-sandbox.js";
import { Admission } from "../server/admission.js";
import { createGateway, drainExecutions } from "../server/create-gateway.js";
import { createGatewayServer } from "../server/create-gateway-server.js";
import { Credentials } from "../server/credentials.js";
import { catalogSummary, gatewayToolListing } from "../server/gateway-tools.js";
import { allowedHostsFor, isLoopbackHost, type ListenAddress } from "../server/listen-address.js";
import { listen } from "../server/serve-http.js";
import { serveStdio } from "../server/serve-stdio.js";
import { DEFAULT_STORE_FOLDER } from "../store/open-store.js";
import { createGatewayLog, type GatewayLog, type LogFormat } from "./gateway-log.js";
import { type CommonOptions, reportSources } from "./open-code-mode.js";
import { readTokensFile, tokensPath } from "./tokens-file.js";
import { UsageError } from "./usage-error.js";

export interface ServeOptions extends CommonOptions {
  /** Serve streamable HTTP here instead of stdio. */
  http?: ListenAddress;
  /** Bearer token for HTTP; `CODEMODE_TOKEN` when absent. */
  token?: string;
  /** Named tokens with roles; `tokens.json` beside the config when it exists. */
  tokens?: string;
  /** More Host/Origin names the HTTP gateway answers to. */
  allowHost?: string[];
  /** Executions running at once across sessions (default: 4 per core). */
  maxConcurrent?: number;
  /** Executions waiting for a turn (default 100); past it, `execute` is refused. */
  maxQueued?: number;
  /** MCP sessions open at once over HTTP (default 1,000). */
  maxSessions?: number;
  /** An MCP session with no request for this long is closed (default 30 minutes). */
  sessionIdleMs?: number;
  /** On SIGTERM, how long running executions may go on before they are stopped (default 30 s). */
  gracePeriodMs?: number;
  logFormat?: LogFormat;
  verbose?: boolean;
  /** List the approved saved scripts as MCP tools too. */
  exposeScripts?: boolean;
}

const DEFAULT_GRACE_MS = 30_000;

/** `codemode serve`: the MCP gateway, until standard input ends (stdio) or a signal (HTTP). */
export async function serveCommand(options: ServeOptions): Promise<number> {
  // In stdio mode stdout is the protocol: host functions that print must not corrupt it.
  if (!options.http) routeConsoleToStderr();
  const logger = createGatewayLog(options.logFormat);
  const log = logger.line;
  const token = options.token ?? (process.env.CODEMODE_TOKEN || undefined);
  const loaded = await loadConfig(options.config);
  const entries = readTokensFile(
    tokensPath({
      baseDirectory: loaded.baseDirectory,
      ...(options.tokens ? { tokens: options.tokens } : {}),
    }),
    options.tokens !== undefined,
  );
  const credentials = new Credentials(entries, token);
  if (options.http && !isLoopbackHost(options.http.host) && !credentials.required)
    throw new UsageError(
      `Serving on ${options.http.host} reaches beyond this machine: give --token T or set CODEMODE_TOKEN (or named tokens: codemode credentials add), and send Authorization: Bearer T.`,
    );

  // Scripts run on a pool of worker threads (one per core): one spinning until its limit leaves
  // the server answering every other request. The worker entry is bundled beside the CLI. The
  // isolate backend runs scripts on isolated-vm's own threads already.
  const sandbox =
    loaded.config.sandbox === "isolate" ? createIsolateSandbox() : new WorkerSandbox();
  const codeMode = await createCodeModeFromConfig(loaded, {
    // A long-lived process keeps the checker warm: on unless the config turns it off.
    typecheck: loaded.config.typecheck ?? true,
    sandbox,
    store: loaded.config.store ?? DEFAULT_STORE_FOLDER,
    ...(options.strict ? { strict: true } : {}),
    observers: await tracingObservers(),
  });
  reportSources(codeMode, log);
  for (const warning of codeMode.policy().warnings) log(warning);
  const graceMs = options.gracePeriodMs ?? DEFAULT_GRACE_MS;
  const ready = () => {
    if (!options.verbose) return;
    log(`ready in ${Math.round(performance.now())} ms. ${catalogSummary(codeMode)}`);
  };
  const announce = (why: string, admission: Admission) => {
    const { running, waiting } = admission.stats();
    logger.event({
      event: "shutdown",
      message: `${why}: admitting nothing new; ${running + waiting} execution(s) under way have ${Math.round(graceMs / 1000)} s to finish.`,
      running,
      waiting,
    });
  };

  try {
    if (!options.http)
      return await serveOverStdio(codeMode, options, { log, logger, ready, announce, graceMs });
    const gateway = createGateway(codeMode, {
      credentials,
      allowedHosts: allowedHostsFor(options.http.host, options.allowHost),
      loopback: isLoopbackHost(options.http.host),
      ...(options.exposeScripts ? { exposeScripts: true } : {}),
      log,
      logEvent: logger.event,
      ...(options.maxConcurrent ? { maxConcurrent: options.maxConcurrent } : {}),
      ...(options.maxQueued !== undefined ? { maxQueued: options.maxQueued } : {}),
      ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
      ...(options.sessionIdleMs ? { sessionIdleMs: options.sessionIdleMs } : {}),
    });
    const bound = await listen(gateway.app, options.http);
    const guarded = credentials.required ? " (bearer token required)" : "";
    logger.event({
      event: "start",
      message: `MCP gateway at ${bound.url}${guarded}`,
      url: bound.url,
    });
    log(
      `web console at ${bound.url.replace(/\/mcp$/, "/")}${credentials.required ? " (log in with a token)" : ""}`,
    );
    ready();
    const signal = await untilSignal();
    announce(signal, gateway.admission);
    await gateway.shutdown({ graceMs, why: signal });
    await bound.close();
    return 0;
  } finally {
    await codeMode.close();
    await sandbox.close();
  }
}

/** stdio: one MCP session on this process's standard input and output, until it ends or a signal. */
async function serveOverStdio(
  codeMode: CodeMode,
  options: ServeOptions,
  context: {
    log: (line: string) => void;
    logger: GatewayLog;
    ready: () => void;
    announce: (why: string, admission: Admission) => void;
    graceMs: number;
  },
): Promise<number> {
  const admission = new Admission({
    maxConcurrent: options.maxConcurrent ?? 4 * availableParallelism(),
    maxQueued: options.maxQueued ?? 100,
  });
  const shutdown = new AbortController();
  const serving = serveStdio(
    createGatewayServer(codeMode, {
      tools: gatewayToolListing(codeMode),
      log: context.log,
      admission,
      shutdown: shutdown.signal,
      logEvent: context.logger.event,
      ...(options.exposeScripts ? { exposeScripts: true } : {}),
    }),
  );
  context.ready();
  const signal = await Promise.race([serving.then(() => undefined), untilSignal()]);
  if (!signal) return 0;
  context.announce(signal, admission);
  await drainExecutions(admission, shutdown, { graceMs: context.graceMs, why: signal });
  return 0;
}

/** Resolves with the name of the first SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** Traces through OpenTelemetry when `@opentelemetry/api` is installed; nothing otherwise. */
async function tracingObservers(): Promise<RuntimeObserver[]> {
  const { openTelemetryObserver } = await import("../telemetry/open-telemetry.js");
  const observer = await openTelemetryObserver();
  return observer ? [observer] : [];
}

function routeConsoleToStderr(): void {
  const toStderr = console.error.bind(console);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
