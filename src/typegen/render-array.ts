import { childFrame, type Frame } from "./render-context.js";
import { depthCap } from "./render-depth-cap.js";
import { renderType } from "./render-type.js";
import type { SchemaObject } from "./schema-object.js";
import { ANY, arrayOf, optionalElement, primary, type TypeText } from "./type-text.js";

/**
 * An array schema: `T[]` from `items`, or a tuple from 2020-12 `prefixItems` + `items` or draft-07
 * `items: [...]` + `additionalItems`. Elements beyond `minItems` are optional (`T?`), and the rest
 * is `...T[]` unless forbidden with `false`.
 */
export function renderArray(schema: SchemaObject, frame: Frame): TypeText {
  if (frame.depth >= frame.context.maxDepth) return depthCap(schema, frame);
  const child = childFrame(frame, true);
  const tuple = Array.isArray(schema.prefixItems)
    ? { elements: schema.prefixItems as unknown[], rest: schema.items }
    : Array.isArray(schema.items)
      ? { elements: schema.items as unknown[], rest: schema.additionalItems }
      : undefined;
  if (tuple === undefined || tuple.elements.length === 0) {
    const items = tuple === undefined ? schema.items : tuple.rest;
    return arrayOf(items === undefined ? ANY : renderType(items, child));
  }
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
  const parts = tuple.elements.map((element, index) => {
    const type = renderType(element, child);
    return index < minItems ? type.text : optionalElement(type);
  });
  if (tuple.rest !== false) {
    const rest = tuple.rest === undefined ? ANY : renderType(tuple.rest, child);
    parts.push(`...${arrayOf(rest).text}`);
  }
  return primary(`[${parts.join(", ")}]`);
}
