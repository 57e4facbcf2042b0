import type { LoadedConfig } from "../config/load-config.js";
import { configServers } from "../core/config-servers.js";
import type { Connector } from "../core/connector.js";
import { ConfigError } from "../core/errors.js";

/** The config's `servers` in a page: none yet; the page passes connectors of its own instead. */
export async function pageServerConnectors(loaded: LoadedConfig): Promise<Connector[]> {
  const keys = Object.keys(configServers(loaded.config));
  throw new ConfigError(
    `servers.${keys[0]}: a page's config takes no servers; pass the page's functions, or connectors (openApiConnector, mcpConnector) in createCodeMode's options.`,
  );
}
