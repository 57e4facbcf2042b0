import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../core/operation.js";
import { compileJsonSchemaValidator } from "./json-schema-validator.js";
import { plainSchemaValidator } from "./plain-schema-validator.js";

/** The same schema through ajv: an `$id` is beyond the plain validator, and ajv ignores it here. */
const throughAjv = (schema: JsonSchema) =>
  compileJsonSchemaValidator({ ...(schema as object), $id: "urn:through-ajv" });

const CASES: { schema: JsonSchema; values: unknown[] }[] = [
  {
    schema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
    values: [{ text: "x" }, {}, { text: 1 }, { text: "x", more: true }, [], null, "x", 3],
  },
  {
    schema: {
      type: "object",
      properties: {
        n: { type: "integer", minimum: 1, maximum: 10 },
        tags: { type: "array", items: { type: "string", minLength: 2 }, maxItems: 2 },
        kind: { enum: ["a", "b", null] },
        flag: { type: ["boolean", "null"] },
        fixed: { const: 3 },
      },
      required: ["n", "kind"],
      additionalProperties: false,
    },
    values: [
      { n: 3, kind: "a" },
      { n: 0, kind: "c", extra: 1, other: 2 },
      { n: 2.5, kind: null, tags: ["ok", "x", "yy"], flag: "no", fixed: 4 },
      { n: 11, kind: "b", tags: "x" },
      { kind: "a", "we/ird~": 1 },
    ],
  },
  {
    schema: {
      type: "object",
      properties: { inner: { type: "object", properties: { id: { type: "number" } } } },
      additionalProperties: { type: "string", maxLength: 3 },
    },
    values: [{ inner: { id: 1 } }, { inner: { id: "1" }, a: "abcd", b: 2 }, { inner: [] }],
  },
  { schema: true, values: [1, "x", null] },
  { schema: { description: "anything" }, values: [1, {}] },
];

describe("plain schema validator", () => {
  it("answers as ajv does, message for message", () => {
    for (const { schema, values } of CASES) {
      const plain = plainSchemaValidator(schema);
      expect(plain, JSON.stringify(schema)).toBeDefined();
      const ajv = throughAjv(schema);
      for (const value of values) expect(plain?.(value), JSON.stringify(value)).toEqual(ajv(value));
    }
  });

  it("leaves every other keyword to ajv", () => {
    for (const schema of [
      { type: "string", format: "email" },
      { type: "string", pattern: "^a" },
      { anyOf: [{ type: "string" }] },
      { $ref: "#/definitions/x" },
      { type: "object", properties: { a: { type: "string", format: "date" } } },
      { type: "date" },
      false,
    ] as JsonSchema[])
      expect(plainSchemaValidator(schema), JSON.stringify(schema)).toBeUndefined();
  });
});
