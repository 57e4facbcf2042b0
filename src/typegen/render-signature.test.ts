import { describe, expect, it } from "vitest";
import { makeOperation } from "../../test/typegen/make-operation.js";
import { renderSignature } from "./index.js";

const spec = {
  components: {
    schemas: {
      repository: {
        type: "object",
        properties: { id: { type: "integer" }, full_name: { type: "string" } },
      },
    },
  },
};

describe("renderSignature", () => {
  it("renders one line with $ref targets by name", () => {
    const operation = makeOperation({
      namespace: "github",
      name: "reposGet",
      description: "Get a repository",
      inputSchema: {
        type: "object",
        properties: {
          owner: { type: "string", description: "The account owner" },
          repo: { type: "string" },
        },
        required: ["owner", "repo"],
      },
      outputSchema: { $ref: "#/components/schemas/repository" },
      schemaRoot: spec,
    });
    expect(renderSignature(operation)).toBe(
      "github.reposGet(input: { owner: string; repo: string }): Promise<Repository>",
    );
  });

  it("marks an empty input optional and an unknown output any", () => {
    expect(renderSignature(makeOperation({ namespace: "fs", name: "list" }))).toBe(
      "fs.list(input?: {}): Promise<any>",
    );
  });

  it("shortens long signatures with … at a member boundary", () => {
    const properties = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`parameter${index}`, { type: "string" }]),
    );
    const signature = renderSignature(
      makeOperation({
        namespace: "api",
        name: "search",
        inputSchema: { type: "object", properties },
        outputSchema: {
          type: "object",
          properties: Object.fromEntries(
            Array.from({ length: 40 }, (_, index) => [`field${index}`, { type: "number" }]),
          ),
        },
      }),
    );
    expect(signature.length).toBeLessThanOrEqual(160);
    expect(signature).toMatch(
      /^api\.search\(input: \{ parameter0\?: string; .*parameter\d+\?: string; … \}\): Promise<\{ field0\?: number; .*; … \}>$/,
    );
    expect(signature).not.toContain("\n");
  });

  it("never includes JSDoc or comments", () => {
    const signature = renderSignature(
      makeOperation({
        name: "a",
        inputSchema: {
          type: "object",
          properties: { x: { type: "string", description: "doc" }, y: { $ref: "#/missing" } },
        },
      }),
    );
    expect(signature).toBe("test.a(input: { x?: string; y?: unknown }): Promise<any>");
  });
});

describe("renderSignature shortening", () => {
  it("keeps the first member's name when not even one member fits", () => {
    const signature = renderSignature(
      makeOperation({
        namespace: "apps",
        name: "updateWebhookConfigurationForTheApplication",
        inputSchema: {
          type: "object",
          properties: {
            body: {
              type: "object",
              properties: Object.fromEntries(
                Array.from({ length: 30 }, (_, index) => [`setting${index}`, { type: "string" }]),
              ),
            },
            other: { type: "string" },
          },
        },
      }),
    );
    expect(signature).toBe(
      "apps.updateWebhookConfigurationForTheApplication(input: { body?: …; … }): Promise<any>",
    );
  });

  it("does not split inside string literals or nested types", () => {
    const signature = renderSignature(
      makeOperation({
        name: "pick",
        inputSchema: {
          type: "object",
          properties: {
            mode: { enum: ["a; b: c", "{ x }"] },
            nested: {
              type: "object",
              properties: { a: { type: "string" }, b: { type: "string" } },
            },
            ...Object.fromEntries(
              Array.from({ length: 20 }, (_, index) => [`flag${index}`, { type: "boolean" }]),
            ),
          },
          required: ["mode"],
        },
      }),
    );
    expect(signature).toMatch(
      /^test\.pick\(input: \{ mode: "a; b: c" \| "\{ x \}"; nested\?: \{ a\?: string; b\?: string \}; flag0\?: boolean; .*; … \}\): Promise<any>$/,
    );
    expect(signature.length).toBeLessThanOrEqual(160);
  });
});
