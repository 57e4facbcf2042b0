import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../config/load-config.js";
import { createCodeModeFromConfig } from "../create-code-mode.js";
import { WorkerSandbox } from "../sandbox/worker/worker-sandbox.js";
import { Admission } from "../server/admission.js";
import { createConsoleAssets } from "../server/console-assets.js";
import { createGatewayServer } from "../server/create-gateway-server.js";
import { catalogSummary, gatewayToolListing } from "../server/gateway-tools.js";
import { createJsonApi } from "../server/json-api.js";
import { allowedHostsFor, isLoopbackHost, type ListenAddress } from "../server/listen-address.js";
import { serveHttp } from "../server/serve-http.js";
import { serveStdio } from "../server/serve-stdio.js";
import { DEFAULT_STORE_FOLDER } from "../store/open-store.js";
import type { CommonOptions } from "./open-code-mode.js";
import { UsageError } from "./usage-error.js";

export interface ServeOptions extends CommonOptions {
  /** Serve streamable HTTP here instead of stdio. */
  http?: ListenAddress;
  /** Bearer token for HTTP; `CODEMODE_TOKEN` when absent. */
  token?: string;
  /** More Host/Origin names the HTTP gateway answers to. */
  allowHost?: string[];
  /** Executions running at once across sessions (default: 4 per core). */
  maxConcurrent?: number;
  /** Executions waiting for a turn (default 100); past it, `execute` is refused. */
  maxQueued?: number;
  verbose?: boolean;
}

const log = (line: string) => process.stderr.write(`codemode: ${line}\n`);

/** `codemode serve`: the MCP gateway, until standard input ends (stdio) or a signal (HTTP). */
export async function serveCommand(options: ServeOptions): Promise<number> {
  // In stdio mode stdout is the protocol: host functions that print must not corrupt it.
  if (!options.http) routeConsoleToStderr();
  const token = options.token ?? (process.env.CODEMODE_TOKEN || undefined);
  if (options.http && !isLoopbackHost(options.http.host) && token === undefined)
    throw new UsageError(
      `Serving on ${options.http.host} reaches beyond this machine: give --token T or set CODEMODE_TOKEN, and send Authorization: Bearer T.`,
    );

  const loaded = await loadConfig(options.config);
  // Scripts run on a pool of worker threads (one per core): one spinning until its limit leaves
  // the server answering every other request. The worker entry is bundled beside the CLI.
  const sandbox = new WorkerSandbox();
  const codeMode = await createCodeModeFromConfig(loaded, {
    // A long-lived process keeps the checker warm: on unless the config turns it off.
    typecheck: loaded.config.typecheck ?? true,
    sandbox,
    store: loaded.config.store ?? DEFAULT_STORE_FOLDER,
  });
  for (const warning of codeMode.policy().warnings) log(warning);
  const tools = gatewayToolListing(codeMode);
  const admission = new Admission({
    maxConcurrent: options.maxConcurrent ?? 4 * availableParallelism(),
    maxQueued: options.maxQueued ?? 100,
  });
  const createServer = () => createGatewayServer(codeMode, { tools, log, admission });
  const ready = () => {
    if (!options.verbose) return;
    log(`ready in ${Math.round(performance.now())} ms. ${catalogSummary(codeMode)}`);
  };

  try {
    if (!options.http) {
      const serving = serveStdio(createServer());
      ready();
      await serving;
      return 0;
    }
    const gateway = await serveHttp({
      host: options.http.host,
      port: options.http.port,
      createServer,
      api: createJsonApi(codeMode),
      admission,
      console: createConsoleAssets(),
      allowedHosts: allowedHostsFor(options.http.host, options.allowHost),
      ...(token === undefined ? {} : { token }),
    });
    log(`MCP gateway at ${gateway.url}${token === undefined ? "" : " (bearer token required)"}`);
    log(
      `web console at ${gateway.url.replace(/\/mcp$/, "/")}${token === undefined ? "" : " (log in with the token)"}`,
    );
    ready();
    await untilSignal();
    await gateway.close();
    return 0;
  } finally {
    await codeMode.close();
    await sandbox.close();
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function routeConsoleToStderr(): void {
  const toStderr = console.error.bind(console);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
