import type { SchemaGraph, SchemaNodeInfo } from "./analyze-schemas.js";
import { lastPointerToken } from "./json-pointer.js";
import { schemaChildren } from "./schema-children.js";
import { isPureRef, type SchemaObject, stringKeyword } from "./schema-object.js";
import { toTypeName } from "./type-name.js";

export interface TypeNamingOptions {
  /** Names already taken in the namespace: function names and globals the output uses. */
  reserved: Iterable<string>;
  /** Name every `$ref` target, even one used once (one-line signatures show names, not bodies). */
  nameEveryRef?: boolean;
}

function shouldName(schema: SchemaObject, info: SchemaNodeInfo, nameEveryRef: boolean): boolean {
  // An alias (`{ $ref }` alone) renders as its target, which carries the name.
  if (isPureRef(schema)) return false;
  if (info.cyclic) return true;
  if (info.ref !== undefined) return nameEveryRef || info.uses > 1;
  // A shared object without a `$ref` (from a dereferencing parser): name it only when there is
  // something to save; a shared `{ type: "string" }` reads better inline.
  const isEnum = Array.isArray(schema.enum) && schema.enum.length > 1;
  return info.uses > 1 && (isEnum || schemaChildren(schema, "").length > 0);
}

function baseName(schema: SchemaObject, info: SchemaNodeInfo): string {
  const token = info.ref === undefined ? undefined : lastPointerToken(info.ref);
  const fromRef = token === undefined || /^[0-9]*$/.test(token) ? "" : toTypeName(token);
  return fromRef || toTypeName(stringKeyword(schema, "title")) || toTypeName(info.hint) || "Schema";
}

/**
 * Decides which schema objects become named types (reused or recursive ones) and gives each a
 * name unique in the namespace. Collisions are settled by the `$ref` text, then discovery order,
 * so two targets both called `owner` get `Owner` and `Owner_2` the same way every time.
 */
export function assignTypeNames(
  graph: SchemaGraph,
  options: TypeNamingOptions,
): Map<SchemaObject, string> {
  const candidates: { schema: SchemaObject; base: string; key: string; order: number }[] = [];
  for (const [schema, info] of graph) {
    if (!shouldName(schema, info, options.nameEveryRef ?? false)) continue;
    candidates.push({
      schema,
      base: baseName(schema, info),
      key: info.ref ?? "\uffff",
      order: info.order,
    });
  }
  candidates.sort((a, b) => compare(a.base, b.base) || compare(a.key, b.key) || a.order - b.order);
  const taken = new Set(options.reserved);
  const names = new Map<SchemaObject, string>();
  for (const { schema, base } of candidates) {
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}_${suffix}`;
    taken.add(name);
    names.set(schema, name);
  }
  return names;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
