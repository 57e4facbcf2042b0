#!/usr/bin/env node
// A tiny stdio MCP server for the connector's tests: it reports its environment and pid, fails,
// exits, hangs, reports progress and logs, and changes its tool list on request.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer(
  { name: "codemode-probe", version: "1.0.0" },
  { capabilities: { logging: {}, tools: { listChanged: true } } },
);
const text = (value) => ({ content: [{ type: "text", text: value }] });

server.registerTool(
  "env-keys",
  {
    description: "The names of the environment variables this server sees, and GREETING",
    outputSchema: { keys: z.array(z.string()), greeting: z.string().optional() },
    annotations: { readOnlyHint: true },
  },
  async () => {
    const structured = { keys: Object.keys(process.env).sort(), greeting: process.env.GREETING };
    return { ...text(JSON.stringify(structured)), structuredContent: structured };
  },
);

server.registerTool("pid", { description: "This server's process id" }, async () =>
  text(JSON.stringify({ pid: process.pid })),
);

server.registerTool(
  "fail",
  { description: "Always fails", inputSchema: { reason: z.string() } },
  async ({ reason }) => ({ ...text(`it broke: ${reason}`), isError: true }),
);

server.registerTool(
  "exit",
  { description: "Exits the process", inputSchema: { code: z.number() } },
  async ({ code }) => {
    process.stderr.write(`probe exiting with ${code}\n`);
    process.exit(code);
  },
);

server.registerTool("hang", { description: "Never answers" }, () => new Promise(() => {}));

server.registerTool(
  "work",
  { description: "Reports progress and logs while it works" },
  async (extra) => {
    const progressToken = extra._meta?.progressToken;
    for (let step = 1; step <= 3; step++) {
      if (progressToken !== undefined) {
        await extra.sendNotification({
          method: "notifications/progress",
          params: { progressToken, progress: step, total: 3, message: `step ${step}` },
        });
      }
      // A pause, as real work makes: the SDK client drops progress that arrives with the result
      // (under load, in the same read), so the last one gets a longer one.
      await new Promise((resolve) => setTimeout(resolve, step === 3 ? 150 : 20));
    }
    await server.sendLoggingMessage({ level: "warning", logger: "probe", data: "worked hard" });
    return text("done");
  },
);

server.registerTool("mixed", { description: "Text and an image" }, async () => ({
  content: [
    { type: "text", text: "a picture:" },
    { type: "image", mimeType: "image/png", data: "iVBORw0KGgo=" },
  ],
}));

server.registerTool("texts", { description: "Two text items" }, async () => ({
  content: [
    { type: "text", text: '{"n":1}' },
    { type: "text", text: "plain" },
  ],
}));

server.registerTool("add-tool", { description: "Adds a tool named extra" }, async () => {
  server.registerTool("extra", { description: "Added at run time" }, async () => text("extra!"));
  return text("added");
});

if (process.argv.includes("--silent")) {
  // Started but never answering: a server stuck before its handshake.
  process.stderr.write("probe silent\n");
  setInterval(() => {}, 1_000);
} else {
  process.stderr.write("probe ready\n");
  await server.connect(new StdioServerTransport());
}
