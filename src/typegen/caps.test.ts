import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import { makeOperation, outputOperation } from "../../test/typegen/make-operation.js";
import type { JsonSchema } from "../core/operation.js";
import { renderNamespace, renderOperation } from "./index.js";

function compiles(text: string): string {
  expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  return text;
}

/** `{ a: { a: { … { leaf: string } } } }`, `levels` objects deep. */
function nested(levels: number): JsonSchema {
  let schema: JsonSchema = { type: "object", properties: { leaf: { type: "string" } } };
  for (let level = 1; level < levels; level++) {
    schema = { type: "object", properties: { a: schema } };
  }
  return schema;
}

describe("depth cap", () => {
  it("renders objects nested beyond maxDepth as unknown and says what was cut", () => {
    const text = compiles(renderOperation(outputOperation(nested(4)), { maxDepth: 2 }));
    expect(text).toContain(
      "a?: { a?: unknown /* depth cap: object with 1 property nested deeper than 2 levels */ };",
    );
  });

  it("keeps eight levels by default", () => {
    const text = compiles(renderOperation(outputOperation(nested(10))));
    // Eight objects are rendered, so eight `a` members; the last one's value is cut.
    expect(text.match(/a\?: /g)).toHaveLength(8);
    expect(text).toContain(
      "unknown /* depth cap: object with 1 property nested deeper than 8 levels */",
    );
    expect(compiles(renderOperation(outputOperation(nested(8))))).not.toContain("depth cap");
  });

  it("caps arrays too", () => {
    const schema = { type: "array", items: { type: "array", items: { type: "string" } } };
    expect(compiles(renderOperation(outputOperation(schema), { maxDepth: 1 }))).toContain(
      "Promise<unknown /* depth cap: array nested deeper than 1 level */[]>",
    );
  });

  it("starts counting again in each named type", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: { a: { $ref: "#/$defs/deep" }, b: { $ref: "#/$defs/deep" } },
          $defs: { deep: nested(2) },
        }),
        { maxDepth: 2 },
      ),
    );
    expect(text).toContain("type Deep = { a?: { leaf?: string } };");
  });

  it("survives schemas nested far beyond any cap", () => {
    let schema: JsonSchema = { type: "string" };
    for (let level = 0; level < 5000; level++) schema = { anyOf: [schema, { type: "null" }] };
    const text = compiles(renderOperation(outputOperation(schema)));
    expect(text).toContain("unknown /* depth cap: schema nested deeper than 64 levels */");
  });
});

describe("size cap", () => {
  const wide = (count: number, required: string[] = []): JsonSchema => ({
    type: "object",
    properties: Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `property${index}`,
        { type: "string", description: `Property number ${index}, described at some length.` },
      ]),
    ),
    required,
  });

  it("cuts properties beyond maxChars, says how many, and keeps the rest usable", () => {
    const text = compiles(
      renderOperation(makeOperation({ name: "create", inputSchema: wide(300) }), {
        maxChars: 2000,
      }),
    );
    const kept = text.match(/property\d+\?: string;/g)?.length ?? 0;
    expect(kept).toBeGreaterThan(10);
    expect(kept).toBeLessThan(60);
    expect(text).toContain(`/* … ${300 - kept} more properties cut (size cap) */`);
    expect(text).toContain("[key: string]: any;");
    expect(text.length).toBeLessThan(2600);
    const usage = "test.create({ property0: 'a', property299: 'b' });";
    expect(compileDiagnostics({ "types.ts": text, "usage.ts": usage })).toEqual([]);
  });

  it("keeps required properties that come after the cut", () => {
    const text = compiles(
      renderOperation(makeOperation({ name: "create", inputSchema: wide(300, ["property250"]) }), {
        maxChars: 2000,
      }),
    );
    expect(text).toContain("property250: string;");
    expect(text).toContain("more properties cut (size cap)");
  });

  it("does not cut below the cap", () => {
    const text = renderOperation(makeOperation({ name: "create", inputSchema: wide(300) }), {
      maxChars: 100_000,
    });
    expect(text).not.toContain("size cap");
    expect(text.match(/property\d+\?: string;/g)).toHaveLength(300);
  });

  it("widens a long enum instead of listing every value", () => {
    const values = Array.from({ length: 2000 }, (_, index) => `value-${index}`);
    const text = compiles(
      renderOperation(outputOperation({ type: "string", enum: values }), { maxChars: 1000 }),
    );
    expect(text).toMatch(
      /"value-0" \| "value-1" \| .* \| string \/\* … \d+ more values cut \(size cap\) \*\//,
    );
    expect(text.length).toBeLessThan(1500);
  });

  it("gives every named type its own budget", () => {
    const spec = { components: { schemas: { big: wide(100), other: wide(100) } } };
    const operations = ["a", "b"].map((name) =>
      makeOperation({
        name,
        outputSchema: {
          type: "object",
          properties: {
            big: { $ref: "#/components/schemas/big" },
            other: { $ref: "#/components/schemas/other" },
          },
        },
        schemaRoot: spec,
      }),
    );
    const text = compiles(renderNamespace("test", operations, { maxChars: 3000 }));
    expect(text).toContain("function a(input?: {}): Promise<{ big?: Big; other?: Other }>;");
    expect(text.match(/more properties cut \(size cap\)/g)).toHaveLength(2);
  });
});
