import { stat } from "node:fs/promises";
import type { CallContext, Connector, PreparedCall } from "../../core/connector.js";
import { ConfigError, ToolError } from "../../core/errors.js";
import type { Operation } from "../../core/operation.js";
import { Redactor } from "../redactor.js";
import { lazyProperties } from "./lazy-property.js";
import { readSpecSource, type SpecLocation, specLocation } from "./read-spec-source.js";
import { judgedMethod, pathBelowBase } from "./request-guard.js";
import { REQUEST_INPUT_SCHEMA, REQUEST_OPERATION } from "./request-input-schema.js";
import { RouteTable } from "./route-table.js";
import type { HttpRequest } from "./send-request.js";
import {
  type FileStamp,
  readCachedSpec,
  readLastKey,
  readStampedKey,
  specCacheKey,
  writeCachedSpec,
  writeStampedKey,
} from "./spec-cache.js";
import type { BuiltOperation, BuiltSpec } from "./spec-types.js";

export const DEFAULT_OPENAPI_TIMEOUT_MS = 60_000;

export interface OpenApiConnectorOptions {
  /** The server's key in the config: its namespace. */
  namespace: string;
  /**
   * A file path (relative to `baseDirectory`) or an http(s) URL of a JSON or YAML document, or
   * the document itself as an object (never cached).
   */
  spec: string | Record<string, unknown>;
  baseDirectory: string;
  /** Where calls go; the document's first server URL by default. */
  baseUrl?: string;
  /** Sent with every call, `${env:NAME}` already resolved: the credentials. */
  headers?: Record<string, string>;
  /** Values to redact from everything that reaches the script (the credentials' secrets). */
  secrets?: readonly string[];
  /** How long one call (and fetching the document) may take; 60 s by default. */
  timeoutMs?: number;
  /** Where built operations are cached by the document's hash; `false` for no cache. */
  cacheDirectory?: string | false;
}

/** How long the last load took, and whether it came from the cache. */
export interface OpenApiLoadStats {
  cached: boolean;
  operations: number;
  milliseconds: number;
}

interface Loaded {
  operations: Operation[];
  /** By name: a call reads the operation's plan (from the cache, parsed on that first call). */
  built: Map<string, BuiltOperation>;
  baseUrl: URL;
  /** Built on the first generic request: which declared operation it amounts to. */
  routes?: RouteTable;
}

/** A request built by `prepareCall`, and what it was judged as. */
interface Prepared {
  request: HttpRequest;
  what: string;
  judged: string;
}

/**
 * An OpenAPI 3.x or Swagger 2.0 document as a catalog namespace: one operation per path and
 * method, plus `request(...)` for anything else. Calls are made by the host with `fetch`, only to
 * the base URL's origin, with the configured headers attached here (the sandbox never sees them)
 * and their secret values redacted from whatever comes back.
 *
 * @example
 * const github = new OpenApiConnector({
 *   namespace: "github", spec: "./specs/github.json", baseDirectory: process.cwd(),
 *   baseUrl: "https://api.github.com", headers: { Authorization: `Bearer ${token}` }, secrets: [token],
 * });
 * await github.listOperations();
 */
export class OpenApiConnector implements Connector {
  readonly namespace: string;
  readonly kind = "openapi";
  private readonly options: OpenApiConnectorOptions;
  private readonly redactor: Redactor;
  private readonly timeoutMs: number;
  private loading: Promise<Loaded> | undefined;
  private staleWarning: string | undefined;
  /** Requests built to be judged, by the arguments object: the call sends exactly that one. */
  private readonly prepared = new WeakMap<object, Prepared>();
  private stats: OpenApiLoadStats | undefined;

  constructor(options: OpenApiConnectorOptions) {
    this.namespace = options.namespace;
    this.options = options;
    this.redactor = new Redactor(options.secrets ?? []);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_OPENAPI_TIMEOUT_MS;
  }

  /** How the last load went (from the cache or built), for benchmarks and diagnostics. */
  get loadStats(): OpenApiLoadStats | undefined {
    return this.stats;
  }

  async listOperations(): Promise<readonly Operation[]> {
    return (await this.load()).operations;
  }

  /**
   * Builds the request a call will send and says what it is: the method judged (a
   * method-override header counts), the path below the base URL, and for `request()` the declared
   * operation whose route it hits. A path outside the base URL or with `..` is refused here.
   */
  async prepareCall(name: string, args: unknown): Promise<PreparedCall> {
    const loaded = await this.load();
    const prepared = await this.buildCall(loaded, name, args);
    if (typeof args === "object" && args !== null) this.prepared.set(args, prepared);
    const path = pathBelowBase(prepared.request.url, loaded.baseUrl);
    if (name !== REQUEST_OPERATION)
      return { http: { method: prepared.judged, path, declared: true } };
    loaded.routes ??= new RouteTable(
      [...loaded.built.values()].map((operation) => [operation.name, operation.plan]),
    );
    const target = loaded.routes.match(prepared.judged, path);
    return {
      ...(target ? { target } : {}),
      http: { method: prepared.judged, path, declared: target !== undefined },
    };
  }

