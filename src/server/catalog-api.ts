import { isReadOnly } from "../core/approval-policy.js";
import { type Operation, operationPath } from "../core/operation.js";
import type { CodeMode } from "../create-code-mode.js";
import type {
  CatalogOperation,
  CatalogResponse,
  CatalogSource,
  DeclarationResponse,
} from "./catalog-api-types.js";

/**
 * `GET /api/catalog`: every source with its health, and the operations, ranked by `query` when
 * given (through the same search the model uses), at most `limit` of them.
 */
export async function catalogListing(
  codeMode: CodeMode,
  options: { query?: string; namespace?: string; limit: number },
): Promise<CatalogResponse> {
  const operations = codeMode.operations();
  const byPath = new Map(operations.map((operation) => [operationPath(operation), operation]));
  const sources = codeMode.sources().map((source): CatalogSource => {
    const kind =
      source.kind ??
      operations.find((operation) => operation.namespace === source.namespace)?.source.kind;
    return {
      namespace: source.namespace,
      ...(kind ? { kind } : {}),
      operationCount: source.operationCount,
      health: source.state,
      ...(source.problem === undefined ? {} : { problem: source.problem }),
      ...(source.warning === undefined ? {} : { warning: source.warning }),
    };
  });
  const inNamespace = (operation: Operation) =>
    !options.namespace || operation.namespace === options.namespace;
  let matched: Operation[];
  if (options.query?.trim()) {
    // Search ranks the whole catalog: ask for enough to fill `limit` after the namespace filter.
    const hits = await codeMode.search(options.query, {
      limit: options.namespace ? Math.max(options.limit * 5, 100) : options.limit,
    });
    matched = hits.flatMap((hit) => byPath.get(hit.path) ?? []).filter(inNamespace);
  } else {
    matched = operations.filter(inNamespace);
  }
  const rules = new Map(codeMode.policy().operations.map((rule) => [rule.path, rule]));
  return {
    sources,
    operations: matched.slice(0, options.limit).map((operation) => {
      const row = listed(operation);
      const rule = rules.get(row.path);
      if (rule && rule.action !== "allow")
        row.approval = { action: rule.action, reason: rule.reason };
      return row;
    }),
    total: matched.length,
  };
}

/** `GET /api/catalog/:path`: the declaration of an operation (`ns.name`) or namespace (`ns`). */
export async function catalogDeclaration(
  codeMode: CodeMode,
  path: string,
): Promise<DeclarationResponse> {
  return { path, declaration: await codeMode.describe(path) };
}

function listed(operation: Operation): CatalogOperation {
  const { source } = operation;
  return {
    path: operationPath(operation),
    description: operation.description?.split("\n")[0]?.trim() ?? "",
    kind: source.kind,
    ...(source.method ? { method: source.method.toUpperCase() } : {}),
    ...(source.path ? { httpPath: source.path } : {}),
    ...(isReadOnly(operation) ? { readOnly: true } : {}),
  };
}
