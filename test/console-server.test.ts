// The server side of the web console, in process: its files and their headers, the login
// session that stands in for the token under /api, CSRF protection, and the catalog API.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { createConsoleAssets } from "../src/server/console-assets.js";
import { ConsoleSessions } from "../src/server/console-sessions.js";
import { createHttpApp, type HttpApp } from "../src/server/http-app.js";
import { LOOPBACK_HOSTS } from "../src/server/http-guard.js";
import { createJsonApi } from "../src/server/json-api.js";

const TOKEN = "s3cret-token";
const ORIGIN = "http://localhost:3000";

function consoleFiles(): string {
  const directory = mkdtempSync(join(tmpdir(), "codemode-console-files-"));
  writeFileSync(join(directory, "index.html"), "<!doctype html><title>console</title>");
  writeFileSync(join(directory, "app.js"), "console.log('app')");
  writeFileSync(join(directory, "app.css"), "body{}");
  writeFileSync(join(directory, "favicon.svg"), "<svg/>");
  return directory;
}

let codeMode: CodeMode;
beforeAll(async () => {
  codeMode = await createCodeMode({
    typecheck: false,
    config: { servers: { broken: { command: join(tmpdir(), "no-such-mcp-server") } } },
    functions: {
      crm: {
        findCustomer: {
          description: "Find a customer by email address.\nMore detail here.",
          input: { type: "object", properties: { email: { type: "string" } } },
          annotations: { readOnlyHint: true },
          execute: async () => ({ id: "c_1" }),
        },
        deleteCustomer: {
          description: "Delete a customer for good.",
          input: { type: "object", properties: { id: { type: "string" } } },
          execute: async () => ({ deleted: true }),
        },
      },
    },
  });
});
afterAll(async () => {
  await codeMode?.close();
});

function app(options: { token?: string; files?: string } = {}): HttpApp {
  return createHttpApp({
    createServer: () => {
      throw new Error("no MCP in these tests");
    },
    allowedHosts: LOOPBACK_HOSTS,
    api: createJsonApi(codeMode),
    console: createConsoleAssets(options.files ?? consoleFiles()),
    ...(options.token === undefined ? {} : { token: options.token }),
  });
}

function request(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return new Request(`http://localhost:3000${path}`, {
    ...init,
    headers: { host: "localhost:3000", ...init.headers },
  });
}

