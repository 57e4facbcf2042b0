import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { ConfigError, ToolError } from "../../core/errors.js";

/** Where a document came from, and its bytes. */
export interface SpecSource {
  /** An absolute file path or an http(s) URL. */
  location: string;
  /** The URL when the document came over HTTP (relative server URLs resolve against it). */
  url?: URL;
  bytes: Uint8Array;
}

const MAX_SPEC_BYTES = 256 * 1024 * 1024;

/** Where a document is: an absolute file path, or an http(s) URL. */
export type SpecLocation = { path: string; url?: undefined } | { url: URL; path?: undefined };

/**
 * Where the config's `openapi` value points: a file path (relative to `baseDirectory`) or an
 * http(s) URL. Any other scheme is a `ConfigError`.
 *
 * @example
 * specLocation({ spec: "./petstore.yaml", baseDirectory: "/app", where: "servers.petstore" }); // { path: "/app/petstore.yaml" }
 */
export function specLocation(options: {
  spec: string;
  baseDirectory: string;
  where: string;
}): SpecLocation {
  const { spec, where } = options;
  if (/^https?:\/\//i.test(spec)) return { url: new URL(spec) };
  if (/^[a-z][a-z0-9+.-]+:/i.test(spec) && !/^[a-z]:[\\/]/i.test(spec)) {
    throw new ConfigError(`${where}.openapi: give a file path or an http(s) URL, not ${spec}.`);
  }
  return { path: isAbsolute(spec) ? spec : resolve(options.baseDirectory, spec) };
}

/**
 * Reads an OpenAPI document. A file that is missing is a `ConfigError`; a URL that cannot be
 * fetched a `ToolError` (the namespace stays empty until it can).
 *
 * @example
 * await readSpecSource({ location: { path: "/app/petstore.yaml" }, timeoutMs: 30000, where: "servers.petstore" });
 */
export async function readSpecSource(options: {
  location: SpecLocation;
  timeoutMs: number;
  where: string;
}): Promise<SpecSource> {
  const { location, where } = options;
  if (location.url) {
    const url = location.url;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ToolError(
        `${where}: the OpenAPI document at ${url.href} could not be fetched (${reason}).`,
        { code: "spec_unavailable" },
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ToolError(
        `${where}: fetching the OpenAPI document at ${url.href} gave HTTP ${response.status}; check the URL.`,
        { code: "spec_unavailable" },
      );
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_SPEC_BYTES) {
      throw new ConfigError(`${where}: the OpenAPI document at ${url.href} is larger than 256 MB.`);
    }
    return { location: url.href, url: new URL(response.url || url.href), bytes };
  }
  try {
    return { location: location.path, bytes: await readFile(location.path) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === "ENOENT" ? "does not exist" : `cannot be read (${(error as Error).message})`;
    throw new ConfigError(`${where}.openapi: the file ${location.path} ${reason}; check the path.`);
  }
}
