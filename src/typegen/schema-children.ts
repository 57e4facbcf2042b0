import { isSchemaObject, type SchemaObject, schemaList } from "./schema-object.js";

/** A subschema that typegen renders, with the context it sits in. */
export interface SchemaChild {
  schema: unknown;
  /** Words naming the place, used to name a shared schema that has no title (`labels item`). */
  hint: string;
}

/**
 * The subschemas typegen follows from `schema` (besides `$ref`), in a fixed order. The analysis pass
 * and the renderers must agree on this set: it is what makes recursion detection complete.
 */
export function schemaChildren(schema: SchemaObject, hint: string): SchemaChild[] {
  const children: SchemaChild[] = [];
  if (isSchemaObject(schema.properties)) {
    for (const [key, value] of Object.entries(schema.properties)) {
      children.push({ schema: value, hint: key });
    }
  }
  if (isSchemaObject(schema.patternProperties)) {
    for (const value of Object.values(schema.patternProperties)) {
      children.push({ schema: value, hint: `${hint} value` });
    }
  }
  if (isSchemaObject(schema.additionalProperties)) {
    children.push({ schema: schema.additionalProperties, hint: `${hint} value` });
  }
  if (isSchemaObject(schema.additionalItems)) {
    children.push({ schema: schema.additionalItems, hint: `${hint} item` });
  }
  const items = Array.isArray(schema.items) ? schema.items : [schema.items];
  for (const item of [...schemaList(schema.prefixItems), ...items]) {
    if (isSchemaObject(item)) children.push({ schema: item, hint: `${hint} item` });
  }
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    for (const member of schemaList(schema[keyword])) children.push({ schema: member, hint });
  }
  return children;
}
