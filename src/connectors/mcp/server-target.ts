import { isAbsolute, resolve } from "node:path";
import type { HttpServerConfig, StdioServerConfig } from "../../config/config.js";
import { ConfigError } from "../../core/errors.js";
import { resolveEnvRecord, resolveEnvReferences } from "../resolve-env-references.js";

/** An MCP server started as a child process, spoken to over its stdin and stdout. */
export interface StdioTarget {
  kind: "stdio";
  command: string;
  args: string[];
  /** Only what the entry names; the SDK adds the minimal defaults (PATH, HOME, … on Windows SYSTEMROOT…). */
  env: Record<string, string>;
  cwd: string;
}

/** An MCP server over HTTP: streamable HTTP, or the older HTTP+SSE transport. */
export interface HttpTarget {
  kind: "http";
  url: URL;
  headers: Record<string, string>;
  /** `sse` skips streamable HTTP; otherwise SSE is tried only when streamable HTTP is refused. */
  transport?: "streamable-http" | "sse";
}

export type ServerTarget = StdioTarget | HttpTarget;

/**
 * Resolves a config entry on the host: `${env:NAME}` in `env`, `headers`, `args` and `url`,
 * relative `cwd` against the config's folder (which is also the default working directory).
 *
 * @example
 * serverTarget({ key: "fs", entry: { command: "node", args: ["server.js"] }, baseDirectory: "/app" });
 */
export function serverTarget(options: {
  key: string;
  entry: StdioServerConfig | HttpServerConfig;
  baseDirectory: string;
  environment?: Record<string, string | undefined>;
}): ServerTarget {
  const { key, entry, baseDirectory } = options;
  const environment = options.environment ?? process.env;
  const where = `servers.${key}`;
  if ("command" in entry) {
    const cwd = entry.cwd ?? ".";
    return {
      kind: "stdio",
      command: entry.command,
      args: (entry.args ?? []).map((arg, index) =>
        resolveEnvReferences(arg, `${where}.args.${index}`, environment),
      ),
      env: resolveEnvRecord(entry.env, `${where}.env`, environment) ?? {},
      cwd: isAbsolute(cwd) ? cwd : resolve(baseDirectory, cwd),
    };
  }
  const url = resolveEnvReferences(entry.url, `${where}.url`, environment);
  if (!URL.canParse(url)) {
    // The resolved value may hold a secret: it is not repeated in the message.
    throw new ConfigError(`${where}.url is not a URL once its references are resolved: fix it.`, {
      details: { path: `${where}.url` },
    });
  }
  const target: HttpTarget = {
    kind: "http",
    url: new URL(url),
    headers: resolveEnvRecord(entry.headers, `${where}.headers`, environment) ?? {},
  };
  if (entry.transport) target.transport = entry.transport;
  return target;
}
