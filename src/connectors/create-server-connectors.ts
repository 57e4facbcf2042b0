import type { LoadedConfig } from "../config/load-config.js";
import { configServers } from "../core/config-servers.js";
import type { Connector } from "../core/connector.js";
import { ConfigError } from "../core/errors.js";
import type { McpLogger } from "./mcp/mcp-logger.js";

export interface ServerConnectorsOptions {
  /** Where upstream MCP servers' stderr and log messages go; the host's stderr by default. */
  logger?: McpLogger;
  /** Where `${env:NAME}` references are looked up; `process.env` by default. */
  environment?: Record<string, string | undefined>;
}

/** Builds one connector per entry of the config's `servers` (and `mcpServers`). */
export async function createServerConnectors(
  loaded: LoadedConfig,
  options: ServerConnectorsOptions = {},
): Promise<Connector[]> {
  const servers = configServers(loaded.config);
  const entries = Object.entries(servers);
  if (entries.length === 0) return [];
  for (const [key, entry] of entries) {
    if ("openapi" in entry) {
      throw new ConfigError(
        `servers.${key}: OpenAPI documents are not supported by this version of codemode yet; remove the entry or use host functions.`,
      );
    }
  }
  // Loaded only when there are MCP servers: the SDK and child_process stay out of the root entry.
  const [{ McpConnector }, { serverTarget }] = await Promise.all([
    import("./mcp/mcp-connector.js"),
    import("./mcp/server-target.js"),
  ]);
  const connectors: Connector[] = [];
  for (const [key, entry] of entries) {
    if ("openapi" in entry) continue;
    const target = serverTarget({
      key,
      entry,
      baseDirectory: loaded.baseDirectory,
      ...(options.environment ? { environment: options.environment } : {}),
    });
    connectors.push(
      new McpConnector({
        namespace: key,
        target,
        ...(entry.timeoutMs === undefined ? {} : { timeoutMs: entry.timeoutMs }),
        ...(options.logger ? { logger: options.logger } : {}),
      }),
    );
  }
  return connectors;
}
