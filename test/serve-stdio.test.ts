import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_SCRIPTS } from "./helpers/mcp-servers.js";
import { connectStdio, textOf, writeServeConfig } from "./helpers/serve-gateway.js";

// `codemode serve` over stdio, driven by the MCP SDK's own client, as an MCP host would run it.
describe("codemode serve (stdio)", () => {
  let client: Client;
  let stderr: () => string;

  beforeAll(async () => {
    ({ client, stderr } = await connectStdio(writeServeConfig(), ["--verbose"]));
  });
  afterAll(async () => {
    await client?.close();
  });

  it("lists search, describe and execute with honest annotations", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(["search", "describe", "execute"]);
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    expect(byName.search?.annotations?.readOnlyHint).toBe(true);
    expect(byName.describe?.annotations?.readOnlyHint).toBe(true);
    expect(byName.execute?.annotations?.readOnlyHint).toBe(false);
    expect(byName.execute?.outputSchema?.required).toEqual(["status", "executionId", "logs"]);
    expect(byName.search?.description).toContain("Catalog: 3 operations in crm.");
  });

  it("searches, describes and executes", async () => {
    const search = await client.callTool({
      name: "search",
      arguments: { query: "customer email" },
    });
    expect(search.isError).toBeFalsy();
    expect(textOf(search)).toMatch(/^crm\.findCustomer\(input: \{ email: string \}\)/);

    const describe = await client.callTool({
      name: "describe",
      arguments: { path: "crm.findCustomer" },
    });
    expect(textOf(describe)).toContain("declare namespace crm {");
    expect(textOf(describe)).toContain("function findCustomer(");

    const execute = await client.callTool({
      name: "execute",
      arguments: {
        code: `const c = await crm.findCustomer({ email: "ada@example.com" });
const orders = await crm.listOrders({ customerId: c.id });
console.log("orders:", orders.length);
return { name: c.name, total: orders[0].totalCents };`,
      },
    });
    expect(execute.isError).toBeFalsy();
    expect(execute.structuredContent).toMatchObject({
      status: "completed",
      logs: ["orders: 1"],
      result: { name: "Ada", total: 1250 },
      stats: { toolCalls: 2 },
    });
    expect(textOf(execute)).toBe(
      'Console output:\norders: 1\n\nResult:\n{\n  "name": "Ada",\n  "total": 1250\n}',
    );
  });

  it("reports a failing script as an isError result with its line", async () => {
    const result = await client.callTool({
      name: "execute",
      arguments: {
        code: 'console.log("before");\nawait crm.findCustomer({ email: "nobody@example.com" });',
      },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Console output:\nbefore\n\nFailed: ToolError at line 2/);
    expect(textOf(result)).toContain("no customer has email nobody@example.com");
    expect(result.structuredContent).toMatchObject({
      status: "failed",
      logs: ["before"],
      error: { name: "ToolError" },
    });
  });

  it("reports a type error before running anything (type-checking is on when serving)", async () => {
    const result = await client.callTool({
      name: "execute",
      arguments: { code: 'await crm.findCustomer({ emial: "ada@example.com" });' },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/TypeError at line 1.*'emial' does not exist/s);
  });

  it("answers bad tool arguments with an isError result, not a protocol error", async () => {
    const describe = await client.callTool({
      name: "describe",
      arguments: { path: "crm.nothing" },
    });
    expect(describe.isError).toBe(true);
    expect(textOf(describe)).toMatch(/Nothing is called "crm.nothing"/);

    const execute = await client.callTool({ name: "execute", arguments: {} });
    expect(execute.isError).toBe(true);
    expect(textOf(execute)).toBe('execute needs "code", a non-empty string.');
  });

  it("answers an unknown tool with the protocol's invalid-params error", async () => {
    const call = client.callTool({ name: "frobnicate", arguments: {} });
    await expect(call).rejects.toBeInstanceOf(McpError);
    await expect(call).rejects.toMatchObject({ code: ErrorCode.InvalidParams });
  });

  it("keeps stdout for the protocol: host functions that print go to stderr", async () => {
    const result = await client.callTool({
      name: "execute",
      arguments: { code: "return await crm.noisy({})" },
    });
    expect(result.structuredContent).toMatchObject({ status: "completed", result: "ok" });
    expect(stderr()).toContain("noisy host function output");
    // The connection still works: nothing else was written on the protocol channel.
    expect((await client.listTools()).tools).toHaveLength(3);
  });

  it("serves the declarations as a resource and the system prompt as a prompt", async () => {
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(["codemode://types"]);
    const types = await client.readResource({ uri: "codemode://types" });
    expect(types.contents[0]).toMatchObject({ mimeType: "text/x-typescript" });
    expect((types.contents[0] as { text: string }).text).toContain("declare namespace crm {");

    const prompt = await client.getPrompt({ name: "codemode" });
    expect(JSON.stringify(prompt.messages)).toContain("crm");
    await expect(client.readResource({ uri: "codemode://nothing" })).rejects.toMatchObject({
      code: -32002,
    });
  });

  it("prints start-up time and catalog size on stderr with --verbose", () => {
    expect(stderr()).toMatch(/codemode: ready in \d+ ms\. Catalog: 3 operations in crm\./);
  });
});

describe("codemode serve (stdio) in front of an upstream MCP server", () => {
  it("forwards the upstream server's progress to its own client", async () => {
    const directory = mkdtempSync(join(tmpdir(), "codemode-serve-progress-"));
    const config = join(directory, "codemode.config.json");
    writeFileSync(
      config,
      JSON.stringify({
        servers: { probe: { command: process.execPath, args: [SERVER_SCRIPTS.probe] } },
        // The probe's tools say nothing of themselves (by MCP's defaults they would wait).
        approval: { allow: ["probe.work"] },
      }),
    );
    const { client } = await connectStdio(config);
    try {
      const reports: { progress: number; message?: string }[] = [];
      const result = await client.callTool(
        { name: "execute", arguments: { code: "return await probe.work({})" } },
        undefined,
        { onprogress: (report) => reports.push(report) },
      );
      expect(result.structuredContent).toMatchObject({ status: "completed", result: "done" });
      // The upstream's three steps, then the line it logged (which joins the script's output,
      // streamed as it comes), counted in one growing sequence.
      expect(reports.map((report) => report.progress)).toEqual([1, 2, 3, 4]);
      expect(reports.map((report) => report.message)).toEqual([
        "probe.work: step 1",
        "probe.work: step 2",
        "probe.work: step 3",
        expect.stringContaining("worked hard"),
      ]);
    } finally {
      await client.close();
    }
  });
});
