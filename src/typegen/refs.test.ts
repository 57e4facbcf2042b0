import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import { makeOperation, outputOperation } from "../../test/typegen/make-operation.js";
import type { Operation } from "../core/operation.js";
import { renderNamespace, renderOperation } from "./index.js";

function compiles(text: string, usage = ""): string {
  expect(compileDiagnostics({ "types.ts": text, "usage.ts": usage })).toEqual([]);
  return text;
}

const user = {
  type: "object",
  properties: { login: { type: "string" }, id: { type: "integer" } },
  required: ["login"],
};

describe("local $ref resolution", () => {
  it("names a definition that is used twice and refers to it by name", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: {
            author: { $ref: "#/definitions/user" },
            committer: { $ref: "#/definitions/user" },
          },
          definitions: { user },
        }),
      ),
      "const login: string = ({} as test.User).login;",
    );
    expect(text).toContain("Promise<{ author?: User; committer?: User }>");
    expect(text).toContain("type User = { login: string; id?: number };");
  });

  it("inlines a 2020-12 $defs target used once", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: { author: { $ref: "#/$defs/user" } },
          $defs: { user },
        }),
      ),
    );
    expect(text).toContain("Promise<{ author?: { login: string; id?: number } }>");
    expect(text).not.toContain("type User");
  });

  it("resolves OpenAPI component refs against schemaRoot", () => {
    const spec = { components: { schemas: { user } } };
    const operation = makeOperation({
      name: "get",
      inputSchema: {
        type: "object",
        properties: { as: { $ref: "#/components/schemas/user" } },
      },
      outputSchema: { $ref: "#/components/schemas/user" },
      schemaRoot: spec,
    });
    const text = compiles(renderOperation(operation));
    expect(text).toContain("function get(input: { as?: User }): Promise<User>;");
    expect(text).toContain("type User = { login: string; id?: number };");
  });

  it("resolves refs against the schema that contains them when there is no schemaRoot", () => {
    const operation = makeOperation({
      name: "get",
      inputSchema: {
        type: "object",
        properties: { id: { $ref: "#/definitions/id" } },
        definitions: { id: { type: "integer" } },
      },
      outputSchema: {
        type: "object",
        properties: { id: { $ref: "#/definitions/id" } },
        definitions: { id: { type: "string" } },
      },
    });
    expect(compiles(renderOperation(operation))).toContain(
      "function get(input: { id?: number }): Promise<{ id?: string }>;",
    );
  });

  it("decodes ~0, ~1 and percent-encoding in pointers", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: {
            a: { $ref: "#/definitions/a~1b" },
            b: { $ref: "#/definitions/til~0de" },
            c: { $ref: "#/definitions/with%20space" },
            d: { $ref: "#/definitions/with%20space" },
          },
          definitions: {
            "a/b": { const: "slash" },
            "til~de": { const: "tilde" },
            "with space": { const: "space" },
          },
        }),
      ),
    );
    expect(text).toContain('Promise<{ a?: "slash"; b?: "tilde"; c?: WithSpace; d?: WithSpace }>');
    expect(text).toContain('type WithSpace = "space";');
  });

  it("renders unresolvable refs as unknown with the ref in a comment", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: {
            missing: { $ref: "#/definitions/missing" },
            remote: { $ref: "other.json#/x*/" },
          },
        }),
      ),
    );
    expect(text).toContain("missing?: unknown /* unresolved $ref: #/definitions/missing */;");
    expect(text).toContain("remote?: unknown /* unresolved $ref: other.json#/x*\\/ */;");
  });

  it("keeps a sibling nullable on a ref (OpenAPI 3.0)", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: {
            a: { $ref: "#/definitions/user", nullable: true },
            b: { allOf: [{ $ref: "#/definitions/user" }], nullable: true, description: "B" },
          },
          definitions: { user },
        }),
      ),
    );
    expect(text).toContain("a?: User | null;");
    expect(text).toContain("/** B */\n    b?: User | null;");
  });
});

