import { ConfigError } from "../../core/errors.js";
import { type RefResolution, resolveLocalRef } from "../../typegen/json-pointer.js";
import { isJsonObject, type JsonObject } from "./spec-types.js";

const MAX_HOPS = 32;

/**
 * Follows `$ref`s (a parameter, a request body, a response: objects that are not schemas) to the
 * object they name. A `$ref` that does not resolve, or a chain of them that loops, is a
 * `ConfigError` naming it.
 *
 * @example
 * followRef(document, { $ref: "#/components/parameters/owner" }, "servers.github"); // { name: "owner", in: "path", … }
 */
export function followRef(document: unknown, value: unknown, where: string): unknown {
  let current = value;
  for (let hop = 0; isJsonObject(current) && typeof current.$ref === "string"; hop++) {
    if (hop === MAX_HOPS) {
      throw new ConfigError(
        `${where}: the $ref "${current.$ref}" is part of a loop of $refs that never reaches an object; fix the document.`,
      );
    }
    current = resolveOrThrow(document, current.$ref, where);
  }
  return current;
}

/** `$ref`s resolved so far, by document, while {@link rememberingRefs} runs. */
const remembered = new WeakMap<object, Map<string, RefResolution>>();

/**
 * Runs `build` with every `$ref` resolved against `document` remembered until it returns:
 * GitHub's 1,200 operations name the same few hundred parameters and schemas thousands of times.
 * The document must not change meanwhile.
 *
 * @example
 * const built = rememberingRefs(document, () => buildEachOperation(document));
 */
export function rememberingRefs<T>(document: object, build: () => T): T {
  remembered.set(document, new Map());
  try {
    return build();
  } finally {
    remembered.delete(document);
  }
}

/** Resolves one local `$ref` against the document; a `ConfigError` when it names nothing. */
export function resolveOrThrow(document: unknown, ref: string, where: string): unknown {
  const memo =
    typeof document === "object" && document !== null ? remembered.get(document) : undefined;
  let resolved = memo?.get(ref);
  if (resolved === undefined) {
    resolved = resolveLocalRef(document, ref);
    memo?.set(ref, resolved);
  }
  if (!resolved.found) {
    throw new ConfigError(
      `${where}: the $ref "${ref}" does not resolve to anything in the document; fix the reference or add what it names.`,
      { details: { ref } },
    );
  }
  return resolved.target;
}

/** `followRef`, when the result must be an object (else undefined). */
export function followToObject(
  document: unknown,
  value: unknown,
  where: string,
): JsonObject | undefined {
  const target = followRef(document, value, where);
  return isJsonObject(target) ? target : undefined;
}
