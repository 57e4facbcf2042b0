import type { Operation } from "./operation.js";

const MAX_ARGS_CHARS = 300;

/**
 * One line a person can decide an approval on: what the call does and with what.
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
  let shown = JSON.stringify(args ?? {}) ?? "{}";
  if (shown.length > MAX_ARGS_CHARS) shown = `${shown.slice(0, MAX_ARGS_CHARS)}…`;
  const call = `${path}(${shown})`;
  const source = operation?.source;
  if (source?.kind === "openapi" && source.method && source.path)
    return `${source.method.toUpperCase()} ${source.path}: ${call}`;
  const firstLine = operation?.description?.split("\n")[0]?.trim();
  return firstLine
    ? `${call}: ${firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine}`
    : call;
}
