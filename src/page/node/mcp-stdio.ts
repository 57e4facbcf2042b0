// The page's stand-in for the MCP SDK's stdio transport: a page starts no process.
import { unavailable } from "./unavailable.js";

export class StdioClientTransport {
  constructor(_options: unknown) {
    unavailable("processes to start an MCP server on stdio (give its URL)");
  }
}
