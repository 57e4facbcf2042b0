import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenApiConnector } from "../src/connectors/openapi/openapi-connector.js";
import { ConfigError, ToolError } from "../src/core/errors.js";
import { createCodeMode } from "../src/create-code-mode.js";
import { renderNamespace } from "../src/typegen/index.js";
import { compileDiagnostics } from "./typegen/compile-declarations.js";

const ROOT = new URL("..", import.meta.url).pathname;
const EXAMPLES = "node_modules/@readme/oas-examples";
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "codemode-openapi-bad-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function specFile(name: string, content: unknown): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function connector(spec: string, options: { baseUrl?: string } = {}): OpenApiConnector {
  return new OpenApiConnector({
    namespace: "api",
    spec,
    baseDirectory: directory,
    baseUrl: options.baseUrl ?? "http://127.0.0.1:9",
    cacheDirectory: false,
  });
}

const minimal = (paths: unknown, components: unknown = {}) => ({
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths,
  components,
});

const okResponse = (schema: unknown) => ({
  responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
});

describe("OpenAPI connector: documents it cannot use", () => {
  it.each([
    [
      "not an API description",
      { hello: "world" },
      /neither an "openapi" nor a "swagger" version field/,
    ],
    ["broken JSON", '{ "openapi": "3.0.0", ', /is not valid JSON/],
    ["broken YAML", "openapi: 3.0.0\npaths: [unclosed\n  - : :", /neither JSON nor valid YAML/],
    ["a YAML scalar", "just some words", /not an OpenAPI document/],
    [
      "an unsupported version",
      { openapi: "9.9.9", info: { title: "t", version: "1" }, paths: {} },
      /OpenAPI 9\.9\.9 is not supported/,
    ],
    [
      "paths that are not an object",
      { openapi: "3.0.3", info: { title: "t", version: "1" }, paths: "/pets" },
      /"paths" is not an object/,
    ],
  ])("%s is a ConfigError saying so", { timeout: 5_000 }, async (label, content, message) => {
    const path = await specFile(`${label.replace(/\W+/g, "-")}.txt`, content);
    const error = await connector(path)
      .listOperations()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^servers\.api: /);
    expect((error as Error).message).toMatch(message);
  });

  it("a $ref that resolves to nothing is a ConfigError naming it", { timeout: 5_000 }, async () => {
    const path = await specFile(
      "missing-ref.json",
      minimal({
        "/pets": {
          get: { operationId: "listPets", ...okResponse({ $ref: "#/components/schemas/Missing" }) },
        },
      }),
    );
    await expect(connector(path).listOperations()).rejects.toThrow(
      /servers\.api: the \$ref "#\/components\/schemas\/Missing" does not resolve/,
    );
    const parameter = await specFile(
      "missing-parameter.json",
      minimal({
        "/pets": { get: { parameters: [{ $ref: "#/components/parameters/nope" }], responses: {} } },
      }),
    );
    await expect(connector(parameter).listOperations()).rejects.toThrow(ConfigError);
  });

  it("a $ref to a file that does not exist is a ConfigError", { timeout: 5_000 }, async () => {
    const path = await specFile(
      "external-missing.json",
      minimal({ "/pets": { get: okResponse({ $ref: "./nowhere.json#/Pet" }) } }),
    );
    await expect(connector(path).listOperations()).rejects.toThrow(/could not be resolved/);
  });

  it("$refs to other files are bundled in", { timeout: 5_000 }, async () => {
    await specFile("pet.json", {
      Pet: { type: "object", properties: { name: { type: "string" } } },
    });
    const path = await specFile(
      "external.json",
      minimal({
        "/pets": {
          get: {
            operationId: "listPets",
            ...okResponse({ type: "array", items: { $ref: "./pet.json#/Pet" } }),
          },
        },
      }),
    );
    const operations = await connector(path).listOperations();
    const text = renderNamespace("api", operations);
    expect(text).toMatch(
      /function listPets\(input\?: \{\}\): Promise<\{ name\?: string \}\[\]>|Promise<Pet\[\]>/,
    );
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it("a missing file is a ConfigError with the resolved path", async () => {
    await expect(connector("./no-such-spec.yaml").listOperations()).rejects.toThrow(
      `servers.api.openapi: the file ${join(directory, "no-such-spec.yaml")} does not exist`,
    );
  });

  it("a file whose servers are relative needs baseUrl", async () => {
    const path = await specFile("relative-server.json", {
      ...minimal({}),
      servers: [{ url: "/v1" }],
    });
    const error = await new OpenApiConnector({
      namespace: "api",
      spec: path,
      baseDirectory: directory,
      cacheDirectory: false,
    })
      .listOperations()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /"\/v1" is relative and the document is a file; give servers\.api\.baseUrl/,
    );
  });
});

