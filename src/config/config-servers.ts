import type { Config, ServerConfig } from "./config.js";

/** All server entries, from `servers` and its alias `mcpServers`. */
export function configServers(config: Config): Record<string, ServerConfig> {
  return { ...(config.mcpServers ?? {}), ...(config.servers ?? {}) } as Record<
    string,
    ServerConfig
  >;
}
