// The MCP gateway mounted in an HTTP server of your own: `createGateway` gives a web-standard
// `fetch` handler (MCP at /mcp, the JSON API, the console, /healthz, /metrics), and
// @hono/node-server adapts it to node:http. Run: node examples/mount-gateway.mjs
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createCodeMode } from "codemode";
import { createGateway } from "codemode/server";

const cm = await createCodeMode({
  config: new URL("./codemode.config.mjs", import.meta.url).pathname,
});
const gateway = createGateway(cm);
const server = createServer(
  getRequestListener((request, env) =>
    gateway.fetch(request, { remoteAddress: env.incoming.socket.remoteAddress }),
  ),
);
server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`MCP gateway at http://127.0.0.1:${port}/mcp`);
});
process.once("SIGTERM", async () => {
  await gateway.shutdown({ graceMs: 10_000, why: "SIGTERM" });
  server.closeAllConnections();
  server.close();
  await cm.close();
});
