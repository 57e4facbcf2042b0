import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import { makeOperation, outputOperation } from "../../test/typegen/make-operation.js";
import { renderDeclarations, renderNamespace, renderOperation } from "./index.js";

describe("renderDeclarations", () => {
  it("writes one namespace block per namespace, namespaces and operations sorted", () => {
    const text = renderDeclarations([
      makeOperation({ namespace: "zeta", name: "b" }),
      makeOperation({ namespace: "alpha", name: "y" }),
      makeOperation({ namespace: "zeta", name: "a" }),
      makeOperation({ namespace: "alpha", name: "x" }),
    ]);
    expect(text).toBe(
      [
        "declare namespace alpha {",
        "  function x(input?: {}): Promise<any>;",
        "  function y(input?: {}): Promise<any>;",
        "}",
        "",
        "declare namespace zeta {",
        "  function a(input?: {}): Promise<any>;",
        "  function b(input?: {}): Promise<any>;",
        "}",
        "",
      ].join("\n"),
    );
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it("defends namespace and function names that are not identifiers", () => {
    const text = renderDeclarations([
      makeOperation({ namespace: "my-api", name: "list-issues" }),
      makeOperation({ namespace: "my_api", name: "delete" }),
      makeOperation({ namespace: "class", name: "2fa" }),
    ]);
    expect(text).toContain("declare namespace my_api {\n  function delete_(");
    expect(text).toContain("  function list_issues(");
    expect(text).toContain("declare namespace class_ {\n  function _2fa(");
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it("declares nothing for an empty catalog", () => {
    expect(renderDeclarations([])).toBe("");
    expect(renderNamespace("empty", [])).toBe("declare namespace empty {\n}\n");
  });
});

describe("renderOperation", () => {
  const schemaRoot = {
    definitions: {
      label: {
        type: "object",
        properties: { name: { type: "string" }, color: { $ref: "#/definitions/color" } },
      },
      color: { type: "string", enum: ["red", "green"], description: "A label colour" },
      milestone: { type: "object", properties: { title: { type: "string" } } },
    },
  };
  const issues = makeOperation({
    namespace: "gh",
    name: "issuesList",
    inputSchema: {
      type: "object",
      properties: { color: { $ref: "#/definitions/color" } },
    },
    outputSchema: {
      type: "array",
      items: {
        type: "object",
        properties: {
          labels: { type: "array", items: { $ref: "#/definitions/label" } },
          primary: { $ref: "#/definitions/label" },
        },
      },
    },
    schemaRoot,
  });
  const milestones = makeOperation({
    namespace: "gh",
    name: "milestonesGet",
    outputSchema: { $ref: "#/definitions/milestone" },
    schemaRoot,
  });
  const milestonesAgain = { ...milestones, name: "milestonesGetAgain" };

  it("contains only the function and the named types it uses, transitively", () => {
    const text = renderOperation(issues);
    expect(text).toContain(
      "function issuesList(input: { color?: Color }): Promise<{ labels?: Label[]; primary?: Label }[]>;",
    );
    expect(text).toContain("type Label = { name?: string; color?: Color };");
    expect(text).toContain('/** A label colour */\n  type Color = "red" | "green";');
    expect(text).not.toContain("Milestone");
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it("uses the same names as the namespace", () => {
    const namespace = renderNamespace("gh", [issues, milestones, milestonesAgain]);
    expect(namespace).toContain("type Milestone = { title?: string };");
    expect(namespace).toContain("type Label = { name?: string; color?: Color };");
    expect(compileDiagnostics({ "types.ts": namespace })).toEqual([]);
  });

  it("is the namespace block of a single operation", () => {
    const operation = outputOperation({ type: "string" });
    expect(renderOperation(operation)).toBe(renderNamespace("test", [operation]));
  });
});
