import type { Readable, Writable } from "node:stream";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

/**
 * Serves one MCP connection over standard input and output; resolves when the client goes away
 * (standard input ends). Nothing but protocol may be written to `output`.
 */
export async function serveStdio(
  server: Server,
  streams: { input?: Readable; output?: Writable } = {},
): Promise<void> {
  const input = streams.input ?? process.stdin;
  const transport = new StdioServerTransport(input, streams.output ?? process.stdout);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    // The SDK transport does not watch for the end of its input: a client that exits closes it.
    input.once("end", () => void server.close());
    input.once("close", () => void server.close());
  });
  await server.connect(transport);
  await closed;
}
