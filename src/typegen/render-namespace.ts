import { toIdentifier } from "../core/identifier.js";
import type { Operation } from "../core/operation.js";
import { analyzeSchemas } from "./analyze-schemas.js";
import { assignTypeNames } from "./assign-type-names.js";
import { operationRoots, sortOperations } from "./operation-roots.js";
import type { RenderContext } from "./render-context.js";
import { renderFunction } from "./render-function.js";
import { renderNamedTypes } from "./render-named-types.js";
import { indent } from "./text.js";
import { RESERVED_TYPE_NAMES } from "./type-name.js";
import { resolveTypegenOptions, type TypegenOptions } from "./typegen-options.js";

/**
 * One `declare namespace` block: a function per operation (sorted by name), then the named types
 * they use (sorted by name). Schemas reused across the operations, or recursive, become named
 * types shared by the whole namespace.
 *
 * @example
 * renderNamespace("crm", [findCustomer]);
 * // declare namespace crm {
 * //   /** Find a customer by email *\/
 * //   function findCustomer(input: { email: string }): Promise<{ id?: string }>;
 * // }
 */
export function renderNamespace(
  namespace: string,
  operations: readonly Operation[],
  options?: TypegenOptions,
): string {
  const { maxDepth, maxChars } = resolveTypegenOptions(options);
  const sorted = sortOperations(operations);
  const functionNames = sorted.map((operation) => toIdentifier(operation.name));
  const graph = analyzeSchemas(
    sorted.flatMap((operation, index) => operationRoots(operation, functionNames[index] ?? "")),
  );
  const names = assignTypeNames(graph, { reserved: [...functionNames, ...RESERVED_TYPE_NAMES] });
  const context: RenderContext = { graph, names, maxDepth, compact: false };
  const functions = sorted.map((operation, index) =>
    renderFunction({ operation, name: functionNames[index] ?? "", context, maxChars }),
  );
  const types = renderNamedTypes({
    context,
    maxChars,
    references: functions.flatMap((declaration) => [...declaration.references.keys()]),
  });
  const sections = [functions.map((declaration) => declaration.text), types]
    .filter((section) => section.length > 0)
    .map((section) => section.join("\n"));
  const body = sections.length === 0 ? "" : `${indent(sections.join("\n\n"))}\n`;
  return `declare namespace ${toIdentifier(namespace)} {\n${body}}\n`;
}

/**
 * The declaration of one operation, for `describe ns.name`: a `declare namespace` block with only
 * its function and the named types it uses, transitively.
 *
 * @example
 * renderOperation(reposGet); // "declare namespace github {\n  function reposGet(…): Promise<…>;\n}\n"
 */
export function renderOperation(operation: Operation, options?: TypegenOptions): string {
  return renderNamespace(operation.namespace, [operation], options);
}

/**
 * The whole declaration file: one `declare namespace` block per namespace, namespaces sorted.
 * Namespaces that map to the same identifier are rendered as one block.
 *
 * @example
 * const dts = renderDeclarations(catalog.operations, { maxDepth: 8, maxChars: 6000 });
 */
export function renderDeclarations(
  operations: readonly Operation[],
  options?: TypegenOptions,
): string {
  const groups = new Map<string, Operation[]>();
  for (const operation of operations) {
    const namespace = toIdentifier(operation.namespace);
    const group = groups.get(namespace) ?? [];
    group.push(operation);
    groups.set(namespace, group);
  }
  return [...groups.keys()]
    .sort()
    .map((namespace) => renderNamespace(namespace, groups.get(namespace) ?? [], options))
    .join("\n");
}
