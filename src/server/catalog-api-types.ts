/**
 * The shapes `/api/catalog` answers with, shared by the JSON API and the web console (which
 * imports them as types only: this file imports nothing).
 */

/** One source of the catalog: an MCP server, an OpenAPI API or a namespace of host functions. */
export interface CatalogSource {
  namespace: string;
  /** What it is, known from its operations (absent while it lists none). */
  kind?: "functions" | "mcp" | "openapi";
  operationCount: number;
  /**
   * `ok`: it listed its operations; `degraded`: it works with a warning (see `warning`: a cached
   * copy of its spec); `unavailable`: it could not be started or read (see `problem`).
   */
  health: "ok" | "degraded" | "unavailable";
  problem?: string;
  warning?: string;
}

/** One operation, as a line of a listing. */
export interface CatalogOperation {
  /** `namespace.name` */
  path: string;
  /** The first line of its description. */
  description: string;
  kind: "functions" | "mcp" | "openapi";
  /** HTTP method and path, for OpenAPI operations. */
  method?: string;
  httpPath?: string;
  /** It only reads (MCP `readOnlyHint`, HTTP GET/HEAD/OPTIONS). */
  readOnly?: boolean;
  /** Its approval rule, when a call does not simply run: waits, blocked, or depends on the call. */
  approval?: { action: "ask" | "block" | "depends"; reason: string };
}

/** `GET /api/catalog?q=&namespace=&limit=` */
export interface CatalogResponse {
  sources: CatalogSource[];
  /** Ranked by relevance with `q`, else in catalog order. */
  operations: CatalogOperation[];
  /** How many operations matched before `limit`. */
  total: number;
}

/** `GET /api/catalog/:path` */
export interface DeclarationResponse {
  path: string;
  /** The TypeScript declaration the model sees. */
  declaration: string;
}
