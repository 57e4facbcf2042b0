import { resolveLocalRef } from "./json-pointer.js";
import { schemaChildren } from "./schema-children.js";
import { isSchemaObject, type SchemaObject } from "./schema-object.js";

/** A schema to render and the document its `$ref`s resolve against. */
export interface SchemaRoot {
  schema: unknown;
  root: unknown;
  /** Words naming it when it must become a named type (`reposGet input`). */
  hint: string;
}

/** What the analysis learned about one schema object (keyed by JS identity). */
export interface SchemaNodeInfo {
  /** How often it is reached from the roots, through subschemas or `$ref`s. */
  uses: number;
  /** Reached again while inside itself: rendering it inline would never end. */
  cyclic: boolean;
  /** The first `$ref` that pointed at it, when one did. */
  ref: string | undefined;
  /** Where it was first seen, for naming. */
  hint: string;
  /** The document its own `$ref`s resolve against. */
  root: unknown;
  /** Discovery order, for deterministic naming. */
  order: number;
}

export type SchemaGraph = Map<SchemaObject, SchemaNodeInfo>;

/** Deeper than any real schema; only keeps hostile input from exhausting the stack. */
const MAX_ANALYSIS_DEPTH = 512;

/**
 * Walks every root (following local `$ref`s), `maxDepth` subschemas and `$ref`s deep at most (a
 * signature shows only the first levels), and records, per schema object, how often it is used
 * and whether it is recursive. Shared objects left by a dereferencing parser count like `$ref`s.
 *
 * @example
 * const graph = analyzeSchemas([{ schema: op.inputSchema, root: op.inputSchema, hint: "find input" }]);
 */
export function analyzeSchemas(
  roots: readonly SchemaRoot[],
  maxDepth = MAX_ANALYSIS_DEPTH,
): SchemaGraph {
  const graph: SchemaGraph = new Map();
  const onPath = new Set<SchemaObject>();

  const followRef = (schema: SchemaObject, root: unknown, hint: string, depth: number): void => {
    const ref = schema.$ref as string;
    const resolved = resolveLocalRef(root, ref);
    if (resolved.found) visit(resolved.target, root, hint, ref, depth + 1);
  };

  const visit = (
    schema: unknown,
    root: unknown,
    hint: string,
    ref: string | undefined,
    depth: number,
  ): void => {
    if (!isSchemaObject(schema) || depth > maxDepth) return;
    const known = graph.get(schema);
    if (known) {
      known.uses++;
      known.ref ??= ref;
      if (onPath.has(schema)) {
        known.cyclic = true;
        return;
      }
      // A `$ref` node is transparent: every use of it is also a use of its target.
      if (typeof schema.$ref === "string") {
        onPath.add(schema);
        followRef(schema, known.root, hint, depth);
        onPath.delete(schema);
      }
      return;
    }
    graph.set(schema, { uses: 1, cyclic: false, ref, hint, root, order: graph.size });
    onPath.add(schema);
    if (typeof schema.$ref === "string") followRef(schema, root, hint, depth);
    for (const child of schemaChildren(schema, hint)) {
      visit(child.schema, root, child.hint, undefined, depth + 1);
    }
    onPath.delete(schema);
  };

  for (const { schema, root, hint } of roots) visit(schema, root, hint, undefined, 0);
  return graph;
}
