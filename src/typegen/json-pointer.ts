import { isSchemaObject } from "./schema-object.js";

export type RefResolution = { found: true; target: unknown } | { found: false };

const NOT_FOUND: RefResolution = { found: false };

/** Splits the fragment of a local `$ref` into unescaped tokens; undefined when it is not local. */
export function pointerTokens(ref: string): string[] | undefined {
  if (!ref.startsWith("#")) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment === "") return [];
  // `#anchor` fragments name a `$anchor`, which is not a pointer.
  if (!fragment.startsWith("/")) return undefined;
  return fragment
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Resolves a local `$ref` (`#`, `#/definitions/x`, `#/$defs/x`, `#/components/schemas/a~1b`, with
 * percent-encoding) against `root`. Refs to other documents are reported as not found.
 *
 * @example
 * resolveLocalRef({ $defs: { id: { type: "string" } } }, "#/$defs/id"); // { found: true, target: { type: "string" } }
 */
export function resolveLocalRef(root: unknown, ref: string): RefResolution {
  const tokens = pointerTokens(ref);
  if (tokens === undefined) return NOT_FOUND;
  let current = root;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) >= current.length) return NOT_FOUND;
      current = current[Number(token)];
    } else if (isSchemaObject(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return NOT_FOUND;
    }
  }
  return { found: true, target: current };
}

/** The last token of a local pointer (`#/components/schemas/full-repository` → `full-repository`). */
export function lastPointerToken(ref: string): string | undefined {
  return pointerTokens(ref)?.at(-1);
}
