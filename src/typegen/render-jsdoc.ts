import { plainText } from "../core/plain-text.js";
import { isSchemaObject, type SchemaObject } from "./schema-object.js";
import { commentSafe, truncate } from "./text.js";

/** Longest description kept on a property or type; the operation's own gets more room. */
export const MAX_DESCRIPTION = 400;
const MAX_EXAMPLE = 120;
const MAX_EXAMPLES = 2;
const WRAP_AT = 100;

/**
 * The JSDoc lines a schema's annotations give: description (or title), `@format`, `@default`,
 * `@example`, `@deprecated`.
 */
export function schemaDocLines(schema: SchemaObject, maxDescription = MAX_DESCRIPTION): string[] {
  const lines: string[] = [];
  const text = typeof schema.description === "string" ? schema.description : schema.title;
  if (typeof text === "string") lines.push(...descriptionLines(text, maxDescription));
  if (typeof schema.format === "string") {
    lines.push(`@format ${commentSafe(truncate(schema.format.replace(/\s+/g, " "), 80))}`);
  }
  if (Object.hasOwn(schema, "default")) pushJson(lines, "@default", schema.default);
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  if (examples.length === 0 && Object.hasOwn(schema, "example")) examples.push(schema.example);
  for (const example of examples.slice(0, MAX_EXAMPLES)) pushJson(lines, "@example", example);
  if (schema.deprecated === true) lines.push("@deprecated");
  return lines;
}

/** Annotations of `own`, falling back to those of `target` (a `$ref` that is inlined). */
export function mergeAnnotations(own: SchemaObject, target: unknown): SchemaObject {
  if (!isSchemaObject(target)) return own;
  const merged: SchemaObject = {};
  for (const key of ["description", "title", "format", "default", "examples", "example"]) {
    if (Object.hasOwn(own, key)) merged[key] = own[key];
    else if (Object.hasOwn(target, key)) merged[key] = target[key];
  }
  if (own.deprecated === true || target.deprecated === true) merged.deprecated = true;
  return merged;
}

/**
 * Description text as comment lines: trimmed, shortened, wrapped at about 100 columns, blank runs
 * collapsed, and comment-safe.
 */
export function descriptionLines(text: string, max: number): string[] {
  const lines = truncate(plainText(text).trim(), max)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .flatMap((line) => wrapLine(commentSafe(line.trimEnd())));
  return lines.filter((line, index) => line !== "" || (lines[index - 1] ?? "") !== "");
}

function wrapLine(line: string): string[] {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > WRAP_AT) {
    const space = rest.lastIndexOf(" ", WRAP_AT);
    if (space <= 0) break;
    lines.push(rest.slice(0, space));
    rest = rest.slice(space + 1);
  }
  lines.push(rest);
  return lines;
}

/** A JSDoc block: "" for no lines, one line when short, else a multi-line block. */
export function jsDoc(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  if (lines.length === 1 && (lines[0] as string).length <= 90) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n */\n`;
}

function pushJson(lines: string[], tag: string, value: unknown): void {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return;
  }
  if (json !== undefined) lines.push(`${tag} ${commentSafe(truncate(json, MAX_EXAMPLE))}`);
}
