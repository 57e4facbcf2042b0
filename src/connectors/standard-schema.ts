import { ConfigError } from "../core/errors.js";
import type { JsonSchema } from "../core/operation.js";
import type { Validation, Validator } from "./json-schema-validator.js";
import { compileJsonSchemaValidator } from "./json-schema-validator.js";

/** The part of the Standard Schema interface (zod, valibot, arktype…) codemode uses. */
export interface StandardSchemaLike {
  "~standard": {
    version: 1;
    vendor: string;
    validate(value: unknown): StandardResult | Promise<StandardResult>;
    jsonSchema?: { input?(options: { target: string }): Record<string, unknown> };
  };
}
type StandardResult =
  | { value: unknown; issues?: undefined }
  | { issues: readonly { message: string; path?: readonly unknown[] }[] };

/** A schema as users give it: JSON Schema, or a Standard Schema such as zod. */
export type SchemaInput = JsonSchema | StandardSchemaLike;

export function isStandardSchema(value: unknown): value is StandardSchemaLike {
  return typeof value === "object" && value !== null && "~standard" in value;
}

/** The JSON Schema of a schema input, for declarations and listings. */
export async function toJsonSchema(schema: SchemaInput, where: string): Promise<JsonSchema> {
  if (!isStandardSchema(schema)) return schema;
  const standard = schema["~standard"];
  if (standard.jsonSchema?.input) return standard.jsonSchema.input({ target: "draft-2020-12" });
  if (standard.vendor === "zod") {
    const { toJSONSchema } = await import("zod");
    return toJSONSchema(schema as never, { io: "input", unrepresentable: "any" }) as JsonSchema;
  }
  throw new ConfigError(
    `${where}: a ${standard.vendor} schema cannot be turned into JSON Schema; give a JSON Schema or a zod schema instead.`,
  );
}

/** A validator: the Standard Schema's own when there is one, else ajv on the JSON Schema. */
export function schemaValidator(
  schema: SchemaInput,
): (value: unknown) => Promise<Validation & { value?: unknown }> {
  if (isStandardSchema(schema)) {
    return async (value) => {
      const result = await schema["~standard"].validate(value);
      if (!result.issues) return { valid: true, value: result.value };
      const message = result.issues
        .slice(0, 8)
        .map(
          (issue) =>
            `${issue.path?.length ? issue.path.map(pathSegment).join(".") : "input"}: ${issue.message}`,
        )
        .join("; ");
      return { valid: false, message };
    };
  }
  let compiled: Validator | undefined;
  return async (value) => {
    compiled ??= compileJsonSchemaValidator(schema);
    return compiled(value);
  };
}

function pathSegment(segment: unknown): string {
  if (typeof segment === "object" && segment !== null && "key" in segment)
    return String((segment as { key: unknown }).key);
  return String(segment);
}
