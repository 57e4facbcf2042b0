import { createRequire } from "node:module";
import type { Ajv } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import type { JsonSchema } from "../core/operation.js";

const require = createRequire(import.meta.url);
/** Unknown keywords are mistakes worth refusing; the rest of ajv's strictness is about style. */
const OPTIONS = {
  strictSchema: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  validateFormats: false,
  logger: false,
} as const;
let draft07: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

/**
 * Why `schema` is not a JSON Schema ajv can compile (draft-07, or 2020-12 when `$schema` says
 * so), in ajv's words; undefined when it is one. Strict: an unknown keyword or type is a problem.
 */
export function jsonSchemaProblem(schema: JsonSchema): string | undefined {
  if (typeof schema === "boolean") return undefined;
  const dialect = String(schema.$schema ?? "");
  let engine: Ajv | Ajv2020;
  if (dialect.includes("2020-12") || dialect.includes("2019-09")) {
    const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
    draft2020 ??= new Ajv2020(OPTIONS);
    engine = draft2020;
  } else {
    const { Ajv } = require("ajv") as typeof import("ajv");
    draft07 ??= new Ajv(OPTIONS);
    engine = draft07;
  }
  try {
    const { $id: _id, ...rest } = schema;
    engine.compile(rest);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
