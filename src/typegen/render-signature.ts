import { toIdentifier } from "../core/identifier.js";
import type { Operation } from "../core/operation.js";
import { analyzeSchemas } from "./analyze-schemas.js";
import { assignTypeNames } from "./assign-type-names.js";
import { operationRoots } from "./operation-roots.js";
import { renderSignatureParts } from "./render-function.js";
import { RESERVED_TYPE_NAMES } from "./type-name.js";

const SIGNATURE_MAX = 160;
const OUTPUT_MAX = 48;

/**
 * A one-line signature for search results, `$ref` targets shown by name:
 * `github.reposGet(input: { owner: string; repo: string }): Promise<FullRepository>`.
 * Beyond ~160 characters the types are shortened with `…` (then it is for reading, not compiling).
 *
 * @example
 * renderSignature(findCustomer); // 'crm.findCustomer(input: { email: string }): Promise<any>'
 */
export function renderSignature(operation: Operation): string {
  const name = toIdentifier(operation.name);
  const graph = analyzeSchemas(operationRoots(operation, name));
  const names = assignTypeNames(graph, {
    reserved: [name, ...RESERVED_TYPE_NAMES],
    nameEveryRef: true,
  });
  const parts = renderSignatureParts({
    operation,
    name,
    context: { graph, names, maxDepth: 3, compact: true },
    maxChars: SIGNATURE_MAX * 2,
  });
  const head = `${toIdentifier(operation.namespace)}.${name}(${parts.parameter}: `;
  const full = `${head}${parts.input}): Promise<${parts.output}>`;
  if (full.length <= SIGNATURE_MAX) return full;
  const output = `Promise<${shorten(parts.output, OUTPUT_MAX)}>`;
  const room = SIGNATURE_MAX - head.length - output.length - 3;
  return `${head}${shorten(parts.input, Math.max(room, 24))}): ${output}`;
}

/** Shortens a one-line type, at a top-level member boundary for object types: `{ a: string; … }`. */
function shorten(type: string, max: number): string {
  if (type.length <= max) return type;
  if (!type.startsWith("{ ")) return `${type.slice(0, max - 1).trimEnd()}…`;
  const boundary = lastTopLevelBoundary(type, max - 5);
  return boundary > 0 ? `${type.slice(0, boundary)}; … }` : "{ … }";
}

/** The position of the last `; ` directly inside the outer braces, before `limit`. */
function lastTopLevelBoundary(type: string, limit: number): number {
  let depth = 0;
  let found = -1;
  let inString = false;
  for (let index = 0; index < limit; index++) {
    const char = type[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "(" || char === "[" || char === "<") depth++;
    else if (char === "}" || char === ")" || char === "]" || char === ">") depth--;
    else if (char === ";" && depth === 1 && type[index + 1] === " ") found = index;
  }
  return found;
}