/** Logs in and returns the `Cookie` header value. */
async function logIn(gateway: HttpApp): Promise<string> {
  const response = await gateway.fetch(
    request("/api/session", {
      method: "POST",
      headers: { "x-codemode": "1", origin: ORIGIN },
      body: JSON.stringify({ token: TOKEN }),
    }),
  );
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("the console's files", () => {
  it("are served without the token, with their type, a strict CSP and ETag revalidation", async () => {
    const gateway = app({ token: TOKEN });
    const page = await gateway.fetch(request("/"));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("<title>console</title>");

    const script = await gateway.fetch(request("/app.js"));
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const etag = script.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await gateway.fetch(request("/app.js", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
    expect((await gateway.fetch(request("/app.css"))).headers.get("content-type")).toBe(
      "text/css; charset=utf-8",
    );
    const head = await gateway.fetch(request("/", { method: "HEAD" }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("are the only files: other paths still need the token, and the Host check applies", async () => {
    const gateway = app({ token: TOKEN });
    expect((await gateway.fetch(request("/package.json"))).status).toBe(401);
    expect((await gateway.fetch(request("/../package.json"))).status).toBe(401);
    expect((await gateway.fetch(request("/", { method: "POST" }))).status).toBe(401);
    const foreign = await gateway.fetch(
      new Request("http://localhost:3000/", { headers: { host: "evil.example.com" } }),
    );
    expect(foreign.status).toBe(403);
  });

  it("say to build when the build is missing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "codemode-console-empty-"));
    const response = await app({ files: empty }).fetch(request("/"));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("npm run build");
  });
});

describe("the console's login", () => {
  it("tells whether a token is needed; a wrong token gets 401 and no cookie", async () => {
    const gateway = app({ token: TOKEN });
    const state = await gateway.fetch(request("/api/session"));
    expect(await state.json()).toEqual({ tokenRequired: true, authenticated: false });
    const wrong = await gateway.fetch(
      request("/api/session", {
        method: "POST",
        headers: { "x-codemode": "1" },
        body: JSON.stringify({ token: "nope" }),
      }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain(
      "not the one this gateway was started with",
    );
  });

  it("gives an HttpOnly, SameSite=Strict cookie holding a random id, not the token", async () => {
    const gateway = app({ token: TOKEN });
    const response = await gateway.fetch(
      request("/api/session", {
        method: "POST",
        headers: { "x-codemode": "1" },
        body: JSON.stringify({ token: TOKEN }),
      }),
    );
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      /^codemode_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(cookie).not.toContain(TOKEN);
    expect(await response.json()).toEqual({ tokenRequired: true, authenticated: true });
  });

  it("needs the console's header and this origin to log in", async () => {
    const gateway = app({ token: TOKEN });
    const body = JSON.stringify({ token: TOKEN });
    const noHeader = await gateway.fetch(request("/api/session", { method: "POST", body }));
    expect(noHeader.status).toBe(403);
    const otherPort = await gateway.fetch(
      request("/api/session", {
        method: "POST",
        headers: { "x-codemode": "1", origin: "http://localhost:8080" },
        body,
      }),
    );
    expect(otherPort.status).toBe(403);
  });

  it("refuses logins for a while after ten wrong tokens in a minute", async () => {
    const gateway = app({ token: TOKEN });
    const attempt = (token: string) =>
      gateway.fetch(
        request("/api/session", {
          method: "POST",
          headers: { "x-codemode": "1" },
          body: JSON.stringify({ token }),
        }),
      );
    for (let index = 0; index < 10; index++)
      expect((await attempt(`wrong-${index}`)).status).toBe(401);
    expect((await attempt(TOKEN)).status).toBe(429);
  });

  it("the cookie stands in for the token under /api only, and logout ends it", async () => {
    const gateway = app({ token: TOKEN });
    const cookie = await logIn(gateway);
    const approvals = await gateway.fetch(request("/api/approvals", { headers: { cookie } }));
    expect(approvals.status).toBe(200);
    expect(await approvals.json()).toEqual([]);
    const state = await gateway.fetch(request("/api/session", { headers: { cookie } }));
    expect(await state.json()).toEqual({ tokenRequired: true, authenticated: true });
    // Not a way into the MCP endpoint.
    const mcp = await gateway.fetch(request("/mcp", { method: "POST", headers: { cookie } }));
    expect(mcp.status).toBe(401);
    // A forged cookie is nothing.
    const forged = await gateway.fetch(
      request("/api/approvals", { headers: { cookie: "codemode_session=abc" } }),
    );
    expect(forged.status).toBe(401);

    const out = await gateway.fetch(
      request("/api/session", { method: "DELETE", headers: { cookie, "x-codemode": "1" } }),
    );
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    const after = await gateway.fetch(request("/api/approvals", { headers: { cookie } }));
    expect(after.status).toBe(401);
  });

  it("a cookie-authenticated write needs X-Codemode: 1 and this origin (CSRF)", async () => {
    const gateway = app({ token: TOKEN });
    const cookie = await logIn(gateway);
    const decide = (headers: Record<string, string>) =>
      gateway.fetch(
        request("/api/approvals/nope/approve", { method: "POST", headers: { cookie, ...headers } }),
      );
    const bare = await decide({});
    expect(bare.status).toBe(403);
    expect(await bare.text()).toContain("X-Codemode");
    expect((await decide({ "x-codemode": "1", origin: "http://localhost:8080" })).status).toBe(403);
    // Past the guard: the API itself answers (no such approval).
    const allowed = await decide({ "x-codemode": "1", origin: ORIGIN });
    expect(allowed.status).toBe(404);
    expect(await allowed.json()).toMatchObject({ error: { code: "approval_not_found" } });
  });

  it("expires sessions", () => {
    let now = 1_000;
    const sessions = new ConsoleSessions({ ttlMs: 500, now: () => now });
    const { id } = sessions.create();
    const withCookie = new Request("http://localhost/", {
      headers: { cookie: `other=1; codemode_session=${id}` },
    });
    expect(sessions.isValid(withCookie)).toBe(true);
    now = 1_500;
    expect(sessions.isValid(withCookie)).toBe(false);
  });

  it("without a token the console needs no login, and other origins still change nothing", async () => {
    const gateway = app();
    const state = await gateway.fetch(request("/api/session"));
    expect(await state.json()).toEqual({ tokenRequired: false, authenticated: true });
    const fromOtherPort = await gateway.fetch(
      request("/api/approvals/nope/reject", {
        method: "POST",
        headers: { origin: "http://localhost:8080" },
      }),
    );
    expect(fromOtherPort.status).toBe(403);
    const fromScript = await gateway.fetch(
      request("/api/approvals/nope/reject", { method: "POST" }),
    );
    expect(fromScript.status).toBe(404);
  });
});

describe("the catalog API", () => {
  it("lists each source with its health and the operations with one line of description", async () => {
    const response = await app().fetch(request("/api/catalog"));
    const catalog = (await response.json()) as Record<string, unknown>;
    expect(catalog.sources).toEqual([
      {
        namespace: "broken",
        // Known from its connector even though it lists nothing.
        kind: "mcp",
        operationCount: 0,
        health: "unavailable",
        problem: expect.stringContaining("broken"),
      },
      { namespace: "crm", kind: "functions", operationCount: 2, health: "ok" },
    ]);
    expect(catalog.operations).toEqual([
      {
        path: "crm.findCustomer",
        description: "Find a customer by email address.",
        kind: "functions",
        readOnly: true,
      },
      { path: "crm.deleteCustomer", description: "Delete a customer for good.", kind: "functions" },
    ]);
    expect(catalog.total).toBe(2);
  });

  it("searches with q, the model's own ranking", async () => {
    const response = await app().fetch(request("/api/catalog?q=remove%20customer&limit=1"));
    const catalog = (await response.json()) as { operations: { path: string }[] };
    expect(catalog.operations.map((operation) => operation.path)).toEqual(["crm.deleteCustomer"]);
  });

  it("gives the declaration of an operation or a namespace, and 404 for a name that is not there", async () => {
    const one = await app().fetch(request("/api/catalog/crm.findCustomer"));
    expect(await one.json()).toEqual({
      path: "crm.findCustomer",
      declaration: expect.stringContaining("function findCustomer("),
    });
    const namespace = (await (await app().fetch(request("/api/catalog/crm"))).json()) as {
      declaration: string;
    };
    expect(namespace.declaration).toContain("function deleteCustomer(");
    const missing = await app().fetch(request("/api/catalog/crm.nope"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "unknown_operation" } });
    const unavailable = await app().fetch(request("/api/catalog/broken"));
    expect(unavailable.status).toBe(503);
  });
});
