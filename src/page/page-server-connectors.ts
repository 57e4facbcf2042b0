import type { HttpServerConfig, OpenApiServerConfig } from "../config/config.js";
import { configServers } from "../config/config-servers.js";
import type { LoadedConfig } from "../config/load-config.js";
import { McpConnector } from "../connectors/mcp/mcp-connector.js";
import type { McpLogger } from "../connectors/mcp/mcp-logger.js";
import { OpenApiConnector } from "../connectors/openapi/openapi-connector.js";
import type { Connector } from "../core/connector.js";
import { ConfigError } from "../core/errors.js";

export interface PageOpenApiOptions {
  /** The namespace scripts call it by. */
  namespace: string;
  /** The document as an object, or the http(s) URL the page fetches it from. */
  spec: string | Record<string, unknown>;
  /** Where calls go; the document's first server URL by default. */
  baseUrl?: string;
  /** Sent with every call by the page (the sandbox never sees them); redacted from what returns. */
  headers?: Record<string, string>;
  /** How long one call may take; 60 s by default. */
  timeoutMs?: number;
}

/**
 * An OpenAPI API as a namespace, called with the page's `fetch` (so with the page's cookies and
 * CORS rules); credentials stay in the page's code, never in the sandbox.
 *
 * @example
 * const petstore = openApiConnector({ namespace: "pets", spec: "/openapi.json", headers: { Authorization: `Bearer ${token}` } });
 * const cm = await createCodeMode({ connectors: [petstore] });
 */
export function openApiConnector(options: PageOpenApiOptions): Connector {
  const { namespace, spec, baseUrl, headers, timeoutMs } = options;
  return new OpenApiConnector({
    namespace,
    // A relative URL is the page's own.
    spec: typeof spec === "string" ? new URL(spec, location.href).href : spec,
    baseDirectory: "/",
    cacheDirectory: false,
    ...(baseUrl ? { baseUrl: new URL(baseUrl, location.href).href } : {}),
    ...(headers ? { headers, secrets: Object.values(headers) } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}

export interface PageMcpOptions {
  /** The namespace scripts call it by. */
  namespace: string;
  /** The server's streamable HTTP (or SSE) endpoint; it must allow the page's origin (CORS). */
  url: string;
  /** Sent with every request (an Authorization header, say); redacted from what returns. */
  headers?: Record<string, string>;
  transport?: "streamable-http" | "sse";
  /** How long one call may take; 60 s by default. */
  timeoutMs?: number;
  /** Where the server's log messages go; the page's console by default. */
  logger?: McpLogger;
}

/**
 * An MCP server over streamable HTTP as a namespace, through the official SDK's client in the
 * page. The server must answer the page's origin: same origin, or CORS that allows it (and
 * exposes the `Mcp-Session-Id` header).
 *
 * @example
 * const docs = mcpConnector({ namespace: "docs", url: "https://mcp.example.com/mcp" });
 */
export function mcpConnector(options: PageMcpOptions): Connector {
  const { namespace, url, headers = {}, transport, timeoutMs, logger = consoleLogger } = options;
  return new McpConnector({
    namespace,
    target: {
      kind: "http",
      url: new URL(url, location.href),
      headers,
      ...(transport ? { transport } : {}),
    },
    secrets: Object.values(headers),
    logger,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}

/** What an MCP server logs, on the page's console. */
const consoleLogger: McpLogger = (entry) =>
  // biome-ignore lint/suspicious/noConsole: the page's console is where a page's logs go.
  console.info(
    `[${entry.server}] ${entry.level === "info" ? "" : `${entry.level}: `}${entry.text}`,
  );

/** The config's `servers` in a page: OpenAPI documents by URL, MCP servers by URL; no commands. */
export async function pageServerConnectors(loaded: LoadedConfig): Promise<Connector[]> {
  return Object.entries(configServers(loaded.config)).map(([key, entry]) => {
    if ("command" in entry)
      throw new ConfigError(
        `servers.${key}: a page starts no process; give an MCP server's url instead of a command.`,
      );
    const headers = entry.headers && withoutEnvReferences(entry.headers, key);
    if ("openapi" in entry) {
      const { openapi, baseUrl, timeoutMs } = entry as OpenApiServerConfig;
      return openApiConnector({
        namespace: key,
        spec: openapi,
        ...(baseUrl ? { baseUrl } : {}),
        ...(headers ? { headers } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
      });
    }
    const { url, transport, timeoutMs } = entry as HttpServerConfig;
    return mcpConnector({
      namespace: key,
      url,
      ...(headers ? { headers } : {}),
      ...(transport ? { transport } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
  });
}

function withoutEnvReferences(
  headers: Record<string, string>,
  key: string,
): Record<string, string> {
  for (const [name, value] of Object.entries(headers))
    if (value.includes("${env:"))
      throw new ConfigError(
        `servers.${key}.headers.${name}: a page has no environment variables; put the value in the page's code.`,
      );
  return headers;
}
