import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import { makeOperation, outputOperation } from "../../test/typegen/make-operation.js";
import type { JsonSchema } from "../core/operation.js";
import { renderNamespace, renderOperation } from "./index.js";

/** Documents that a dereferencing parser leaves: the same JS object at several places, no `$ref`. */
function compiles(text: string): string {
  expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  return text;
}

describe("schema objects shared by identity", () => {
  it("names a shared object after its title", () => {
    const address = {
      title: "Postal address",
      type: "object",
      properties: { city: { type: "string" } },
    };
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: { billing: address, shipping: address },
        }),
      ),
    );
    expect(text).toContain("Promise<{ billing?: PostalAddress; shipping?: PostalAddress }>");
    expect(text).toContain("/** Postal address */\n  type PostalAddress = { city?: string };");
  });

  it("names an untitled shared object after the property it first appears under", () => {
    const address = { type: "object", properties: { city: { type: "string" } } };
    const text = compiles(
      renderOperation(
        outputOperation({
          type: "object",
          properties: { billing_address: address, others: { type: "array", items: address } },
        }),
      ),
    );
    expect(text).toContain(
      "Promise<{ billing_address?: BillingAddress; others?: BillingAddress[] }>",
    );
  });

  it("keeps a shared primitive inline", () => {
    const id = { type: "string", description: "An id" };
    const text = compiles(
      renderOperation(outputOperation({ type: "object", properties: { a: id, b: id } })),
    );
    expect(text).toContain("a?: string;");
    expect(text).not.toContain("type ");
  });

  it("shares one named type between the operations of a namespace", () => {
    const user = { type: "object", properties: { login: { type: "string" } } };
    const text = compiles(
      renderNamespace("test", [
        makeOperation({ name: "a", outputSchema: user }),
        makeOperation({ name: "b", inputSchema: user }),
      ]),
    );
    expect(text).toContain("function a(input?: {}): Promise<AOutput>;");
    expect(text).toContain("function b(input: AOutput): Promise<any>;");
    expect(text.match(/type AOutput = /g)).toHaveLength(1);
  });
});

describe("cyclic objects", () => {
  it("renders a self-referencing object as a recursive named type", () => {
    const node: { [key: string]: unknown } = {
      type: "object",
      properties: { name: { type: "string" } },
    };
    (node.properties as { [key: string]: unknown }).children = { type: "array", items: node };
    (node.properties as { [key: string]: unknown }).parent = node;
    const text = compiles(
      renderOperation(
        makeOperation({
          name: "tree",
          inputSchema: { type: "object", properties: { root: node }, required: ["root"] },
          outputSchema: node as JsonSchema,
        }),
      ),
    );
    expect(text).toContain("function tree(input: { root: Root }): Promise<Root>;");
    expect(text).toContain("type Root = { name?: string; children?: Root[]; parent?: Root };");
  });

  it("terminates on mutually recursive objects and unions", () => {
    const a: { [key: string]: unknown } = { title: "A", anyOf: [{ type: "string" }] };
    const b: { [key: string]: unknown } = { title: "B", anyOf: [{ type: "number" }, a] };
    (a.anyOf as unknown[]).push(b, { type: "object", properties: { b } });
    const text = compiles(renderOperation(outputOperation(a as JsonSchema)));
    expect(text).toContain("function get(input?: {}): Promise<A>;");
    expect(text).toContain("type A = string | B | { b?: B };");
    expect(text).toContain("type B = number | unknown /* circular type: A */;");
  });

  it("terminates on a cycle that goes through allOf", () => {
    const base: { [key: string]: unknown } = {
      type: "object",
      properties: { id: { type: "string" } },
    };
    const derived = { allOf: [base, { properties: { next: base } }] };
    (base.properties as { [key: string]: unknown }).derived = derived;
    const text = compiles(renderOperation(outputOperation(derived as JsonSchema)));
    expect(text).toContain("function get(input?: {}): Promise<GetOutput>;");
    expect(text).toContain(
      "type GetOutput = { id?: string; derived?: GetOutput; next?: GetOutput_2 };",
    );
    expect(text).toContain("type GetOutput_2 = { id?: string; derived?: GetOutput };");
  });
});
