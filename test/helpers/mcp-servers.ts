import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { McpLogEntry, McpLogger } from "../../src/connectors/mcp/mcp-logger.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Entry points of the reference servers from npm and of our probe fixture. */
export const SERVER_SCRIPTS = {
  everything: join(root, "node_modules/@modelcontextprotocol/server-everything/dist/index.js"),
  filesystem: join(root, "node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"),
  probe: join(root, "test/helpers/probe-mcp-server.mjs"),
};

/** A config entry that runs one of those scripts with this Node. */
export function nodeServer(script: string, ...args: string[]) {
  return { command: process.execPath, args: [script, ...args] };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

/** server-everything in its `sse` or `streamableHttp` mode on a free port (it reads PORT). */
export async function startEverythingOverHttp(
  mode: "sse" | "streamableHttp",
): Promise<{ port: number; child: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_SCRIPTS.everything, mode], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no listen line: ${output}`)), 10_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  child.stderr?.resume();
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGKILL");
    await once(child, "exit");
  };
  return { port, child, stop };
}

/** A logger that keeps what it receives. */
export function recordingLogger(): McpLogger & { entries: McpLogEntry[] } {
  const entries: McpLogEntry[] = [];
  const logger = (entry: McpLogEntry) => {
    entries.push(entry);
  };
  return Object.assign(logger, { entries });
}

/** Polls `check` until it returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 5_000,
): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a process is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
