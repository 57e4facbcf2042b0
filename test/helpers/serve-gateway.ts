import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "codemode.js");

/**
 * Writes a config module with host functions: `crm.findCustomer`, `crm.listOrders`, and
 * `crm.noisy`, which prints to the host's console (stdout must stay protocol-only when serving).
 */
export function writeServeConfig(
  options: { timeoutMs?: number; typecheck?: boolean } = {},
): string {
  const directory = mkdtempSync(join(tmpdir(), "codemode-serve-"));
  const file = join(directory, "codemode.config.mjs");
  const config = {
    limits: { timeoutMs: options.timeoutMs ?? 10_000 },
    ...(options.typecheck === undefined ? {} : { typecheck: options.typecheck }),
  };
  writeFileSync(
    file,
    `const customers = [{ id: "c_1", email: "ada@example.com", name: "Ada" }];
export default {
  ...${JSON.stringify(config)},
  functions: {
    crm: {
      findCustomer: {
        description: "Find a customer by email address.",
        input: { type: "object", properties: { email: { type: "string" } }, required: ["email"] },
        output: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } }, required: ["id", "name"] },
        execute: async ({ email }) => {
          const found = customers.find((customer) => customer.email === email);
          if (!found) throw new Error("no customer has email " + email);
          return { id: found.id, name: found.name };
        },
      },
      listOrders: {
        description: "List the orders of one customer.",
        input: { type: "object", properties: { customerId: { type: "string" } }, required: ["customerId"] },
        execute: async ({ customerId }) => [{ id: "o_1", customerId, totalCents: 1250 }],
      },
      noisy: {
        description: "A host function that prints on the host's console.",
        input: { type: "object", properties: {} },
        execute: async () => { console.log("noisy host function output"); return "ok"; },
      },
    },
  },
};
`,
  );
  return file;
}

/** An SDK client connected to `codemode serve` over stdio; `stderr()` is what the server printed there. */
export async function connectStdio(
  configFile: string,
  extraArgs: string[] = [],
): Promise<{ client: Client; stderr(): string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, "serve", "--config", configFile, ...extraArgs],
    cwd: ROOT,
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const client = new Client({ name: "codemode-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

export interface HttpGatewayProcess {
  url: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

/** Spawns `codemode serve --http 127.0.0.1:0 ...` and waits for the URL it prints on stderr. */
export async function startHttpGateway(
  args: string[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<HttpGatewayProcess> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], {
    cwd: ROOT,
    env: { ...process.env, CODEMODE_TOKEN: "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL after 15 s; stderr: ${stderr}`)),
      15_000,
    );
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /MCP gateway at (http:\/\/[^\s"]+\/mcp)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`codemode serve exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** An SDK client connected to the HTTP gateway, with extra headers on every request. */
export async function connectHttp(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: "codemode-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, transport };
}

/** The first text block of a tool result. */
export function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content;
  return content?.find((block) => block.type === "text")?.text ?? "";
}

/** A JSON-RPC `initialize` request body, as an MCP client's first message. */
export const INITIALIZE_BODY = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: {
    protocolVersion: "2025-06-18",
    capabilities: {},
    clientInfo: { name: "raw", version: "1" },
  },
});

/** The headers a streamable HTTP client sends with a JSON-RPC message. */
export const MCP_POST_HEADERS = {
  "content-type": "application/json",
  accept: "application/json, text/event-stream",
} as const;
