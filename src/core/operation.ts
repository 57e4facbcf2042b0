/** A JSON Schema document or fragment, drafts 07 and 2020-12. Kept loose: connectors pass through what sources give. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** Behaviour hints, as MCP tool annotations define them. */
export interface OperationAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

/** Where an operation comes from, for search, policy and display. */
export interface OperationSource {
  kind: "functions" | "mcp" | "openapi";
  /** HTTP method and path for OpenAPI operations. */
  method?: string;
  path?: string;
  tags?: string[];
  /** The name the source itself uses when it differs from `name` (an MCP tool name, an operationId). */
  originalName?: string;
}

/**
 * One callable operation of the catalog. Every connector yields this shape; typegen, search,
 * validation and the MCP listing all read it.
 *
 * @example
 * const op: Operation = {
 *   namespace: "crm", name: "findCustomer", description: "Find a customer by email",
 *   inputSchema: { type: "object", properties: { email: { type: "string" } }, required: ["email"] },
 *   source: { kind: "functions" },
 * };
 */
export interface Operation {
  /** The sandbox global it lives under: a safe identifier. */
  namespace: string;
  /** The function name inside the namespace: a safe identifier. */
  name: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: OperationAnnotations;
  source: OperationSource;
  /**
   * The document that `$ref`s inside `inputSchema`/`outputSchema` resolve against (an OpenAPI
   * spec, say). Without it, refs resolve against the schema that contains them.
   */
  schemaRoot?: unknown;
  /**
   * A digest of the document the operation was built from (an OpenAPI spec's bytes), when its
   * connector knows one: a cache of what is derived from operations (the search index) keys on
   * it instead of reading every description and schema.
   */
  sourceDigest?: string;
}

/** `namespace.name`, the path `describe` and search results use. */
export function operationPath(operation: Pick<Operation, "namespace" | "name">): string {
  return `${operation.namespace}.${operation.name}`;
}
