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
 * How deep the schemas are walked for a signature: it shows three levels of objects at most, and
 * walking the whole graph a `$ref` reaches (a Stripe result reaches most of that spec) took 12 ms
 * an operation. From 4 on, every signature of GitHub, Stripe, Jira, Slack and Twilio is the same
 * as with no limit; 6 leaves room.
 */
const ANALYSIS_DEPTH = 6;

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
  const graph = analyzeSchemas(operationRoots(operation, name), ANALYSIS_DEPTH);
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

/** Shortens a one-line type, keeping whole top-level members of an object: `{ a: string; … }`. */
function shorten(type: string, max: number): string {
  if (type.length <= max) return type;
  if (!type.startsWith("{ ") || !type.endsWith(" }")) return `${type.slice(0, max - 1).trimEnd()}…`;
  const members = splitTopLevel(type.slice(2, -2), "; ");
  const kept: string[] = [];
  for (const member of members) {
    if (`{ ${[...kept, member, "…"].join("; ")} }`.length > max) break;
    kept.push(member);
  }
  if (kept.length > 0) return `{ ${[...kept, "…"].join("; ")} }`;
  // Not even one member fits: keep its name, so the reader still sees what to pass.
  const [key] = splitTopLevel(members[0] ?? "", ": ");
  const named = `{ ${key}: …${members.length > 1 ? "; …" : ""} }`;
  return named.length <= max ? named : "{ … }";
}

/** Splits `text` at `separator` where it is outside brackets and string literals. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if ("{([<".includes(char)) depth++;
    else if ("})]>".includes(char)) depth--;
    else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      start = index + separator.length;
      index = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
