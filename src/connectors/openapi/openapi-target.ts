import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { OpenApiServerConfig } from "../../config/config.js";
import { secretValues } from "../redactor.js";
import { resolveEnvRecord } from "../resolve-env-references.js";
import type { OpenApiConnectorOptions } from "./openapi-connector.js";

/**
 * The connector options for a config entry, resolved on the host: `${env:NAME}` in `headers`
 * (and which values to redact), the cache folder: `<store>/cache/openapi` when the store is a
 * folder (`.codemode` by default, next to the config), else the system's temporary folder.
 *
 * @example
 * openApiTarget({ key: "github", entry: { openapi: "./github.json" }, baseDirectory: "/app" });
 */
export function openApiTarget(options: {
  key: string;
  entry: OpenApiServerConfig;
  baseDirectory: string;
  store?: string | undefined;
  environment?: Record<string, string | undefined>;
}): OpenApiConnectorOptions {
  const { key, entry, baseDirectory } = options;
  const environment = options.environment ?? process.env;
  const headers = resolveEnvRecord(entry.headers, `servers.${key}.headers`, environment);
  const store = options.store ?? ".codemode";
  const cacheDirectory = /^[a-z][a-z0-9+.-]+:\/\//i.test(store)
    ? join(tmpdir(), "codemode-cache", "openapi")
    : resolve(baseDirectory, store, "cache", "openapi");
  const target: OpenApiConnectorOptions = {
    namespace: key,
    spec: entry.openapi,
    baseDirectory,
    secrets: secretValues(entry.headers, environment),
    cacheDirectory,
  };
  if (headers) target.headers = headers;
  if (entry.baseUrl !== undefined) target.baseUrl = entry.baseUrl;
  if (entry.timeoutMs !== undefined) target.timeoutMs = entry.timeoutMs;
  return target;
}
