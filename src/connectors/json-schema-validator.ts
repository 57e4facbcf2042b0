import { createRequire } from "node:module";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import type { JsonSchema } from "../core/operation.js";
import { plainSchemaValidator } from "./plain-schema-validator.js";

// ajv is loaded on the first validation, not at start-up: a one-shot CLI run may never need it.
const require = createRequire(import.meta.url);
const addFormats = (ajv: Ajv | Ajv2020): void =>
  (require("ajv-formats") as (ajv: Ajv | Ajv2020) => void)(ajv);

export type Validation = { valid: true } | { valid: false; message: string };
export type Validator = (value: unknown) => Validation;

let draft07: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

function engineFor(schema: JsonSchema): Ajv | Ajv2020 {
  const dialect = typeof schema === "object" ? String(schema.$schema ?? "") : "";
  if (dialect.includes("2020-12") || dialect.includes("2019-09")) {
    if (!draft2020) {
      const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
      draft2020 = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
      addFormats(draft2020);
    }
    return draft2020;
  }
  if (!draft07) {
    const { Ajv } = require("ajv") as typeof import("ajv");
    draft07 = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(draft07);
  }
  return draft07;
}

/**
 * Compiles a JSON Schema (draft-07 by default, 2020-12 when `$schema` says so) into a validator
 * whose failure message lists every problem in words a model can act on.
 */
export function compileJsonSchemaValidator(schema: JsonSchema): Validator {
  const plain = plainSchemaValidator(schema);
  if (plain) return plain;
  let validate: ValidateFunction;
  try {
    validate = engineFor(schema).compile(typeof schema === "boolean" ? schema : stripId(schema));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return () => ({ valid: false, message: `its input schema cannot be used (${reason})` });
  }
  return (value) => {
    if (validate(value)) return { valid: true };
    return { valid: false, message: describeErrors(validate.errors ?? []) };
  };
}

/** A schema's `$id` would be registered globally by ajv and clash on the second compile. */
function stripId(schema: Record<string, unknown>): Record<string, unknown> {
  if (!("$id" in schema)) return schema;
  const { $id: _id, ...rest } = schema;
  return rest;
}

function describeErrors(errors: readonly ErrorObject[]): string {
  const lines = errors.slice(0, 8).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replaceAll("/", ".") : "input";
    if (error.keyword === "additionalProperties") {
      return `${where}: unknown property "${String(error.params.additionalProperty)}"`;
    }
    if (error.keyword === "enum") {
      return `${where}: must be one of ${JSON.stringify(error.params.allowedValues)}`;
    }
    return `${where}: ${error.message ?? "is invalid"}`;
  });
  if (errors.length > 8) lines.push(`… and ${errors.length - 8} more`);
  return lines.join("; ");
}
