import type { Operation } from "../core/operation.js";
import { resolveLocalRef } from "./json-pointer.js";
import { type RenderContext, topFrame } from "./render-context.js";
import { descriptionLines, jsDoc, MAX_DESCRIPTION } from "./render-jsdoc.js";
import { renderType } from "./render-type.js";
import {
  isPureRef,
  isSchemaObject,
  propertyEntries,
  requiredNames,
  schemaTypes,
} from "./schema-object.js";

/** A rendered declaration and the named types it refers to (name → referenced non-deferred). */
export interface RenderedDeclaration {
  text: string;
  references: Map<string, boolean>;
}

/** The parts of a function signature: `input` or `input?`, the input type, the output type. */
export interface SignatureParts {
  parameter: "input" | "input?";
  input: string;
  output: string;
  references: Map<string, boolean>;
}

export interface RenderFunctionOptions {
  operation: Operation;
  /** The safe function name. */
  name: string;
  context: RenderContext;
  maxChars: number;
}

/**
 * One operation as `function name(input: …): Promise<…>;` with its description as JSDoc. The
 * input and output share one size budget of `maxChars` (after the JSDoc, the input may take half).
 */
export function renderFunction(options: RenderFunctionOptions): RenderedDeclaration {
  const { operation, name } = options;
  const text = operation.description ?? operation.annotations?.title;
  const maxDescription = Math.max(MAX_DESCRIPTION, Math.floor(options.maxChars / 4));
  const doc = text === undefined ? "" : jsDoc(descriptionLines(text, maxDescription));
  const parts = renderSignatureParts({ ...options, spent: doc.length + name.length + 40 });
  return {
    text: `${doc}function ${name}(${parts.parameter}: ${parts.input}): Promise<${parts.output}>;`,
    references: parts.references,
  };
}

/** Input and output types of an operation, rendered in `context`. */
export function renderSignatureParts(
  options: RenderFunctionOptions & { spent?: number },
): SignatureParts {
  const { operation, context } = options;
  const spent = options.spent ?? 0;
  const hasOutput = operation.outputSchema !== undefined;
  // The input may take at most half of what is left, so the output is not starved.
  const inputLimit =
    hasOutput && !context.compact ? (options.maxChars + spent) / 2 : options.maxChars;
  const frame = topFrame({
    context,
    root: operation.schemaRoot ?? operation.inputSchema,
    maxChars: Math.floor(inputLimit),
  });
  frame.budget.used = spent;
  const target = followRefs(operation.inputSchema, frame.root);
  const empty = isEmptyInput(target);
  const input =
    empty && !hasIndexSignature(target) ? "{}" : renderType(operation.inputSchema, frame).text;
  const output =
    operation.outputSchema === undefined
      ? "any"
      : renderType(operation.outputSchema, {
          ...frame,
          root: operation.schemaRoot ?? operation.outputSchema,
          // A signature shortens each side on its own; a declaration is capped as a whole.
          budget: { limit: options.maxChars, used: context.compact ? 0 : frame.budget.used },
        }).text;
  return { parameter: empty ? "input?" : "input", input, output, references: frame.references };
}

/** An input that asks for nothing: no properties and nothing required. */
function isEmptyInput(schema: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (!isSchemaObject(schema)) return false;
  const types = schemaTypes(schema);
  if (types !== undefined && !types.includes("object")) return false;
  const shaping = ["$ref", "anyOf", "oneOf", "allOf", "enum", "const"];
  return (
    propertyEntries(schema).length === 0 &&
    requiredNames(schema).length === 0 &&
    shaping.every((keyword) => !Object.hasOwn(schema, keyword))
  );
}

function hasIndexSignature(schema: unknown): boolean {
  if (!isSchemaObject(schema)) return false;
  const additional = schema.additionalProperties;
  return (
    (additional !== undefined && additional !== false) || isSchemaObject(schema.patternProperties)
  );
}

/** The schema a chain of `$ref` aliases ends at (for inspection, not rendering). */
function followRefs(schema: unknown, root: unknown): unknown {
  let current = schema;
  for (let hop = 0; hop < 16 && isSchemaObject(current) && isPureRef(current); hop++) {
    const resolved = resolveLocalRef(root, current.$ref as string);
    if (!resolved.found) return current;
    current = resolved.target;
  }
  return current;
}
