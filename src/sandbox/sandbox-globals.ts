/** Declarations of what every sandbox has besides the catalog's namespaces. */
export const SANDBOX_GLOBALS = `/** Discovery from inside a script. */
declare namespace codemode {
  /** Ranked operations matching a query: \`path\` (namespace.name), a one-line signature and description. */
  function search(query: string, options?: { limit?: number }): Promise<{ path: string; signature: string; description: string; score: number }[]>;
  /** The TypeScript declaration of one operation (\`ns.name\`) or namespace (\`ns\`). */
  function describe(path: string): Promise<string>;
}
/** Raised when a tool call fails: bad arguments, an error result, an HTTP error status. */
declare class ToolError extends Error {
  readonly code: string;
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
