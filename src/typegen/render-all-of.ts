import { resolveLocalRef } from "./json-pointer.js";
import { childFrame, type Frame } from "./render-context.js";
import { mergeAnnotations } from "./render-jsdoc.js";
import { renderObject } from "./render-object.js";
import { renderShape, renderType } from "./render-type.js";
import {
  hasShape,
  isPureRef,
  isSchemaObject,
  propertyEntries,
  requiredNames,
  type SchemaObject,
  schemaList,
} from "./schema-object.js";
import { ANY, intersectionOf, type TypeText } from "./type-text.js";

/** Keywords that keep an object schema from being merged member by member. */
const NOT_MERGEABLE = [
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "enum",
  "const",
  "items",
  "prefixItems",
  "patternProperties",
  "nullable",
];

/** Only properties and `required`: safe to merge with others into one type literal. */
function isPlainObject(schema: SchemaObject): boolean {
  if (schema.type !== undefined && schema.type !== "object") return false;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    return false;
  }
  return NOT_MERGEABLE.every((keyword) => !Object.hasOwn(schema, keyword));
}

/** The member itself, or the target of a `$ref` to an unnamed schema (it would be inlined anyway). */
function inlined(member: unknown, frame: Frame): unknown {
  if (!isSchemaObject(member) || !isPureRef(member)) return member;
  const resolved = resolveLocalRef(frame.root, member.$ref as string);
  if (!resolved.found || !isSchemaObject(resolved.target)) return member;
  return frame.context.names.has(resolved.target) ? member : resolved.target;
}

/**
 * `allOf` (with the schema's own shape keywords) as an intersection. Plain object members are
 * merged into one type literal, so `allOf: [{ properties: a }, { properties: b }]` reads as one
 * object; named types and other shapes are intersected with it.
 */
export function renderAllOf(schema: SchemaObject, frame: Frame): TypeText {
  const objects: SchemaObject[] = [];
  const others: TypeText[] = [];
  const child = childFrame(frame, false);
  const own: SchemaObject = { ...schema };
  for (const key of ["allOf", "anyOf", "oneOf", "$ref", "nullable"]) delete own[key];
  if (hasShape(own)) {
    if (isPlainObject(own)) objects.push(own);
    else others.push(renderShape(own, frame) ?? ANY);
  }
  for (const member of schemaList(schema.allOf)) {
    const target = inlined(member, child);
    if (isSchemaObject(target) && hasShape(target) && isPlainObject(target)) objects.push(target);
    else others.push(renderType(member, child));
  }
  const merged = mergeObjects(objects);
  const parts = merged === undefined ? others : [renderObject(merged, frame), ...others];
  return intersectionOf(parts);
}

/** One object schema with every member's properties; `required` kept only for known names. */
function mergeObjects(objects: readonly SchemaObject[]): SchemaObject | undefined {
  const properties = new Map<string, unknown>();
  for (const object of objects) {
    for (const [key, value] of propertyEntries(object)) {
      const existing = properties.get(key);
      const shaped = isSchemaObject(value) ? hasShape(value) : value === false;
      if (existing === undefined) properties.set(key, value);
      else if (shaped) {
        const docs = isSchemaObject(existing) ? mergeAnnotations(existing, value) : {};
        properties.set(key, { ...docs, allOf: [existing, value] });
      }
    }
  }
  // A member with `required` alone constrains names that may live in a named type: skip those.
  if (properties.size === 0) return undefined;
  const required = objects.flatMap(requiredNames).filter((name) => properties.has(name));
  return {
    type: "object",
    properties: Object.fromEntries(properties),
    required: [...new Set(required)],
  };
}
