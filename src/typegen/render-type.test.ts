import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import { makeOperation, outputOperation } from "../../test/typegen/make-operation.js";
import type { JsonSchema } from "../core/operation.js";
import { renderOperation } from "./index.js";

/** Renders `schema` as the output of `test.get`, checks it compiles, returns the declaration. */
function render(schema: JsonSchema): string {
  const text = renderOperation(outputOperation(schema));
  expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  return text;
}

/** Only the type inside `Promise<…>` of a one-line output. */
function outputType(schema: JsonSchema): string {
  const match = /\): Promise<(.*)>;/s.exec(render(schema));
  return match?.[1] ?? "";
}

describe("primitive types", () => {
  it("maps JSON Schema types, integer as number", () => {
    expect(outputType({ type: "string" })).toBe("string");
    expect(outputType({ type: "integer" })).toBe("number");
    expect(outputType({ type: "number" })).toBe("number");
    expect(outputType({ type: "boolean" })).toBe("boolean");
    expect(outputType({ type: "null" })).toBe("null");
  });

  it("renders type arrays and OpenAPI nullable as unions with null", () => {
    expect(outputType({ type: ["string", "null"] })).toBe("string | null");
    expect(outputType({ type: ["object", "null"], properties: { a: { type: "string" } } })).toBe(
      "{ a?: string } | null",
    );
    expect(outputType({ type: "integer", nullable: true })).toBe("number | null");
  });

  it("renders boolean schemas as any and never", () => {
    expect(outputType(true)).toBe("any");
    expect(outputType({ type: "object", properties: { gone: false } })).toBe("{ gone?: never }");
    expect(outputType({ type: "array", items: false })).toBe("never[]");
    expect(outputType({})).toBe("any");
  });
});

describe("literals", () => {
  it("renders enum as a union of literals and const as a literal", () => {
    expect(outputType({ enum: ["open", "closed", 1, -2, true, null] })).toBe(
      '"open" | "closed" | 1 | -2 | true | null',
    );
    expect(outputType({ const: "fixed" })).toBe('"fixed"');
    expect(outputType({ type: "string", enum: ["a"], nullable: true })).toBe('"a" | null');
  });

  it("escapes string literals", () => {
    const value = 'say "hi"\\ */ \n\u2028 done';
    expect(outputType({ const: value })).toBe(JSON.stringify(value));
    const template = "back`tick$" + "{x}";
    expect(outputType({ enum: ["it's", template] })).toBe(`"it's" | "${template}"`);
  });

  it("renders object and array constants as literal types", () => {
    expect(outputType({ const: { kind: "x", "a-b": [1, null] } })).toBe(
      '{ kind: "x"; "a-b": [1, null] }',
    );
    expect(outputType({ type: "array", items: { enum: [-1, 2] } })).toBe("(-1 | 2)[]");
  });
});

describe("combinators", () => {
  it("renders anyOf and oneOf as unions", () => {
    expect(outputType({ anyOf: [{ type: "string" }, { type: "number" }] })).toBe("string | number");
    expect(outputType({ oneOf: [{ type: "string" }, { type: "null" }] })).toBe("string | null");
    expect(
      outputType({
        anyOf: [{ anyOf: [{ type: "string" }, { type: "null" }] }, { type: "null" }],
        nullable: true,
      }),
    ).toBe("string | null");
  });

  it("intersects a base object with its oneOf alternatives", () => {
    expect(
      outputType({
        type: "object",
        properties: { kind: { type: "string" } },
        required: ["kind"],
        oneOf: [
          { properties: { a: { type: "number" } } },
          { properties: { b: { type: "string" } } },
        ],
      }),
    ).toBe("{ kind: string } & ({ a?: number } | { b?: string })");
  });

  it("ignores alternatives that only list required names", () => {
    expect(
      outputType({
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" } },
        anyOf: [{ required: ["a"] }, { required: ["b"] }],
      }),
    ).toBe("{ a?: string; b?: string }");
  });

  it("merges allOf object members into one type literal", () => {
    expect(
      outputType({
        allOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { properties: { b: { type: "number" } }, required: ["b"] },
          { required: ["a"] },
        ],
      }),
    ).toBe("{ a: string; b: number }");
  });

  it("intersects allOf members that cannot be merged", () => {
    expect(
      outputType({
        allOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { anyOf: [{ properties: { b: { type: "number" } } }, { type: "null" }] },
        ],
      }),
    ).toBe("{ a?: string } & ({ b?: number } | null)");
    expect(outputType({ type: "string", allOf: [{ minLength: 1 }] })).toBe("string");
  });

  it("intersects a property defined twice in allOf", () => {
    expect(
      outputType({
        allOf: [
          { properties: { a: { type: "object", properties: { x: { type: "string" } } } } },
          { properties: { a: { type: "object", properties: { y: { type: "string" } } } } },
        ],
      }),
    ).toBe("{ a?: { x?: string; y?: string } }");
  });
});

