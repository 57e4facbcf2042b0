import { spawnSync } from "node:child_process";
import { request } from "node:http";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BIN,
  connectHttp,
  type HttpGatewayProcess,
  INITIALIZE_BODY,
  ROOT,
  startHttpGateway,
  textOf,
  writeServeConfig,
} from "./helpers/serve-gateway.js";

const INITIALIZE = INITIALIZE_BODY;

/** A raw POST with chosen headers (fetch would not let a test set Host). */
function post(
  url: string,
  headers: Record<string, string>,
  body = INITIALIZE,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          // An SSE response stays open; the first event is all a test needs.
          if (text.includes("\n\n")) response.destroy();
        });
        const done = () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
        response.on("end", done);
        response.on("close", done);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describe("codemode serve --http", () => {
  let gateway: HttpGatewayProcess;
  let client: Client;

  beforeAll(async () => {
    gateway = await startHttpGateway([
      "--http",
      "127.0.0.1:0",
      "--config",
      writeServeConfig({ timeoutMs: 2000, typecheck: false }),
    ]);
    ({ client } = await connectHttp(gateway.url));
  });
  afterAll(async () => {
    await client?.close();
    await gateway?.stop();
  });

  it("prints the bound URL on stderr and serves the tools over streamable HTTP", async () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(["search", "describe", "execute"]);
    const search = await client.callTool({ name: "search", arguments: { query: "orders" } });
    expect(textOf(search)).toContain("crm.listOrders(");
    const describe = await client.callTool({ name: "describe", arguments: { path: "crm" } });
    expect(textOf(describe)).toContain("function listOrders(");
    const execute = await client.callTool({
      name: "execute",
      arguments: {
        code: "console.log('hi'); return (await crm.listOrders({ customerId: 'c_9' })).length",
      },
    });
    expect(execute.structuredContent).toMatchObject({
      status: "completed",
      logs: ["hi"],
      result: 1,
    });
    expect(textOf(execute)).toBe("Console output:\nhi\n\nResult:\n1");
  });

  it("returns a failed execution as isError", async () => {
    const result = await client.callTool({
      name: "execute",
      arguments: { code: "throw new Error('boom')" },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Failed: Error at line 1.*boom/);
  });

  it("refuses a Host or Origin that is not loopback with 403 (DNS rebinding)", async () => {
    const port = new URL(gateway.url).port;
    const badHost = await post(gateway.url, { host: "evil.example.com" });
    expect(badHost.status).toBe(403);
    expect(badHost.body).toContain("Host");
    const badOrigin = await post(gateway.url, {
      host: `localhost:${port}`,
      origin: "http://evil.example.com",
    });
    expect(badOrigin.status).toBe(403);
    const good = await post(gateway.url, {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
    });
    expect(good.status).toBe(200);
    expect(good.headers["mcp-session-id"]).toBeTruthy();
  });

  it("answers an unknown session with 404 and other paths with 404", async () => {
    const unknown = await post(gateway.url, { "mcp-session-id": "not-a-session" });
    expect(unknown.status).toBe(404);
    const elsewhere = await post(gateway.url.replace(/\/mcp$/, "/other"), {});
    expect(elsewhere.status).toBe(404);
  });

  it("answers another session while a script spins, long before its time limit", async () => {
    const { client: second } = await connectHttp(gateway.url);
    try {
      const started = Date.now();
      const spinning = client.callTool({ name: "execute", arguments: { code: "while (true) {}" } });
      // Let the spinning script start before the second session asks.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const search = await second.callTool({ name: "search", arguments: { query: "customer" } });
      const answeredAfter = Date.now() - started;
      expect(textOf(search)).toContain("crm.findCustomer(");
      // Scripts run on worker threads: the answer does not wait for the 2,000 ms limit.
      expect(answeredAfter).toBeLessThan(1500);
      const spun = await spinning;
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
      expect(spun.isError).toBe(true);
      expect(textOf(spun)).toMatch(/SandboxTimeoutError.*2000 ms/);
    } finally {
      await second.close();
    }
  });
});

describe("codemode serve --http with a token", () => {
  let gateway: HttpGatewayProcess;

  beforeAll(async () => {
    gateway = await startHttpGateway(
      ["--http", "127.0.0.1:0", "--config", writeServeConfig({ typecheck: false })],
      { env: { CODEMODE_TOKEN: "s3cret-token" } },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it("refuses a request without the bearer token with 401", async () => {
    expect(gateway.stderr()).toContain("(bearer token required)");
    const missing = await post(gateway.url, {});
    expect(missing.status).toBe(401);
    expect(missing.headers["www-authenticate"]).toMatch(/^Bearer/);
    const wrong = await post(gateway.url, { authorization: "Bearer nope" });
    expect(wrong.status).toBe(401);
  });

  it("serves a client that sends the token", async () => {
    const { client } = await connectHttp(gateway.url, { Authorization: "Bearer s3cret-token" });
    try {
      const result = await client.callTool({
        name: "execute",
        arguments: { code: "return 6 * 7" },
      });
      expect(result.structuredContent).toMatchObject({ status: "completed", result: 42 });
    } finally {
      await client.close();
    }
  });
});

describe("codemode serve --http beyond loopback", () => {
  it("refuses to start without a token, exit 2", () => {
    const run = spawnSync(process.execPath, [BIN, "serve", "--http", "0.0.0.0:0"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 15_000,
      env: { ...process.env, CODEMODE_TOKEN: "" },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/reaches beyond this machine: give --token T or set CODEMODE_TOKEN/);
  });

  it("rejects a malformed --http address, exit 2", () => {
    const run = spawnSync(process.execPath, [BIN, "serve", "--http", "localhost:99999"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--http takes [HOST:]PORT");
  });
});
