import { ConfigError } from "../core/errors.js";

export interface ListenAddress {
  /** As given to `listen`: `127.0.0.1`, `::1`, `0.0.0.0`, a name. */
  host: string;
  port: number;
}

export const DEFAULT_HOST = "127.0.0.1";
/** Host names that always mean this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * Reads `--http [HOST:]PORT`: `3000`, `127.0.0.1:3000`, `[::1]:3000`, `0.0.0.0:0` (port 0: any
 * free port). The host is the loopback address unless given.
 */
export function parseListenAddress(text: string): ListenAddress {
  const match = /^(?:(\[[^\]]+\]|[^:]+):)?(\d{1,5})$/.exec(text.trim());
  const port = Number(match?.[2]);
  if (!match || !Number.isInteger(port) || port > 65535)
    throw new ConfigError(
      `--http takes [HOST:]PORT, such as 3000 or 127.0.0.1:3000, not "${text}".`,
    );
  const host = match[1] ?? DEFAULT_HOST;
  return { host: host.startsWith("[") ? host.slice(1, -1) : host, port };
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, "");
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(host);
}

/**
 * The Host/Origin names a server bound to `host` answers to: the loopback names, the bound name
 * itself, and any the user adds. Bound to every interface, the names cannot be known: undefined
 * (any host) unless the user lists them, and the bearer token is what protects the gateway.
 */
export function allowedHostsFor(host: string, extra: readonly string[] = []): string[] | undefined {
  if (isWildcardHost(host)) return extra.length > 0 ? [...LOOPBACK_HOSTS, ...extra] : undefined;
  const bound = host.includes(":") ? `[${host}]` : host;
  return [...new Set([...LOOPBACK_HOSTS, bound.toLowerCase(), ...extra])];
}

/** `http://127.0.0.1:3000/mcp`, `http://[::1]:3000/mcp`. */
export function endpointUrl(host: string, port: number): string {
  const shown = isWildcardHost(host) ? DEFAULT_HOST : host;
  return `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}/mcp`;
}
