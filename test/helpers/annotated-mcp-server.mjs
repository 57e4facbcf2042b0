#!/usr/bin/env node
// A stdio MCP server whose tools carry every combination of annotations the approval policy
// reads. Each call appends the tool's name to the file EFFECTS_FILE names, so a test can tell
// which calls were really made.
import { appendFileSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "codemode-annotated", version: "1.0.0" });
const TOOLS = {
  "say-nothing": undefined,
  "read-only": { readOnlyHint: true },
  additive: { readOnlyHint: false, destructiveHint: false },
  destructive: { destructiveHint: true },
  "idempotent-only": { idempotentHint: true },
  "read-only-and-destructive": { readOnlyHint: true, destructiveHint: true },
};
for (const [name, annotations] of Object.entries(TOOLS)) {
  server.registerTool(
    name,
    {
      description: `A tool annotated ${JSON.stringify(annotations ?? {})}`,
      inputSchema: { value: z.string().optional() },
      ...(annotations ? { annotations } : {}),
    },
    async ({ value }) => {
      appendFileSync(process.env.EFFECTS_FILE, `${name}:${value ?? ""}\n`);
      return { content: [{ type: "text", text: JSON.stringify({ made: name }) }] };
    },
  );
}
server.registerTool(
  "broken",
  { description: "Always fails", annotations: { readOnlyHint: true } },
  async () => ({ content: [{ type: "text", text: "it broke" }], isError: true }),
);
await server.connect(new StdioServerTransport());