describe("arrays and tuples", () => {
  it("renders items as T[], parenthesizing unions", () => {
    expect(outputType({ type: "array", items: { type: "string" } })).toBe("string[]");
    expect(outputType({ type: "array", items: { type: ["string", "number"] } })).toBe(
      "(string | number)[]",
    );
    expect(outputType({ type: "array" })).toBe("any[]");
    expect(outputType({ items: { type: "boolean" } })).toBe("boolean[]");
  });

  it("renders draft-07 tuples with additionalItems", () => {
    const items = [{ type: "string" }, { type: "number" }];
    expect(outputType({ type: "array", items, additionalItems: false, minItems: 2 })).toBe(
      "[string, number]",
    );
    expect(outputType({ type: "array", items, additionalItems: { type: "boolean" } })).toBe(
      "[string?, number?, ...boolean[]]",
    );
    expect(outputType({ type: "array", items, minItems: 1 })).toBe("[string, number?, ...any[]]");
  });

  it("renders 2020-12 tuples with prefixItems and items", () => {
    const prefixItems = [{ type: "string" }, { anyOf: [{ type: "number" }, { type: "null" }] }];
    expect(outputType({ type: "array", prefixItems, items: false, minItems: 2 })).toBe(
      "[string, number | null]",
    );
    expect(outputType({ type: "array", prefixItems, items: { type: "string" }, minItems: 1 })).toBe(
      "[string, (number | null)?, ...string[]]",
    );
  });
});

describe("objects", () => {
  it("marks properties optional unless required and quotes names that are not identifiers", () => {
    expect(
      outputType({
        type: "object",
        properties: {
          id: { type: "integer" },
          "x-rate-limit": { type: "number" },
          "2fa": { type: "boolean" },
          delete: { type: "string" },
        },
        required: ["id", "2fa"],
      }),
    ).toBe('{ id: number; "x-rate-limit"?: number; "2fa": boolean; "delete"?: string }');
  });

  it("treats a schema with properties but no type as an object", () => {
    expect(outputType({ properties: { a: { type: "string" } }, required: ["a"] })).toBe(
      "{ a: string }",
    );
  });

  it("lists required names that have no property schema as any", () => {
    expect(outputType({ type: "object", required: ["token"] })).toBe("{ token: any }");
  });

  it("renders additionalProperties and patternProperties as index signatures", () => {
    expect(outputType({ type: "object" })).toBe("{ [key: string]: any }");
    expect(outputType({ type: "object", additionalProperties: true })).toBe(
      "{ [key: string]: any }",
    );
    expect(outputType({ type: "object", additionalProperties: { type: "number" } })).toBe(
      "{ [key: string]: number }",
    );
    expect(
      outputType({
        type: "object",
        properties: { a: { type: "string" } },
        additionalProperties: false,
      }),
    ).toBe("{ a?: string }");
    expect(outputType({ type: "object", patternProperties: { "^x-": { type: "string" } } })).toBe(
      "{ [key: string]: string }",
    );
  });

  it("widens the index signature so every property still fits it", () => {
    expect(
      outputType({
        type: "object",
        properties: { a: { type: "string" }, b: { type: "boolean" } },
        required: ["a"],
        additionalProperties: { type: "number" },
      }),
    ).toBe("{ a: string; b?: boolean; [key: string]: number | string | boolean | undefined }");
  });
});