  async callOperation(name: string, args: unknown, context: CallContext): Promise<unknown> {
    const [loaded, { sendRequest }] = await Promise.all([this.load(), callModules()[2]]);
    const held = typeof args === "object" && args !== null ? this.prepared.get(args) : undefined;
    if (held) this.prepared.delete(args as object);
    const { request, what } = held ?? (await this.buildCall(loaded, name, args));
    return sendRequest({
      request,
      origin: loaded.baseUrl.origin,
      credentials: this.options.headers ?? {},
      redactor: this.redactor,
      timeoutMs: this.timeoutMs,
      signal: context.signal,
      what,
    });
  }

  private async buildCall(loaded: Loaded, name: string, args: unknown): Promise<Prepared> {
    const [{ buildRequest }, { buildGenericRequest }] = await Promise.all([
      callModules()[0],
      callModules()[1],
    ]);
    let what = `${this.namespace}.${name}`;
    let request: HttpRequest;
    if (name === REQUEST_OPERATION) {
      request = buildGenericRequest({ args, baseUrl: loaded.baseUrl, what });
      what = `${what} (${request.method} ${request.url.pathname})`;
    } else {
      const plan = loaded.built.get(name)?.plan;
      if (plan === undefined) {
        throw new ToolError(`There is no operation "${what}".`, { code: "unknown_operation" });
      }
      what = `${what} (${plan.method} ${plan.path})`;
      request = buildRequest({ plan, args, baseUrl: loaded.baseUrl, what });
    }
    return { request, what, judged: judgedMethod(request.method, request.headers) };
  }

