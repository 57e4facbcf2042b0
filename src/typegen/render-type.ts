import { resolveLocalRef } from "./json-pointer.js";
import { renderAllOf } from "./render-all-of.js";
import { renderArray } from "./render-array.js";
import { childFrame, type Frame, MAX_NESTING } from "./render-context.js";
import { depthCap } from "./render-depth-cap.js";
import { renderEnum } from "./render-enum.js";
import { literalType } from "./render-literal.js";
import { renderObject } from "./render-object.js";
import { isSchemaObject, type SchemaObject, schemaList, schemaTypes } from "./schema-object.js";
import { commentSafe, truncate } from "./text.js";
import { ANY, intersectionOf, NEVER, NULL, primary, type TypeText, unionOf } from "./type-text.js";

const KEYWORD_TYPES: Record<string, string> = {
  string: "string",
  number: "number",
  integer: "number",
  boolean: "boolean",
  null: "null",
};

/**
 * Renders any schema (boolean, `$ref`, named or not) as a TypeScript type at `frame`'s position.
 * Named schemas render as their name; the others are expanded inline.
 */
export function renderType(schema: unknown, frame: Frame): TypeText {
  if (schema === true || schema === undefined) return ANY;
  if (schema === false) return NEVER;
  if (!isSchemaObject(schema)) return ANY;
  const name = frame.context.names.get(schema);
  if (name !== undefined) return reference(name, frame);
  if (frame.nesting > MAX_NESTING) return depthCap(schema, frame);
  // Analysis names every recursive schema, so this only guards against surprises.
  if (frame.expanding.has(schema)) return primary("unknown /* recursive schema */");
  frame.expanding.add(schema);
  try {
    return renderSchemaBody(schema, frame);
  } finally {
    frame.expanding.delete(schema);
  }
}

/** Renders a schema object's own body, never its name: for the declaration of a named type. */
export function renderSchemaBody(schema: SchemaObject, frame: Frame): TypeText {
  const parts: TypeText[] = [];
  if (typeof schema.$ref === "string") parts.push(renderRef(schema.$ref, frame));
  if (schemaList(schema.allOf).length > 0) {
    parts.push(renderAllOf(schema, frame));
  } else {
    const shape = renderShape(schema, frame);
    if (shape !== undefined) parts.push(shape);
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const members = schemaList(schema[keyword]);
    if (members.length === 0) continue;
    const child = childFrame(frame, false);
    parts.push(unionOf(members.map((member) => renderType(member, child))));
  }
  const type = parts.length === 0 ? ANY : intersectionOf(parts);
  return schema.nullable === true ? unionOf([type, NULL]) : type;
}

/**
 * The shape keywords other than `$ref` and combinators: `const`, `enum`, `type`, or object/array
 * keywords without a `type`. Undefined when the schema has none.
 */
export function renderShape(schema: SchemaObject, frame: Frame): TypeText | undefined {
  if (Object.hasOwn(schema, "const")) return literalType(schema.const);
  if (Array.isArray(schema.enum)) return renderEnum(schema.enum, frame);
  const types = schemaTypes(schema);
  if (types !== undefined) {
    return unionOf(types.map((type) => renderForType(schema, type, frame)));
  }
  if (
    ["properties", "additionalProperties", "patternProperties"].some((k) =>
      Object.hasOwn(schema, k),
    )
  ) {
    return renderObject(schema, frame);
  }
  if (["items", "prefixItems", "additionalItems"].some((k) => Object.hasOwn(schema, k))) {
    return renderArray(schema, frame);
  }
  return undefined;
}

function renderForType(schema: SchemaObject, type: string, frame: Frame): TypeText {
  if (type === "object") return renderObject(schema, frame);
  if (type === "array") return renderArray(schema, frame);
  const keyword = KEYWORD_TYPES[type];
  return keyword === undefined ? ANY : primary(keyword);
}

function renderRef(ref: string, frame: Frame): TypeText {
  const resolved = resolveLocalRef(frame.root, ref);
  if (
    !resolved.found ||
    !(isSchemaObject(resolved.target) || typeof resolved.target === "boolean")
  ) {
    if (frame.context.compact) return primary("unknown");
    return primary(`unknown /* unresolved $ref: ${commentSafe(truncate(ref, 120))} */`);
  }
  return renderType(resolved.target, childFrame(frame, false));
}

function reference(name: string, frame: Frame): TypeText {
  if (!frame.deferred && frame.breakCycles.has(name)) {
    return primary(`unknown /* circular type: ${name} */`);
  }
  frame.references.set(name, (frame.references.get(name) ?? false) || !frame.deferred);
  return primary(name);
}
