import { isObject } from "../core/json.js";
/** A JSON Schema in its object form: anything but the boolean schemas `true` and `false`. */
export type SchemaObject = { [keyword: string]: unknown };

/** Keywords that constrain an instance's shape; everything else is annotation (docs) for typegen. */
const SHAPE_KEYWORDS = [
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "patternProperties",
  "additionalProperties",
  "required",
  "items",
  "prefixItems",
  "additionalItems",
  "anyOf",
  "oneOf",
  "allOf",
  "nullable",
] as const;

export const isSchemaObject: (value: unknown) => value is SchemaObject = isObject;

/** True when the schema says anything about the instance's shape (not only docs). */
export function hasShape(schema: SchemaObject): boolean {
  return SHAPE_KEYWORDS.some((keyword) => Object.hasOwn(schema, keyword));
}

/** A `{ "$ref": ... }` with nothing else that shapes the instance: an alias for its target. */
export function isPureRef(schema: SchemaObject): boolean {
  return (
    typeof schema.$ref === "string" &&
    SHAPE_KEYWORDS.every((keyword) => keyword === "$ref" || !Object.hasOwn(schema, keyword))
  );
}

/** The `type` keyword as a list (`"string"` → `["string"]`), or undefined when absent. */
export function schemaTypes(schema: SchemaObject): string[] | undefined {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((t) => typeof t === "string");
  return undefined;
}

export function requiredNames(schema: SchemaObject): string[] {
  return Array.isArray(schema.required)
    ? schema.required.filter((name): name is string => typeof name === "string")
    : [];
}

/** The entries of `properties` (own keys only, so `__proto__` is an ordinary name). */
export function propertyEntries(schema: SchemaObject): [string, unknown][] {
  return isSchemaObject(schema.properties) ? Object.entries(schema.properties) : [];
}

export function schemaList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function stringKeyword(schema: SchemaObject, keyword: string): string | undefined {
  const value = schema[keyword];
  return typeof value === "string" ? value : undefined;
}
