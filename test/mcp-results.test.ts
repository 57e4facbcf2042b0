import { describe, expect, it } from "vitest";
import { mapToolResult } from "../src/connectors/mcp/map-tool-result.js";
import { serverTarget } from "../src/connectors/mcp/server-target.js";
import { toolOperations } from "../src/connectors/mcp/tool-operations.js";
import { ConfigError, ToolError } from "../src/core/errors.js";

const text = (value: string) => ({ type: "text" as const, text: value });

describe("mapToolResult", () => {
  it("prefers structuredContent over the text that mirrors it", () => {
    expect(
      mapToolResult({ content: [text('{"a":1}')], structuredContent: { a: 2 } }, "ns.tool"),
    ).toEqual({ a: 2 });
  });

  it("parses one text item holding a JSON object or array, and leaves other text alone", () => {
    expect(mapToolResult({ content: [text(' {"a":[1,2]}\n')] }, "ns.tool")).toEqual({ a: [1, 2] });
    expect(mapToolResult({ content: [text("[1,2]")] }, "ns.tool")).toEqual([1, 2]);
    expect(mapToolResult({ content: [text("42")] }, "ns.tool")).toBe("42");
    expect(mapToolResult({ content: [text("{not json")] }, "ns.tool")).toBe("{not json");
    expect(mapToolResult({ content: [text("hello")] }, "ns.tool")).toBe("hello");
  });

  it("gives several items as an array of values, media and resources as objects", () => {
    const result = mapToolResult(
      {
        content: [
          text("[1]"),
          text("two"),
          { type: "audio", mimeType: "audio/wav", data: "UklGRg==", annotations: { priority: 1 } },
          {
            type: "resource",
            resource: { uri: "file:///a.txt", text: "a", mimeType: "text/plain" },
          },
          { type: "resource_link", uri: "file:///b.txt", name: "b.txt" },
        ],
      },
      "ns.tool",
    );
    expect(result).toEqual([
      [1],
      "two",
      { type: "audio", mimeType: "audio/wav", data: "UklGRg==" },
      { type: "resource", resource: { uri: "file:///a.txt", text: "a", mimeType: "text/plain" } },
      { type: "resource_link", uri: "file:///b.txt", name: "b.txt" },
    ]);
  });

  it("gives no value for empty content", () => {
    expect(mapToolResult({ content: [] }, "ns.tool")).toBeUndefined();
  });

  it("throws a ToolError with the text of an error result, other items in its details", () => {
    const error = (() => {
      try {
        mapToolResult(
          {
            isError: true,
            content: [text("bad path"), { type: "image", mimeType: "image/png", data: "x" }],
          },
          "fs.read",
        );
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ToolError);
    expect(error).toMatchObject({
      message: "bad path",
      details: { path: "fs.read", content: [{ type: "image", mimeType: "image/png", data: "x" }] },
    });
    expect(() => mapToolResult({ isError: true, content: [] }, "fs.read")).toThrow(
      "fs.read failed and gave no message.",
    );
  });
});

describe("toolOperations", () => {
  it("names operations as identifiers and keeps the MCP name, hints and title", () => {
    const { operations, toolNames } = toolOperations("srv", [
      {
        name: "get-sum",
        title: "Sum",
        inputSchema: { type: "object" },
        annotations: { readOnlyHint: true },
      },
      { name: "get_sum", inputSchema: { type: "object" }, outputSchema: { type: "object" } },
      { name: "delete", description: "Deletes", inputSchema: { type: "object" } },
    ]);
    expect(operations.map((op) => op.name)).toEqual(["get_sum_2", "get_sum", "delete_"]);
    expect(operations[0]).toMatchObject({
      namespace: "srv",
      source: { kind: "mcp", originalName: "get-sum" },
      annotations: { title: "Sum", readOnlyHint: true },
    });
    expect(operations[1]?.outputSchema).toEqual({ type: "object" });
    expect(operations[2]?.description).toBe("Deletes");
    expect(toolNames.get("get_sum_2")).toBe("get-sum");
    expect(toolNames.get("delete_")).toBe("delete");
  });
});

describe("serverTarget", () => {
  const environment = { TOKEN: "t", HOST: "example.test", DIR: "/data" };

  it(`resolves \${env:X} in env, args, headers and url on the host, and cwd against the config's folder`, () => {
    expect(
      serverTarget({
        key: "fs",
        entry: {
          command: "srv",
          args: [`\${env:DIR}/x`],
          env: { KEY: `k-\${env:TOKEN}` },
          cwd: "sub",
        },
        baseDirectory: "/base",
        environment,
      }),
    ).toEqual({
      kind: "stdio",
      command: "srv",
      args: ["/data/x"],
      env: { KEY: "k-t" },
      cwd: "/base/sub",
    });
    const http = serverTarget({
      key: "api",
      entry: {
        url: `https://\${env:HOST}/mcp`,
        headers: { Authorization: `Bearer \${env:TOKEN}` },
        transport: "sse",
      },
      baseDirectory: "/base",
      environment,
    });
    expect(http).toMatchObject({
      kind: "http",
      headers: { Authorization: "Bearer t" },
      transport: "sse",
    });
    expect(http.kind === "http" && http.url.href).toBe("https://example.test/mcp");
  });

  it("names the key and the variable when one is missing", () => {
    const resolve = () =>
      serverTarget({
        key: "api",
        entry: { url: "https://x.test/mcp", headers: { Authorization: `Bearer \${env:NOPE}` } },
        baseDirectory: "/base",
        environment,
      });
    expect(resolve).toThrow(ConfigError);
    expect(resolve).toThrow(
      `servers.api.headers.Authorization uses \${env:NOPE}, but NOPE is not set in the environment: set it before starting codemode, or remove the reference.`,
    );
    expect(() =>
      serverTarget({
        key: "fs",
        entry: { command: "srv", args: [`\${env:NOPE}`] },
        baseDirectory: "/base",
        environment,
      }),
    ).toThrow(/servers\.fs\.args\.0 uses \$\{env:NOPE\}/);
  });
});
