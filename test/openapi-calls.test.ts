import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { type EchoServer, startEchoServer } from "./helpers/openapi-server.js";

const SPEC = new URL("./fixtures/openapi/echo-api.yaml", import.meta.url).pathname;
const TOKEN = "tok_live_9f8e7d6c5b4a";

async function run(cm: CodeMode, code: string): Promise<unknown> {
  const outcome = await cm.execute(code);
  if (outcome.status !== "completed") throw new Error(JSON.stringify(outcome.error));
  return outcome.result;
}

describe("OpenAPI connector: calls to a loopback server", () => {
  let server: EchoServer;
  let store: string;
  let cm: CodeMode;

  beforeAll(async () => {
    server = await startEchoServer();
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
        // These tests send every method; the default gate on writes is tested on its own.
        approval: { allow: ["api.*"] },
      },
    });
  });

  afterAll(async () => {
    await cm?.close();
    await server?.close();
    await rm(store, { recursive: true, force: true });
    delete process.env.API_TOKEN;
  });

  const last = () => server.received.at(-1);

  it("names operations from operationId, or from method and path without one", () => {
    const names = cm
      .operations()
      .map((operation) => operation.name)
      .sort();
    expect(names).toEqual([
      "fail",
      "getReportsYearSummary",
      "itemsCreate",
      "itemsDelete",
      "itemsGetOne",
      "redirect",
      "request",
      "submitForm",
      "uploadFile",
    ]);
    const getOne = cm.operations().find((operation) => operation.name === "itemsGetOne");
    expect(getOne?.source).toEqual({
      kind: "openapi",
      method: "GET",
      path: "/items/{id}",
      tags: [],
      originalName: "items/get-one",
    });
    expect(getOne?.annotations).toEqual({ readOnlyHint: true });
    expect(
      cm.operations().find((operation) => operation.name === "itemsDelete")?.annotations,
    ).toEqual({
      destructiveHint: true,
    });
  });

  it("declares typed functions, reusing component types by name", async () => {
    const text = await cm.describe("api.itemsCreate");
    expect(text).toContain("function itemsCreate(input: { body: NewItem }): Promise<{");
    expect(text).toContain("type NewItem = { name: string; tags?: string[]; parent?: NewItem };");
    expect(text).not.toContain("itemsGetOne");
  });

  it("serializes path, query (each style), header and cookie parameters", async () => {
    const result = (await run(
      cm,
      `return await api.itemsGetOne({
        id: "a b/c",
        tags: ["x", "y"],
        ids: [1, 2, 3],
        words: ["hello", "world"],
        pipes: ["p", "q"],
        filter: { state: "open", owner: "me" },
        point: { x: 1, y: 2 },
        "X-Trace": "trace-1",
        session: "s1",
      });`,
    )) as { method: string; url: string };
    expect(result.method).toBe("GET");
    const received = last();
    expect(received?.method).toBe("GET");
    const [path, query] = (received?.url ?? "").split("?");
    expect(path).toBe("/v1/items/a%20b%2Fc");
    expect(query?.split("&")).toEqual([
      "tags=x",
      "tags=y",
      "ids=1,2,3",
      "words=hello%20world",
      "pipes=p|q",
      "filter[state]=open",
      "filter[owner]=me",
      "x=1",
      "y=2",
    ]);
    expect(received?.headers["x-trace"]).toBe("trace-1");
    expect(received?.headers.cookie).toBe("session=s1");
    expect(received?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("sends JSON bodies and returns the decoded JSON response", async () => {
    const result = (await run(
      cm,
      `return await api.itemsCreate({ body: { name: "Widget", tags: ["a"] } });`,
    )) as { method: string; body: string };
    expect(result.method).toBe("POST");
    expect(JSON.parse(result.body)).toEqual({ name: "Widget", tags: ["a"] });
    expect(last()?.headers["content-type"]).toBe("application/json");
  });

  it("sends form-urlencoded and multipart bodies", async () => {
    await run(
      cm,
      `await api.submitForm({ body: { name: "Ada Lovelace", colors: ["red", "blue"] } });`,
    );
    expect(last()?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(last()?.body).toBe("name=Ada+Lovelace&colors=red&colors=blue");

    await run(
      cm,
      `await api.uploadFile({ body: { title: "Notes", file: "line one\\nline two", meta: { size: 17 } } });`,
    );
    const received = last();
    expect(received?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(received?.body).toContain('name="title"\r\n\r\nNotes');
    expect(received?.body).toMatch(
      /name="file"; filename="file"\r\nContent-Type: application\/octet-stream\r\n\r\nline one\nline two/,
    );
    expect(received?.body).toMatch(
      /name="meta"; filename="blob"\r\nContent-Type: application\/json\r\n\r\n\{"size":17\}/,
    );
  });

  it("returns text responses as strings and empty ones as undefined", async () => {
    expect(await run(cm, `return await api.getReportsYearSummary({ year: 2026 });`)).toBe(
      "Report for 2026",
    );
    expect(await run(cm, `return typeof (await api.itemsDelete({ id: "9" }));`)).toBe("undefined");
    expect(last()?.method).toBe("DELETE");
  });

  it("throws a catchable ToolError with the status and an excerpt of the body", async () => {
    const result = (await run(
      cm,
      `try { await api.fail({ status: 404 }); return "no error"; }
       catch (error) { return { name: error.name, code: error.code, message: error.message, details: error.details }; }`,
    )) as {
      name: string;
      code: string;
      message: string;
      details: { status: number; body: string };
    };
    expect(result.name).toBe("ToolError");
    expect(result.code).toBe("http_error");
    expect(result.details.status).toBe(404);
    expect(result.message).toMatch(
      /^api\.fail \(GET \/fail\/\{status\}\) failed with HTTP 404 Not Found: failure 404 for \*\*\*: x+…$/,
    );
    expect(result.details.body.length).toBeLessThanOrEqual(501);
    expect(result.message).not.toContain(TOKEN);
  });

  it("holds operations other than GET at an approval gate by default, sending nothing until approved", async () => {
    const gated = await createCodeMode({
      config: {
        servers: { api: { openapi: SPEC, baseUrl: `${server.origin}/v1` } },
        store,
      },
    });
    try {
      const before = server.received.length;
      const paused = await gated.execute(
        `await api.itemsGetOne({ id: "7" }); return await api.itemsCreate({ body: { name: "Gadget" } });`,
      );
      expect(paused.status).toBe("paused");
      expect(paused.pending?.[0]?.reason).toContain("POST changes data");
      expect(paused.pending?.[0]?.summary).toMatch(/^POST \/items: api\.itemsCreate\(/);
      expect(server.received.length).toBe(before + 1);
      expect(last()?.method).toBe("GET");
      const done = await gated.approve(paused.pending?.[0]?.approvalId ?? "");
      expect(done.status).toBe("completed");
      // The GET was replayed from the journal, not sent again; the POST went once.
      expect(server.received.length).toBe(before + 2);
      expect(last()?.method).toBe("POST");
    } finally {
      await gated.close();
    }
  });

  it("rolls back a call by the compensation the config names, with arguments from the original call", async () => {
    const undoing = await createCodeMode({
      config: {
        servers: { api: { openapi: SPEC, baseUrl: `${server.origin}/v1` } },
        store,
        approval: { allow: ["api.*"] },
        compensations: {
          "api.itemsCreate": { call: "api.itemsDelete", args: { id: "$args.body.name" } },
        },
      },
    });
    try {
      const run = await undoing.execute(
        `await api.itemsGetOne({ id: "1" }); await api.itemsCreate({ body: { name: "Gizmo" } }); return "made"`,
      );
      expect(run.status).toBe("completed");
      const report = await undoing.rollback(run.executionId);
      expect(report.steps.map((step) => [step.path, step.outcome])).toEqual([
        ["api.itemsCreate", "compensated"],
        ["api.itemsGetOne", "read_only"],
      ]);
      expect(last()).toMatchObject({ method: "DELETE", url: "/v1/items/Gizmo" });
    } finally {
      await undoing.close();
    }
  });

  it("refuses unknown and missing arguments before sending anything", async () => {
    const count = server.received.length;
    const outcome = await cm.execute(`await api.itemsGetOne({ id: "1", tagz: ["x"] } as any)`);
    expect(outcome.error?.message).toMatch(/unknown argument "tagz"; it takes "id", "tags"/);
    const missing = await cm.execute(`await api.itemsCreate({} as any)`);
    expect(missing.error?.message).toMatch(/missing required argument "body"/);
    expect(server.received.length).toBe(count);
  });

  it("follows redirects within the origin", async () => {
    const result = (await run(cm, `return await api.redirect({ where: "same" });`)) as {
      url: string;
    };
    expect(result.url).toBe("/v1/items/redirected");
    expect(last()?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("request() reaches paths the document does not describe, below the base URL", async () => {
    const result = (await run(
      cm,
      `return await api.request({ method: "PATCH", path: "/things/{id}", params: { id: "a/b" }, query: { q: "x y", n: [1, 2] }, body: { on: true }, headers: { "X-Extra": "1" } });`,
    )) as { method: string; url: string; body: string };
    expect(result.method).toBe("PATCH");
    expect(result.url).toBe("/v1/things/a%2Fb?q=x%20y&n=1&n=2");
    expect(result.body).toBe('{"on":true}');
    expect(last()?.headers["x-extra"]).toBe("1");
    expect(last()?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
