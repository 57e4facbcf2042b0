// The page's stand-in for `node:stream`: only stdio MCP servers have streams, and a page has none.
export class Readable {}
