import { type Frame, MAX_NESTING } from "./render-context.js";
import { propertyEntries, type SchemaObject } from "./schema-object.js";
import { commentSafe, truncate } from "./text.js";
import { primary, type TypeText } from "./type-text.js";

/** What a schema is, in a few words, for the comment that says what a cap cut. */
export function describeSchema(schema: SchemaObject): string {
  const count = propertyEntries(schema).length;
  if (count > 0) return `object with ${count} ${count === 1 ? "property" : "properties"}`;
  if (Array.isArray(schema.prefixItems) || Array.isArray(schema.items)) return "tuple";
  if (schema.items !== undefined || schema.type === "array") return "array";
  return typeof schema.type === "string" ? commentSafe(truncate(schema.type, 40)) : "schema";
}

/** `unknown`, with a comment naming what was cut, for a schema nested beyond `maxDepth`. */
export function depthCap(schema: SchemaObject, frame: Frame): TypeText {
  if (frame.context.compact) return primary("…");
  const { maxDepth } = frame.context;
  const limit = frame.depth >= maxDepth ? maxDepth : MAX_NESTING;
  const levels = limit === 1 ? "1 level" : `${limit} levels`;
  return primary(`unknown /* depth cap: ${describeSchema(schema)} nested deeper than ${levels} */`);
}
