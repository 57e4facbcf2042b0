import type { HttpServerConfig, OpenApiServerConfig, StdioServerConfig } from "../config/config.js";
import { configServers } from "../config/config-servers.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { Connector } from "../core/connector.js";
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
  const connectors: Connector[] = [];
  const openApiEntries = entries.filter(
    (pair): pair is [string, OpenApiServerConfig] => "openapi" in pair[1],
  );
  if (openApiEntries.length > 0) {
    // Loaded only when there are OpenAPI documents; the parser itself only when one is not cached.
    const [{ OpenApiConnector }, { openApiTarget }] = await Promise.all([
      import("./openapi/openapi-connector.js"),
      import("./openapi/openapi-target.js"),
    ]);
    for (const [key, entry] of openApiEntries) {
      const target = openApiTarget({
        key,
        entry,
        baseDirectory: loaded.baseDirectory,
        store: loaded.config.store,
        ...(options.environment ? { environment: options.environment } : {}),
      });
      connectors.push(new OpenApiConnector(target));
    }
  }
  const mcpEntries = entries.filter(
    (pair): pair is [string, StdioServerConfig | HttpServerConfig] => !("openapi" in pair[1]),
  );
  if (mcpEntries.length === 0) return connectors;
  // Loaded only when there are MCP servers: the SDK and child_process stay out of the root entry.
  const [{ McpConnector }, { serverTarget }, { secretValues }] = await Promise.all([
    import("./mcp/mcp-connector.js"),
    import("./mcp/server-target.js"),
    import("./redactor.js"),
  ]);
  for (const [key, entry] of mcpEntries) {
    const target = serverTarget({
      key,
      entry,
      baseDirectory: loaded.baseDirectory,
      ...(options.environment ? { environment: options.environment } : {}),
    });
    const environment = options.environment ?? process.env;
    const secrets = secretValues("command" in entry ? entry.env : entry.headers, environment);
    connectors.push(
      new McpConnector({
        namespace: key,
        target,
        secrets,
        ...(entry.timeoutMs === undefined ? {} : { timeoutMs: entry.timeoutMs }),
        ...(options.logger ? { logger: options.logger } : {}),
      }),
    );
  }
  // In the config's order, whatever their kind.
  const order = entries.map(([key]) => key);
  return connectors.sort((a, b) => order.indexOf(a.namespace) - order.indexOf(b.namespace));
}
