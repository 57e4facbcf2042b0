#!/usr/bin/env node
// The ceiling of the gateway benchmark: an MCP SDK server over streamable HTTP with the same
// stack as `codemode serve --http` (node:http, @hono/node-server, the SDK's web-standard
// transport, one session per client), whose one tool `execute` answers a constant. Prints
// "bare MCP server at <url>" on stderr once it listens.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { z } from "zod";

const sessions = new Map();

function newServer() {
  const server = new McpServer({ name: "bare", version: "1.0.0" });
  server.registerTool(
    "execute",
    { description: "Answers a constant.", inputSchema: { code: z.string() } },
    async () => ({ content: [{ type: "text", text: '{"text":"hi"}' }] }),
  );
  return server;
}

async function handle(request) {
  const id = request.headers.get("mcp-session-id");
  if (id !== null) {
    const transport = sessions.get(id);
    if (!transport) return new Response("unknown session", { status: 404 });
    return transport.handleRequest(request);
  }
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: randomUUID,
    onsessioninitialized: (sessionId) => sessions.set(sessionId, transport),
  });
  transport.onclose = () => sessions.delete(transport.sessionId);
  await newServer().connect(transport);
  return transport.handleRequest(request);
}

const server = createServer(getRequestListener(handle));
server.listen(0, "127.0.0.1", () => {
  process.stderr.write(`bare MCP server at http://127.0.0.1:${server.address().port}/mcp\n`);
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
