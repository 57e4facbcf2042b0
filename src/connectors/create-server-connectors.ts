import type { LoadedConfig } from "../config/load-config.js";
import { configServers } from "../core/config-servers.js";
import type { Connector } from "../core/connector.js";
import { ConfigError } from "../core/errors.js";

/** Builds one connector per entry of the config's `servers` (and `mcpServers`). */
export async function createServerConnectors(loaded: LoadedConfig): Promise<Connector[]> {
  const servers = configServers(loaded.config);
  const connectors: Connector[] = [];
  for (const [key, entry] of Object.entries(servers)) {
    const kind = "openapi" in entry ? "OpenAPI documents" : "MCP servers";
    throw new ConfigError(
      `servers.${key}: ${kind} are not supported by this version of codemode yet; remove the entry or use host functions.`,
    );
  }
  return connectors;
}
