import { ConfigError } from "../../core/errors.js";

/** What a stand-in for a Node built-in throws when the page reaches what it cannot do. */
export function unavailable(what: string): never {
  throw new ConfigError(
    `A page has no ${what}: give the OpenAPI document as an object or an http(s) URL, and MCP servers by URL.`,
  );
}