describe("OpenAPI connector: documents that are hard but fine", () => {
  it("cyclic schemas load and render", { timeout: 10_000 }, async () => {
    const path = await specFile(
      "cyclic.json",
      minimal(
        {
          "/nodes": {
            get: { operationId: "listNodes", ...okResponse({ $ref: "#/components/schemas/Node" }) },
          },
          "/loops": {
            get: { operationId: "getLoop", ...okResponse({ $ref: "#/components/schemas/A" }) },
          },
        },
        {
          schemas: {
            Node: {
              type: "object",
              properties: {
                children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
                owner: { $ref: "#/components/schemas/Owner" },
              },
            },
            Owner: {
              type: "object",
              properties: {
                nodes: { type: "array", items: { $ref: "#/components/schemas/Node" } },
              },
            },
            A: { $ref: "#/components/schemas/B" },
            B: { $ref: "#/components/schemas/A" },
          },
        },
      ),
    );
    const operations = await connector(path).listOperations();
    const text = renderNamespace("api", operations);
    expect(text).toMatch(/type Node = \{[\s\S]*?children\?: Node\[\];/);
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it.each([
    "3.0/json/circular.json",
    "3.0/json/schema-circular.json",
    "2.0/json/schema-circular.json",
  ])("the example %s loads and its declarations compile", { timeout: 10_000 }, async (file) => {
    const operations = await new OpenApiConnector({
      namespace: "api",
      spec: `${EXAMPLES}/${file}`,
      baseDirectory: ROOT,
      baseUrl: "http://127.0.0.1:9",
      cacheDirectory: false,
    }).listOperations();
    expect(operations.length).toBeGreaterThan(1);
    expect(compileDiagnostics({ "types.ts": renderNamespace("api", operations) })).toEqual([]);
  });

  it("a generated document with 10,000 operations loads in seconds", {
    timeout: 30_000,
  }, async () => {
    const paths: Record<string, unknown> = {};
    for (let index = 0; index < 5_000; index++) {
      paths[`/resources${index}/{id}`] = {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        get: {
          operationId: `resources${index}/get`,
          ...okResponse({ $ref: "#/components/schemas/Thing" }),
        },
        // The same operationId with different punctuation: names must still be unique.
        delete: {
          operationId: `resources${index}-get`,
          responses: { "204": { description: "gone" } },
        },
      };
    }
    const path = await specFile(
      "huge.json",
      minimal(paths, {
        schemas: { Thing: { type: "object", properties: { id: { type: "string" } } } },
      }),
    );
    const started = performance.now();
    const operations = await connector(path).listOperations();
    const elapsed = performance.now() - started;
    console.info(`10,000 generated operations: loaded in ${Math.round(elapsed)} ms`);
    expect(operations).toHaveLength(10_001);
    expect(new Set(operations.map((operation) => operation.name)).size).toBe(10_001);
    expect(operations.map((operation) => operation.name)).toContain("resources42Get_2");
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe("OpenAPI connector: documents over HTTP", () => {
  let server: Server;
  let origin: string;
  const spec = JSON.stringify({
    ...minimal({ "/pets": { get: { operationId: "listPets", responses: {} } } }),
    servers: [{ url: "/api/v2" }],
  });

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/openapi.json") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(spec);
        return;
      }
      response.writeHead(404);
      response.end("no");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("loads from a URL, resolving a relative server URL against it", async () => {
    const operations = await new OpenApiConnector({
      namespace: "api",
      spec: `${origin}/openapi.json`,
      baseDirectory: directory,
      cacheDirectory: false,
    }).listOperations();
    expect(operations.find((operation) => operation.name === "request")?.description).toContain(
      `${origin}/api/v2`,
    );
  });

  it("a URL that fails leaves the namespace empty with the reason, other sources unaffected", async () => {
    const cm = await createCodeMode({
      config: { servers: { api: { openapi: `${origin}/missing.json` } }, store: directory },
      functions: { util: { ping: { execute: () => "pong" } } },
      typecheck: false,
    });
    try {
      expect(cm.operations().map((operation) => operation.name)).toEqual(["ping"]);
      await expect(cm.describe("api")).rejects.toThrow(/api is unavailable: .*gave HTTP 404/);
      expect(await cm.execute("return await util.ping({})")).toMatchObject({ result: "pong" });
    } finally {
      await cm.close();
    }
    const error = await new OpenApiConnector({
      namespace: "api",
      spec: `${origin}/missing.json`,
      baseDirectory: directory,
    })
      .listOperations()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolError);
  });
});