describe("JSDoc on properties", () => {
  it("keeps description, format, default, examples and deprecated", () => {
    const text = render({
      type: "object",
      properties: {
        created: {
          type: "string",
          format: "date-time",
          description: "When it was created.",
          default: "now",
          examples: ["2024-01-01T00:00:00Z"],
        },
        old: { type: "string", deprecated: true, example: "x" },
      },
    });
    expect(text).toContain(
      [
        "    /**",
        "     * When it was created.",
        "     * @format date-time",
        '     * @default "now"',
        '     * @example "2024-01-01T00:00:00Z"',
        "     */",
        "    created?: string;",
      ].join("\n"),
    );
    expect(text).toContain(
      ["    /**", '     * @example "x"', "     * @deprecated", "     */", "    old?: string;"].join(
        "\n",
      ),
    );
  });

  it("keeps schema text from closing a comment and injecting code", () => {
    const injection = "*/ declare const injected: 1; /*";
    const text = render({
      type: "object",
      properties: {
        a: { type: "string", format: injection, examples: [injection], title: injection },
        b: { $ref: `#/${injection}` },
      },
    });
    expect(text).not.toContain("*/ declare const injected");
    // Beyond the nesting guard the cut schema is described by its `type`.
    let nested: JsonSchema = { type: injection };
    for (let level = 0; level < 65; level++) nested = { anyOf: [nested, { type: "null" }] };
    const deep = renderOperation(outputOperation(nested));
    expect(deep).toContain("depth cap: *\\/ declare const injected: 1; /* nested deeper than 64");
    expect(deep).not.toContain("*/ declare const injected");
    expect(compileDiagnostics({ "types.ts": deep })).toEqual([]);
  });

  it("keeps descriptions and defaults from closing the comment", () => {
    const text = render({
      type: "object",
      properties: { a: { type: "string", description: "ends */ here", default: "*/" } },
    });
    expect(text).toContain("ends *\\/ here");
    expect(text).toContain('@default "*\\/"');
    expect(text).not.toMatch(/ends \*\/ here/);
  });
});

describe("the function", () => {
  it("makes an input without properties or required names optional", () => {
    const text = renderOperation(makeOperation({ name: "ping" }));
    expect(text).toContain("function ping(input?: {}): Promise<any>;");
    expect(renderOperation(makeOperation({ name: "ping", inputSchema: true }))).toContain(
      "function ping(input?: {}): Promise<any>;",
    );
    expect(
      renderOperation(
        makeOperation({
          name: "put",
          inputSchema: { type: "object", additionalProperties: { type: "string" } },
        }),
      ),
    ).toContain("function put(input?: { [key: string]: string }): Promise<any>;");
  });

  it("renders the input with property docs and the description as JSDoc", () => {
    const text = renderOperation(
      makeOperation({
        namespace: "github",
        name: "reposGet",
        description: "Get a repository\n\nMore */ details.",
        inputSchema: {
          type: "object",
          properties: {
            owner: { type: "string", description: "The account owner" },
            repo: { type: "string" },
          },
          required: ["owner", "repo"],
        },
      }),
    );
    expect(text).toBe(
      [
        "declare namespace github {",
        "  /**",
        "   * Get a repository",
        "   *",
        "   * More *\\/ details.",
        "   */",
        "  function reposGet(input: {",
        "    /** The account owner */",
        "    owner: string;",
        "    repo: string;",
        "  }): Promise<any>;",
        "}",
        "",
      ].join("\n"),
    );
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });
});
