// The page's connectors in headless Chromium: an OpenAPI API called with the page's fetch (its
// credentials added by the page, never seen by the script), and a real MCP server over
// streamable HTTP (server-everything on another port: cross-origin, allowed by its CORS headers).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeMode, CodeModeOptions, Connector, ExecutionResult } from "../../src/index.js";
import { startEverythingOverHttp } from "../helpers/mcp-servers.js";
import { launchChromium, type PageServer, servePage } from "../helpers/page-harness.js";

interface PageScope {
  codemode: {
    createCodeMode(options: CodeModeOptions): Promise<CodeMode>;
    openApiConnector(options: {
      namespace: string;
      spec: string | object;
      headers?: Record<string, string>;
    }): Connector;
  };
  runtime: CodeMode;
}

const TOKEN = "page-held-token-7f3a";
const SPEC = {
  openapi: "3.0.3",
  info: { title: "Inventory", version: "1" },
  servers: [{ url: "/api" }],
  paths: {
    "/stock/{sku}": {
      get: {
        operationId: "getStock",
        summary: "Units in stock for a SKU",
        parameters: [{ name: "sku", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "the stock" } },
      },
    },
  },
};

let browser: Browser;
let server: PageServer;
let page: Page;
let everything: Awaited<ReturnType<typeof startEverythingOverHttp>>;
const authorizations: (string | undefined)[] = [];

beforeAll(async () => {
  everything = await startEverythingOverHttp("streamableHttp");
  const json = (response: ServerResponse, body: unknown) =>
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  server = await servePage({
    routes: {
      "/api/openapi.json": (_request, response) => json(response, SPEC),
      "/api/stock/TEA-01": (request: IncomingMessage, response) => {
        authorizations.push(request.headers.authorization);
        // A careless API that echoes the credentials: the script must not get them.
        json(response, {
          sku: "TEA-01",
          units: 3,
          seenAuthorization: request.headers.authorization,
        });
      },
    },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => "codemode" in globalThis);
  await page.evaluate(
    async ({ token, mcpUrl }) => {
      const scope = globalThis as unknown as PageScope;
      scope.runtime = await scope.codemode.createCodeMode({
        typecheck: false,
        config: { servers: { everything: { url: mcpUrl } } },
        connectors: [
          scope.codemode.openApiConnector({
            namespace: "inventory",
            spec: "/api/openapi.json",
            headers: { Authorization: `Bearer ${token}` },
          }),
        ],
      });
    },
    { token: TOKEN, mcpUrl: `http://127.0.0.1:${everything.port}/mcp` },
  );
}, 60_000);

afterAll(async () => {
  await page?.evaluate(() => (globalThis as unknown as PageScope).runtime.close());
  await browser?.close();
  await server?.close();
  await everything?.stop();
});

const execute = (code: string) =>
  page.evaluate(
    (code) => (globalThis as unknown as PageScope).runtime.execute(code),
    code,
  ) as Promise<ExecutionResult>;

describe("connectors in the page", () => {
  it("calls an OpenAPI operation with the page's fetch; the credentials never reach the script", async () => {
    const result = await execute('return await inventory.getStock({ sku: "TEA-01" })');
    expect(result).toMatchObject({
      status: "completed",
      result: { sku: "TEA-01", units: 3, seenAuthorization: "***" },
    });
    expect(authorizations).toEqual([`Bearer ${TOKEN}`]);
    const probe = await execute("return JSON.stringify(globalThis).includes('7f3a')");
    expect(probe.result).toBe(false);
  });

  it("lists and calls a real MCP server's tools over streamable HTTP", async () => {
    const listed = await page.evaluate(() =>
      (globalThis as unknown as PageScope).runtime.describe("everything.echo"),
    );
    expect(listed).toMatch(/function echo/);
    const result = await execute('return await everything.echo({ message: "from the page" })');
    expect(result.status).toBe("completed");
    expect(JSON.stringify(result.result)).toContain("from the page");
  });
});
