import { resolveLocalRef } from "./json-pointer.js";
import { childFrame, type Frame } from "./render-context.js";
import { depthCap } from "./render-depth-cap.js";
import { jsDoc, mergeAnnotations, schemaDocLines } from "./render-jsdoc.js";
import { propertyKey } from "./render-literal.js";
import { renderType } from "./render-type.js";
import {
  isPureRef,
  isSchemaObject,
  propertyEntries,
  requiredNames,
  type SchemaObject,
} from "./schema-object.js";
import { indent } from "./text.js";
import { ANY, primary, type TypeText, UNDEFINED, unionOf } from "./type-text.js";

/** One line of an object type; comments are not followed by `;`. */
interface Member {
  text: string;
  documented: boolean;
  terminated: boolean;
}

const SINGLE_LINE_MAX = 80;
const INDEX_UNION_MAX = 200;
/** The share of a budget after which members are rendered without JSDoc. */
const DOCS_SHARE = 0.75;

/**
 * An object schema as a type literal: `properties` (optional unless `required`, quoted when not
 * identifiers, JSDoc from annotations), then an index signature from `patternProperties` and
 * `additionalProperties`. Under the size cap, members that do not fit are cut (required ones last)
 * and an `any` index signature keeps code that uses them compiling.
 */
export function renderObject(schema: SchemaObject, frame: Frame): TypeText {
  if (frame.depth >= frame.context.maxDepth) return depthCap(schema, frame);
  const { budget, context } = frame;
  const child = childFrame(frame, true);
  const required = new Set(requiredNames(schema));
  const properties = propertyEntries(schema);
  const members: Member[] = [];
  const memberTypes: TypeText[] = [];
  let anyOptional = false;
  let cut = 0;
  for (const [key, value] of properties) {
    const isRequired = required.has(key);
    if (budget.used >= (isRequired ? budget.limit * 2 : budget.limit)) {
      cut++;
      continue;
    }
    const before = budget.used;
    const type = renderType(value, child);
    // Under pressure docs go first, so more of the types fit.
    const withDocs = !context.compact && budget.used < budget.limit * DOCS_SHARE;
    const doc = withDocs ? propertyDoc(value, frame) : "";
    const text = `${doc}${propertyKey(key)}${isRequired ? "" : "?"}: ${type.text}`;
    budget.used = before + text.length + 2;
    members.push({ text, documented: doc !== "", terminated: true });
    memberTypes.push(type);
    anyOptional ||= !isRequired;
  }
  const declared = new Set(properties.map(([key]) => key));
  for (const key of required) {
    if (declared.has(key)) continue;
    members.push({ text: `${propertyKey(key)}: any`, documented: false, terminated: true });
    memberTypes.push(ANY);
  }
  let index = indexType(schema, child);
  if (cut > 0) {
    const note = context.compact ? "…" : `/* … ${cut} more properties cut (size cap) */`;
    members.push({ text: note, documented: false, terminated: false });
    if (!context.compact) index ??= ANY;
  }
  if (index !== undefined) {
    // Every member must fit the index signature, `undefined` included for optional ones.
    if (index.text !== "any" && memberTypes.length > 0) {
      const union = unionOf([index, ...memberTypes, ...(anyOptional ? [UNDEFINED] : [])]);
      index = union.text.length <= INDEX_UNION_MAX && !union.text.includes("\n") ? union : ANY;
    }
    members.push({ text: `[key: string]: ${index.text}`, documented: false, terminated: true });
  }
  return primary(formatMembers(members, context.compact));
}

/** The index signature's value type, or undefined when the object has none. */
function indexType(schema: SchemaObject, frame: Frame): TypeText | undefined {
  const parts: TypeText[] = [];
  if (isSchemaObject(schema.patternProperties)) {
    for (const value of Object.values(schema.patternProperties)) {
      parts.push(renderType(value, frame));
    }
  }
  const additional = schema.additionalProperties;
  if (additional !== undefined && additional !== false) parts.push(renderType(additional, frame));
  const freeForm =
    additional === undefined &&
    parts.length === 0 &&
    propertyEntries(schema).length === 0 &&
    requiredNames(schema).length === 0;
  if (freeForm) return ANY;
  return parts.length === 0 ? undefined : unionOf(parts);
}

/** JSDoc for a member: its own annotations, or those of the `$ref` target it inlines. */
function propertyDoc(value: unknown, frame: Frame): string {
  // A named type carries its own JSDoc.
  if (!isSchemaObject(value) || frame.context.names.has(value)) return "";
  let source = value;
  if (isPureRef(value)) {
    const resolved = resolveLocalRef(frame.root, value.$ref as string);
    if (resolved.found && !frame.context.names.has(resolved.target as SchemaObject)) {
      source = mergeAnnotations(value, resolved.target);
    }
  }
  return jsDoc(schemaDocLines(source));
}

function formatMembers(members: readonly Member[], compact: boolean): string {
  if (members.length === 0) return "{}";
  const last = members.length - 1;
  const inline = members
    .map((member, i) => (member.terminated && i < last ? `${member.text};` : member.text))
    .join(" ");
  const fitsOneLine =
    compact ||
    (!members.some((member) => member.documented || member.text.includes("\n")) &&
      inline.length <= SINGLE_LINE_MAX);
  if (fitsOneLine) return `{ ${inline} }`;
  const lines = members.map((member) =>
    indent(member.terminated ? `${member.text};` : member.text),
  );
  return `{\n${lines.join("\n")}\n}`;
}
