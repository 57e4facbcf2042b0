import { ConfigError } from "../../core/errors.js";
import { pointerTokens } from "../../typegen/json-pointer.js";
import { resolveOrThrow } from "./resolve-ref.js";
import { isJsonObject, type JsonObject } from "./spec-types.js";

/** A pruned document, and where in it each part that `$ref`s point to sits (pointer tokens). */
export interface PrunedRoot {
  root: JsonObject;
  parts: string[][];
}

/**
 * The parts of `document` that the `$ref`s in `schemas` point into, transitively, laid out at the
 * same places: the `schemaRoot` typegen resolves them against. Much smaller than the whole
 * document (no paths, examples or unused components), so it is cheap to cache and to keep.
 * `parts` lists where each part sits, so that a cache can keep them apart. A `$ref` that resolves
 * to nothing is a `ConfigError` naming it.
 *
 * @example
 * pruneRoot(doc, [{ $ref: "#/components/schemas/pet" }], "servers.petstore");
 * // { root: { components: { schemas: { pet: … } } }, parts: [["components", "schemas", "pet"]] }
 */
export function pruneRoot(
  document: unknown,
  schemas: readonly unknown[],
  where: string,
): PrunedRoot {
  const targets = new Map<string, unknown>();
  const visited = new Set<unknown>();
  const stack: unknown[] = [...schemas];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || visited.has(node)) continue;
    visited.add(node);
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node as JsonObject;
    for (const key in record) {
      const value = record[key];
      if (key === "$ref" && typeof value === "string") {
        if (targets.has(value)) continue;
        const target = resolveOrThrow(document, value, where);
        targets.set(value, target);
        stack.push(target);
      } else if (typeof value === "object" && value !== null) {
        stack.push(value);
      }
    }
  }
  const root: JsonObject = {};
  const parts: string[][] = [];
  // Shorter pointers first: a pointer inside an object already copied needs nothing more.
  const pointers = [...targets.keys()]
    .map((ref) => ({ tokens: pointerTokens(ref) ?? [], target: targets.get(ref) }))
    .sort((a, b) => a.tokens.length - b.tokens.length);
  const copied = new Set<unknown>();
  for (const { tokens, target } of pointers) {
    if (tokens.length === 0) {
      // `#` itself: the whole document is needed after all.
      if (!isJsonObject(document))
        throw new ConfigError(`${where}: the document is not an object.`);
      return { root: document, parts: [[]] };
    }
    let node: JsonObject = root;
    for (const [index, token] of tokens.entries()) {
      if (copied.has(node)) break;
      if (index === tokens.length - 1) {
        node[token] = target;
        copied.add(target);
        parts.push(tokens);
        break;
      }
      const next = node[token];
      if (isJsonObject(next)) {
        node = next;
      } else {
        const created: JsonObject = {};
        node[token] = created;
        node = created;
      }
    }
  }
  return { root, parts };
}
