import type { Readable } from "node:stream";

/** One line an upstream MCP server said: on its stderr, or as a `notifications/message`. */
export interface McpLogEntry {
  /** The server's key in the config. */
  server: string;
  source: "stderr" | "notification" | "connector";
  /** The MCP logging level (`debug` … `emergency`); stderr lines are `info`. */
  level: string;
  text: string;
}

/** Receives what upstream servers log. Never write to stdout: it is the MCP channel when serving over stdio. */
export type McpLogger = (entry: McpLogEntry) => void;

/**
 * The default logger: one line on the host's stderr, prefixed with the server's key.
 *
 * @example
 * stderrLogger({ server: "fs", source: "stderr", level: "info", text: "ready" }); // "[fs] ready"
 */
export const stderrLogger: McpLogger = (entry) => {
  const level = entry.source === "stderr" || entry.level === "info" ? "" : `${entry.level}: `;
  process.stderr.write(`[${entry.server}] ${level}${entry.text}\n`);
};

/** Calls `onLine` for each line of a text stream (the last one even without a newline). */
export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) if (line !== "") onLine(line);
  });
  stream.on("end", () => {
    if (pending !== "") onLine(pending);
    pending = "";
  });
}