describe("recursion", () => {
  it("names a recursive definition and terminates", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          $ref: "#/$defs/node",
          $defs: {
            node: {
              type: "object",
              properties: {
                name: { type: "string" },
                children: { type: "array", items: { $ref: "#/$defs/node" } },
              },
              required: ["name"],
            },
          },
        }),
      ),
    );
    expect(text).toContain("function get(input?: {}): Promise<Node>;");
    expect(text).toContain("type Node = { name: string; children?: Node[] };");
  });

  it("names a schema that refers to its own root after the operation", () => {
    const text = compiles(
      renderOperation(
        outputOperation({ type: "object", properties: { next: { $ref: "#" } } }, "listPages"),
      ),
    );
    expect(text).toContain("function listPages(input?: {}): Promise<ListPagesOutput>;");
    expect(text).toContain("type ListPagesOutput = { next?: ListPagesOutput };");
  });

  it("handles mutual recursion through objects", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          $ref: "#/definitions/a",
          definitions: {
            a: { type: "object", properties: { b: { $ref: "#/definitions/b" } } },
            b: { type: "object", properties: { a: { $ref: "#/definitions/a" } } },
          },
        }),
      ),
    );
    // B is used once, so it is inlined into the recursive A.
    expect(text).toContain("type A = { b?: { a?: A } };");
    expect(text).not.toContain("type B");
  });

  it("cuts a cycle of bare unions that TypeScript could not declare", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: { a: { $ref: "#/definitions/a" }, b: { $ref: "#/definitions/b" } },
          definitions: {
            a: { anyOf: [{ type: "string" }, { $ref: "#/definitions/b" }] },
            b: {
              anyOf: [
                { type: "number" },
                { $ref: "#/definitions/a" },
                { type: "array", items: { $ref: "#/definitions/a" } },
              ],
            },
          },
        }),
      ),
    );
    expect(text).toContain("type A = string | B;");
    expect(text).toContain("type B = number | unknown /* circular type: A */ | A[];");
  });

  it("cuts a cycle of pure aliases", () => {
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: { x: { $ref: "#/definitions/a" } },
          definitions: { a: { $ref: "#/definitions/b" }, b: { $ref: "#/definitions/a" } },
        }),
      ),
    );
    expect(text).toMatch(/x\?: unknown \/\* recursive schema \*\//);
  });
});

describe("names of named types", () => {
  const twoOwners = (order: "ab" | "ba"): Operation[] => {
    const schema = {
      type: "object",
      properties: {
        a1: { $ref: "#/definitions/owner" },
        a2: { $ref: "#/definitions/owner" },
        b1: { $ref: "#/$defs/owner" },
        b2: { $ref: "#/$defs/owner" },
      },
      definitions: { owner: { type: "object", properties: { login: { type: "string" } } } },
      $defs: { owner: { type: "object", properties: { slug: { type: "string" } } } },
    };
    const a = outputOperation(schema, "a");
    const b = outputOperation({ ...schema, properties: { x: schema.properties.a1 } }, "b");
    return order === "ab" ? [a, b] : [b, a];
  };

  it("gives different targets with the same last segment distinct names, deterministically", () => {
    const text = compiles(renderNamespace("test", twoOwners("ab")));
    expect(text).toContain("type Owner = { slug?: string };");
    expect(text).toContain("type Owner_2 = { login?: string };");
    expect(text).toContain("a1?: Owner_2;");
    expect(renderNamespace("test", twoOwners("ba"))).toBe(text);
  });

  it("makes type names safe identifiers that avoid function names", () => {
    const text = compiles(
      renderNamespace("test", [
        outputOperation(
          {
            type: "object",
            properties: {
              a: { $ref: "#/definitions/user" },
              b: { $ref: "#/definitions/user" },
              c: { $ref: "#/definitions/2fa-method" },
              d: { $ref: "#/definitions/2fa-method" },
              e: { $ref: "#/definitions/promise" },
              f: { $ref: "#/definitions/promise" },
            },
            definitions: { user, "2fa-method": { type: "string" }, promise: { type: "string" } },
          },
          "User",
        ),
      ]),
    );
    expect(text).toContain("function User(input?: {}): Promise<{");
    expect(text).toContain("type User_2 = {");
    expect(text).toContain("type _2faMethod = string;");
    expect(text).toContain("type Promise_2 = string;");
  });
});

describe("named types shared by a namespace", () => {
  const spec = { components: { schemas: { user } } };
  const operations = ["getUser", "getViewer"].map((name) =>
    makeOperation({
      namespace: "api",
      name,
      outputSchema: { $ref: "#/components/schemas/user" },
      schemaRoot: spec,
    }),
  );

  it("declares a target used once per operation but twice in the namespace only once", () => {
    const text = compiles(renderNamespace("api", operations));
    expect(text.match(/type User = /g)).toHaveLength(1);
    expect(text).toContain("function getUser(input?: {}): Promise<User>;");
    expect(text).toContain("function getViewer(input?: {}): Promise<User>;");
  });

  it("inlines the same target in the declaration of one operation", () => {
    const text = compiles(renderOperation(operations[0] as Operation));
    expect(text).toContain(
      "function getUser(input?: {}): Promise<{ login: string; id?: number }>;",
    );
  });

  it("keeps equal definitions of different documents apart", () => {
    const separate = ["a", "b"].map((name) =>
      outputOperation(
        {
          type: "object",
          properties: { x: { $ref: "#/definitions/user" }, y: { $ref: "#/definitions/user" } },
          definitions: { user: { ...user } },
        },
        name,
      ),
    );
    const text = compiles(renderNamespace("test", separate));
    expect(text).toContain("type User = ");
    expect(text).toContain("type User_2 = ");
  });
});
