import type { Operation } from "./operation.js";

/** Each string argument is shown up to this many characters; every key is always shown. */
const MAX_STRING_CHARS = 120;
/** Arrays show this many items, then how many more there are. */
const MAX_ITEMS = 20;
const MAX_DEPTH = 6;

/**
 * One line a person can decide an approval on: what the call does and with what. Every argument
 * is shown (a long string is cut on its own, with how much was cut), so padding cannot push the
 * arguments that decide the call out of sight.
 *
 * @example
 * summarizeCall(op, "github.reposDelete", { owner: "acme", repo: "site" });
 * // 'DELETE /repos/{owner}/{repo}: github.reposDelete({"owner":"acme","repo":"site"})'
 */
export function summarizeCall(
  operation: Operation | undefined,
  path: string,
  args: unknown,
): string {
  const call = `${path}(${shownValue(args ?? {}, 0)})`;
  const source = operation?.source;
  if (source?.kind === "openapi" && source.method && source.path)
    return `${source.method.toUpperCase()} ${source.path}: ${call}`;
  const firstLine = operation?.description?.split("\n")[0]?.trim();
  return firstLine
    ? `${call}: ${firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine}`
    : call;
}

/** JSON-like text of a value with long strings and arrays cut, saying by how much. */
function shownValue(value: unknown, depth: number): string {
  if (typeof value === "string") {
    if (value.length <= MAX_STRING_CHARS) return JSON.stringify(value);
    const cut = JSON.stringify(value.slice(0, MAX_STRING_CHARS));
    return `${cut.slice(0, -1)}…" (+${value.length - MAX_STRING_CHARS} chars)`;
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? "[…]" : "{…}";
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => shownValue(item, depth + 1));
    if (value.length > MAX_ITEMS) shown.push(`… (+${value.length - MAX_ITEMS} items)`);
    return `[${shown.join(",")}]`;
  }
  const entries = Object.entries(value).map(
    ([key, item]) => `${JSON.stringify(key)}:${shownValue(item, depth + 1)}`,
  );
  return `{${entries.join(",")}}`;
}
