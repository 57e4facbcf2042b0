import type { Operation } from "../core/operation.js";
import type { SchemaRoot } from "./analyze-schemas.js";

/** The schemas of one operation with the documents their `$ref`s resolve against. */
export function operationRoots(operation: Operation, functionName: string): SchemaRoot[] {
  const roots: SchemaRoot[] = [
    {
      schema: operation.inputSchema,
      root: operation.schemaRoot ?? operation.inputSchema,
      hint: `${functionName} input`,
    },
  ];
  if (operation.outputSchema !== undefined) {
    roots.push({
      schema: operation.outputSchema,
      root: operation.schemaRoot ?? operation.outputSchema,
      hint: `${functionName} output`,
    });
  }
  return roots;
}

/** Operations by name (code-unit order), stable for equal names. */
export function sortOperations(operations: readonly Operation[]): Operation[] {
  return [...operations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
