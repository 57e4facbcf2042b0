import { type ApprovalConfig, globMatchesAny } from "./core/approval-policy.js";
import type { Catalog } from "./core/catalog.js";
import type { OperationSummary, SearchHit } from "./core/discovery.js";
import { ToolError } from "./core/errors.js";
import { type Operation, operationPath } from "./core/operation.js";
import { renderNamespace, renderOperation } from "./typegen/index.js";

/** Every operation in one light list (no schemas), for `codemode.operations()`. */
export function operationSummaries(
  operations: readonly Operation[],
  filter: { namespace?: string; text?: string } = {},
): OperationSummary[] {
  const text = filter.text?.toLowerCase();
  const summaries: OperationSummary[] = [];
  for (const operation of operations) {
    if (filter.namespace !== undefined && operation.namespace !== filter.namespace) continue;
    const { method, path, tags } = operation.source;
    const line = operation.description?.split("\n")[0]?.trim() ?? "";
    const summary: OperationSummary = {
      path: operationPath(operation),
      summary: line.length > 120 ? `${line.slice(0, 119)}…` : line,
      ...(method ? { method: method.toUpperCase() } : {}),
      ...(path ? { httpPath: path } : {}),
      ...(tags?.length ? { tags: [...tags] } : {}),
    };
    if (
      text &&
      ![summary.path, summary.httpPath ?? "", summary.summary].some((field) =>
        field.toLowerCase().includes(text),
      )
    )
      continue;
    summaries.push(summary);
  }
  return summaries;
}

/** A hit for each unavailable source the query names: its operations cannot be found, so say why. */
export function unavailableHits(catalog: Catalog, query: string): SearchHit[] {
  const words = new Set(query.toLowerCase().split(/[^\p{L}\p{N}_]+/u));
  return catalog
    .unavailable()
    .filter(({ namespace }) => words.has(namespace.toLowerCase()))
    .map(({ namespace, problem }) => ({
      path: namespace,
      signature: `${namespace} (unavailable)`,
      description: `Unavailable: ${problem}`,
      score: 0,
    }));
}

/** Each unavailable namespace, still declared, with why: the model learns it exists and is down. */
export function unavailableDeclarations(catalog: Catalog): string {
  return catalog
    .unavailable()
    .map(
      ({ namespace, problem }) =>
        `\n/** Unavailable: ${problem.replaceAll("*/", "* /")} Calls into it fail with ToolError code "source_unavailable"; it is tried again on use. */\ndeclare namespace ${namespace} {}\n`,
    )
    .join("");
}

export function unmatchedGlobs(
  approval: ApprovalConfig,
  operations: readonly Operation[],
): string[] {
  const warnings: string[] = [];
  for (const key of ["block", "require", "allow"] as const) {
    for (const glob of approval[key] ?? []) {
      if (!globMatchesAny(glob, operations))
        warnings.push(
          `approval.${key} "${glob}" matches no operation: give ns.name as search and describe show it (or the server's own tool name).`,
        );
    }
  }
  return warnings;
}

export function describePath(catalog: Catalog, path: string): string {
  const trimmed = path.trim();
  const operation = catalog.get(trimmed);
  if (operation) return renderOperation(operation);
  const inNamespace = catalog.operations().filter((candidate) => candidate.namespace === trimmed);
  if (inNamespace.length > 0) return renderNamespace(trimmed, inNamespace);
  const problem = catalog.problem(trimmed.split(".")[0] ?? trimmed);
  if (problem)
    throw new ToolError(`${trimmed} is unavailable: ${problem}`, { code: "source_unavailable" });
  throw new ToolError(
    `Nothing is called "${trimmed}". Give "namespace.name" or "namespace" (namespaces: ${catalog.namespaces().join(", ") || "none"}); search finds names.`,
    { code: "unknown_operation" },
  );
}
