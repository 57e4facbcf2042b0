import { CALL_ERROR_CODES } from "../core/error-codes.js";

/** The codes a script branches on, from the one table of codes, each with what to do about it. */
const CALL_CODES = Object.entries(CALL_ERROR_CODES)
  .map(([code, meaning]) => `\n   * - \`${code}\`: ${meaning}`)
  .join("");
const CALL_CODE_TYPE = Object.keys(CALL_ERROR_CODES)
  .map((code) => JSON.stringify(code))
  .join(" | ");

/** Declarations of what every sandbox has besides the catalog's namespaces. */
export const SANDBOX_GLOBALS = `/** Discovery from inside a script. */
declare namespace codemode {
  /** Ranked operations matching a query: \`path\` (namespace.name), a one-line signature and description. */
  function search(query: string, options?: { limit?: number }): Promise<{ path: string; signature: string; description: string; score: number }[]>;
  /** The TypeScript declaration of one operation (\`ns.name\`) or namespace (\`ns\`). */
  function describe(path: string): Promise<string>;
  /**
   * Every operation in one list, no schemas: filter it in code when you know the API (by HTTP path,
   * method, tag). \`namespace\` keeps one namespace; \`text\` keeps those whose path, HTTP path or summary contain it.
   */
  function operations(filter?: { namespace?: string; text?: string }): Promise<{ path: string; method?: string; httpPath?: string; tags?: string[]; summary: string }[]>;
  /** The whole value a truncated result or output kept as \`ref\` ("ref_…"). */
  function load(ref: string): Promise<unknown>;
  /** Shows content to the user, not to the model: text, or an image or file as base64. */
  function emit(content: { type: "text"; text: string } | { type: "image"; data: string; mimeType: string; name?: string } | { type: "file"; data: string; mimeType: string; name: string }): Promise<void>;
  /** Data kept between scripts of this session, never shown to the model unless returned. */
  namespace state {
    function get(key: string): Promise<unknown>;
    function set(key: string, value: unknown): Promise<void>;
  }
}
/** Raised when a tool call fails: bad arguments, an error result, an HTTP error status. */
declare class ToolError extends Error {
  /**
   * Why the call failed. Among others:${CALL_CODES}
   */
  readonly code: ${CALL_CODE_TYPE} | (string & {});
  readonly details?: unknown;
}
declare const console: {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
  debug(...values: unknown[]): void;
  trace(...values: unknown[]): void;
};
declare const crypto: { randomUUID(): string; getRandomValues<T extends ArrayLike<number>>(array: T): T };
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
`;