  private load(): Promise<Loaded> {
    if (!this.loading) {
      const loading = this.loadOnce();
      this.loading = loading;
      // A document that could not be fetched is tried again by the next listing or call.
      loading.catch(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    }
    return this.loading;
  }

  private async loadOnce(): Promise<Loaded> {
    const started = performance.now();
    const where = `servers.${this.namespace}`;
    const { spec } = this.options;
    const { built, cached, url } =
      typeof spec === "string"
        ? await this.build(
            specLocation({ spec, baseDirectory: this.options.baseDirectory, where }),
            where,
          )
        : await this.buildGiven(spec, where);
    const baseUrl = resolveBaseUrl({
      baseUrl: this.options.baseUrl,
      servers: built.servers,
      url,
      where,
    });
    const operations = built.operations.map((operation) =>
      catalogOperation(this.namespace, operation, built),
    );
    operations.push(this.requestOperation(baseUrl, built.title));
    this.stats = {
      cached,
      operations: built.operations.length,
      milliseconds: performance.now() - started,
    };
    return {
      operations,
      built: new Map(built.operations.map((operation) => [operation.name, operation])),
      baseUrl,
    };
  }

  /**
   * The built operations: from the cache (by content hash; for a file whose size and times have
   * not changed, the hash recorded for it), else parsed and built, then cached.
   */
  private async build(
    location: SpecLocation,
    where: string,
  ): Promise<{ built: BuiltSpec; cached: boolean; url?: URL | undefined }> {
    const directory = this.options.cacheDirectory || undefined;
    const stamp = directory && location.path ? await fileStamp(location.path) : undefined;
    if (directory && location.path && stamp) {
      const key = await readStampedKey(directory, location.path, stamp);
      const cached = key && (await readCachedSpec(directory, key));
      if (cached) return { built: cached, cached: true };
    }
    let source: Awaited<ReturnType<typeof readSpecSource>>;
    try {
      source = await readSpecSource({ location, timeoutMs: this.timeoutMs, where });
    } catch (error) {
      const fallback =
        directory && location.url ? await this.lastCopy(directory, location.url, error) : undefined;
      if (fallback) return fallback;
      throw error;
    }
    this.staleWarning = undefined;
    const key = directory ? specCacheKey(source.bytes) : undefined;
    // A URL's last good copy, by its hash: what a later load falls back on when the URL fails.
    if (directory && key && location.url)
      await writeStampedKey(
        directory,
        location.url.href,
        { size: source.bytes.byteLength, mtimeMs: Date.now(), ctimeMs: 0 },
        key,
      );
    if (directory && key) {
      const cached = await readCachedSpec(directory, key);
      if (cached) {
        if (location.path && stamp) await writeStampedKey(directory, location.path, stamp, key);
        return { built: cached, cached: true, url: source.url };
      }
    }
    // Only a document that is not cached needs these: a cached load does not pay to load them.
    const [{ parseDocument }, { buildOperations }] = await Promise.all([
      import("./parse-document.js"),
      import("./build-operations.js"),
    ]);
    const document = await parseDocument(source, where);
    const built = buildOperations(document, where);
    if (key) built.digest = key;
    if (directory && key) {
      await writeCachedSpec(directory, key, built);
      if (location.path && stamp) await writeStampedKey(directory, location.path, stamp, key);
    }
    return { built, cached: false, url: source.url };
  }

  /** The built operations of a document given as an object. */
  private async buildGiven(
    spec: Record<string, unknown>,
    where: string,
  ): Promise<{ built: BuiltSpec; cached: boolean; url?: undefined }> {
    const [{ parseDocument }, { buildOperations }] = await Promise.all([
      import("./parse-document.js"),
      import("./build-operations.js"),
    ]);
    const bytes = new TextEncoder().encode(JSON.stringify(spec));
    const document = await parseDocument(
      { location: `${where}.openapi (an object)`, bytes },
      where,
    );
    return { built: buildOperations(document, where), cached: false };
  }

  /** Said while the spec is a cached copy because its URL failed. */
  get warning(): string | undefined {
    return this.staleWarning;
  }

  /** The copy of a URL's document cached when it last loaded, used (with a warning) when it fails. */
  private async lastCopy(
    directory: string,
    url: URL,
    error: unknown,
  ): Promise<{ built: BuiltSpec; cached: boolean; url: URL } | undefined> {
    const last = await readLastKey(directory, url.href);
    const built = last && (await readCachedSpec(directory, last.key));
    if (!last || !built) return undefined;
    const cause = error instanceof Error ? error.message : String(error);
    this.staleWarning = `the document at ${url.href} could not be fetched (${cause}); using the copy cached on ${new Date(last.at).toISOString()}. It is fetched again at the next start.`;
    return { built, cached: true, url };
  }

  private requestOperation(baseUrl: URL, title: string | undefined): Operation {
    const api = title ? `${title} (${baseUrl.href})` : baseUrl.href;
    return {
      namespace: this.namespace,
      name: REQUEST_OPERATION,
      description: `Any HTTP request to ${api} that no other operation here covers. The host adds the credentials; only this origin can be called. Returns the response body (JSON parsed); an error status throws ToolError.`,
      inputSchema: REQUEST_INPUT_SCHEMA,
      source: { kind: "openapi", originalName: REQUEST_OPERATION, tags: [] },
    };
  }
}

/** What calls need, loaded by the first call: a listing does not pay to load it. */
let calling:
  | [
      Promise<typeof import("./build-request.js")>,
      Promise<typeof import("./request-operation.js")>,
      Promise<typeof import("./send-request.js")>,
    ]
  | undefined;
function callModules() {
  calling ??= [
    import("./build-request.js"),
    import("./request-operation.js"),
    import("./send-request.js"),
  ];
  return calling;
}

/**
 * A built operation as the catalog lists it. Its description, schemas and root are read from the
 * built one when first used: from the cache, that is when they are parsed, so a listing or a
 * search does not parse every schema, nor describing one operation the others'.
 */
function catalogOperation(
  namespace: string,
  operation: BuiltOperation,
  spec: BuiltSpec,
): Operation {
  const listed: Omit<Operation, ListedPart> = {
    namespace,
    name: operation.name,
    source: operation.source,
  };
  if (operation.annotations !== undefined) listed.annotations = operation.annotations;
  if (spec.digest !== undefined) listed.sourceDigest = spec.digest;
  const keys: ListedPart[] = ["inputSchema", "schemaRoot"];
  if ("description" in operation) keys.push("description");
  if ("outputSchema" in operation) keys.push("outputSchema");
  return defineListedParts(listed, { operation, spec }, keys);
}

type ListedPart = "description" | "inputSchema" | "outputSchema" | "schemaRoot";

const defineListedParts = lazyProperties<
  { operation: BuiltOperation; spec: BuiltSpec },
  Pick<Operation, ListedPart>
>({
  description: ({ operation }) => operation.description,
  inputSchema: ({ operation }) => operation.inputSchema,
  outputSchema: ({ operation }) => operation.outputSchema,
  schemaRoot: ({ spec }) => spec.root,
});

/**
 * The base URL calls go to: `baseUrl` when given, else the document's first server URL
 * (relative ones resolved against the document's URL). A `ConfigError` when there is none.
 */
export function resolveBaseUrl(options: {
  baseUrl: string | undefined;
  servers: readonly string[];
  /** The document's URL, when it came over HTTP. */
  url: URL | undefined;
  where: string;
}): URL {
  const { servers, url: documentUrl, where } = options;
  const candidate = options.baseUrl ?? servers[0];
  if (candidate === undefined) {
    throw new ConfigError(
      `${where}: the document names no server to call; give ${where}.baseUrl, such as "https://api.example.com".`,
    );
  }
  let url: URL | undefined;
  if (URL.canParse(candidate)) url = new URL(candidate);
  else if (documentUrl) url = new URL(candidate, documentUrl);
  if (url === undefined) {
    throw new ConfigError(
      `${where}: the document's server URL "${candidate}" is relative and the document is a file; give ${where}.baseUrl.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `${where}: the base URL ${url.href} is not http(s); give ${where}.baseUrl.`,
    );
  }
  if (/\{[^}]*\}/.test(decodeURI(url.href))) {
    throw new ConfigError(
      `${where}: the server URL ${decodeURI(url.href)} has variables without defaults; give ${where}.baseUrl.`,
    );
  }
  return url;
}

async function fileStamp(path: string): Promise<FileStamp | undefined> {
  try {
    const { size, mtimeMs, ctimeMs } = await stat(path);
    return { size, mtimeMs, ctimeMs };
  } catch {
    return undefined;
  }
}
