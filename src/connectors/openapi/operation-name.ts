import { toIdentifier, uniqueIdentifiers } from "../../core/identifier.js";

/** Splits on every character that is not a letter or digit and camel-cases the words. */
function camelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  return words
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

/**
 * The operation name for an OpenAPI operation: its `operationId` split on every non-alphanumeric
 * character and camel-cased; without one (or with one of no letters or digits), the method and
 * the path's words.
 *
 * @example
 * operationName({ operationId: "repos/get-content", method: "get", path: "/x" }); // "reposGetContent"
 * operationName({ method: "get", path: "/repos/{owner}/{repo}/issues" }); // "getReposOwnerRepoIssues"
 */
export function operationName(options: {
  operationId?: string | undefined;
  method: string;
  path: string;
}): string {
  const fromId = options.operationId === undefined ? "" : camelCase(options.operationId);
  if (fromId !== "") return fromId;
  return camelCase(`${options.method.toLowerCase()} ${options.path}`);
}

/**
 * Unique, safe identifiers for a list of candidate names (several operations may share one), in
 * the list's order. `taken` names (such as `request`) are never given out. Distinct candidates
 * go through {@link uniqueIdentifiers}; the second and later holders of the same candidate get
 * `_2`, `_3`, … in list order, so the caller should sort the list first.
 *
 * @example
 * uniqueOperationNames(["pullsList", "pullsList", "delete"], ["request"]); // ["pullsList", "pullsList_2", "delete_"]
 */
export function uniqueOperationNames(
  candidates: readonly string[],
  taken: readonly string[] = [],
): string[] {
  const reserved = new Set(taken);
  const identifiers = uniqueIdentifiers(candidates);
  const used = new Set<string>([...reserved, ...identifiers.values()]);
  const given = new Set<string>(reserved);
  return candidates.map((candidate) => {
    const identifier = identifiers.get(candidate) ?? toIdentifier(candidate);
    if (!given.has(identifier)) {
      given.add(identifier);
      return identifier;
    }
    let suffix = 2;
    while (used.has(`${identifier}_${suffix}`)) suffix++;
    const name = `${identifier}_${suffix}`;
    used.add(name);
    given.add(name);
    return name;
  });
}
