import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEchoServer } from "../../../test/helpers/openapi-server.js";
import type { Operation } from "../../core/operation.js";
import { renderOperation } from "../../typegen/index.js";
import { buildOperations } from "./build-operations.js";
import { isPending } from "./lazy-property.js";
import { OpenApiConnector } from "./openapi-connector.js";
import { CACHE_FORMAT, decodeSpec, encodeSpec } from "./spec-cache-format.js";
import type { BuiltSpec } from "./spec-types.js";

const ROOT = new URL("../../..", import.meta.url).pathname;
const PETSTORE = join(ROOT, "node_modules/@readme/oas-examples/3.0/json/petstore.json");
const SWAGGER = join(ROOT, "node_modules/@readme/oas-examples/2.0/json/petstore.json");
const KEY = "a".repeat(64);

const built = (file: string): BuiltSpec =>
  buildOperations(JSON.parse(readFileSync(file, "utf8")), "servers.petstore");

/** Reads every lazy property, so that a decoded spec compares as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("the OpenAPI cache format", () => {
  it.each([PETSTORE, SWAGGER])("gives back what was built (%s)", (file) => {
    const spec = built(file);
    const decoded = decodeSpec(encodeSpec(spec, KEY), KEY);
    expect(decoded).toBeDefined();
    const { rootParts: _parts, ...expected } = spec;
    // With the key it was read under: what the index of search keys on.
    expect(plain(decoded)).toEqual(plain({ ...expected, digest: KEY }));
  });

  it("parses schemas, plans, descriptions and parts of the root on first use only", () => {
    const decoded = decodeSpec(encodeSpec(built(PETSTORE), KEY), KEY) as BuiltSpec;
    const [first, second] = decoded.operations;
    if (!first || !second) throw new Error("no operations");
    for (const key of ["inputSchema", "plan", "description"])
      expect(isPending(first, key)).toBe(true);
    expect(first.inputSchema).toEqual(expect.objectContaining({ type: "object" }));
    expect(isPending(first, "inputSchema")).toBe(false);
    expect(isPending(second, "inputSchema")).toBe(true);
    // The same object on every read: typegen tells shared schemas apart by identity.
    expect(first.inputSchema).toBe(first.inputSchema);
    const schemas = (decoded.root.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["Pet", "Order"]));
    expect(isPending(schemas, "Pet")).toBe(true);
    expect(schemas.Pet).toEqual(expect.objectContaining({ type: "object" }));
    expect(isPending(schemas, "Pet")).toBe(false);
    expect(isPending(schemas, "Order")).toBe(true);
  });

  it("refuses another key, another format, and any damaged byte", () => {
    const bytes = encodeSpec(built(PETSTORE), KEY);
    expect(decodeSpec(bytes, "b".repeat(64))).toBeUndefined();
    const text = bytes.toString("latin1");
    const otherFormat = Buffer.from(
      text.replace(` ${CACHE_FORMAT} `, ` ${CACHE_FORMAT + 1} `),
      "latin1",
    );
    expect(decodeSpec(otherFormat, KEY)).toBeUndefined();
    for (const at of [0, 80, 200, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ 0x20;
      expect(decodeSpec(damaged, KEY), `a byte changed at ${at}`).toBeUndefined();
    }
    expect(decodeSpec(bytes.subarray(0, bytes.length - 10), KEY)).toBeUndefined();
    expect(decodeSpec(Buffer.from('{"format":2}'), KEY)).toBeUndefined();
    expect(decodeSpec(new Uint8Array(0), KEY)).toBeUndefined();
  });
});

describe("OpenAPI connector: the cache on disk", () => {
  let cache: string;
  beforeEach(async () => {
    cache = await mkdtemp(join(tmpdir(), "codemode-openapi-cache-test-"));
  });
  afterEach(async () => {
    await rm(cache, { recursive: true, force: true });
  });

  const connector = (spec = PETSTORE) =>
    new OpenApiConnector({
      namespace: "petstore",
      spec,
      baseDirectory: ROOT,
      cacheDirectory: cache,
    });
  const cacheFiles = async () => (await readdir(cache)).filter((name) => name.endsWith(".cache"));
  const find = (operations: readonly Operation[], name: string): Operation => {
    const operation = operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`no operation ${name}`);
    return operation;
  };

  it("loads from the cache what it built, and describes the same", async () => {
    const cold = connector();
    const built = await cold.listOperations();
    const cached = connector();
    const loaded = await cached.listOperations();
    expect(cold.loadStats?.cached).toBe(false);
    expect(cached.loadStats?.cached).toBe(true);
    const text = renderOperation(find(loaded, "findPetsByStatus"));
    expect(text).toBe(renderOperation(find(built, "findPetsByStatus")));
    // Describing one operation parsed neither another's schemas nor the parts it does not use.
    expect(isPending(find(loaded, "placeOrder"), "inputSchema")).toBe(true);
    const root = find(loaded, "findPetsByStatus").schemaRoot as {
      components: { schemas: object };
    };
    expect(isPending(root.components.schemas, "Order")).toBe(true);
    expect(loaded.map(plain)).toEqual(built.map(plain));
  });

  it.each([
    ["truncated", (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      "with a byte changed",
      (bytes: Buffer) => {
        const damaged = Buffer.from(bytes);
        damaged[bytes.length - 3] = (damaged[bytes.length - 3] ?? 0) ^ 0x01;
        return damaged;
      },
    ],
    ["replaced by JSON", () => Buffer.from('{"format":1,"spec":{}}')],
    ["empty", () => Buffer.alloc(0)],
  ])("ignores a cache file %s, then builds and writes it again", async (_label, damage) => {
    await connector().listOperations();
    const [file] = await cacheFiles();
    if (!file) throw new Error("no cache file was written");
    const path = join(cache, file);
    const good = await readFile(path);
    await writeFile(path, damage(good));
    const again = connector();
    const operations = await again.listOperations();
    expect(again.loadStats?.cached).toBe(false);
    expect(find(operations, "findPetsByStatus").inputSchema).toMatchObject({ type: "object" });
    expect(await readFile(path)).toEqual(good);
    const third = connector();
    await third.listOperations();
    expect(third.loadStats?.cached).toBe(true);
  });

  it("calls from a cached load send the requests a built one sends, credentials redacted", async () => {
    const server = await startEchoServer();
    try {
      const spec = join(ROOT, "test/fixtures/openapi/echo-api.yaml");
      const make = () =>
        new OpenApiConnector({
          namespace: "api",
          spec,
          baseDirectory: ROOT,
          baseUrl: `${server.origin}/v1`,
          headers: { Authorization: "Bearer tok_cache_secret" },
          secrets: ["tok_cache_secret"],
          cacheDirectory: cache,
        });
      const calls: [string, unknown][] = [
        ["itemsGetOne", { id: "a b", tags: ["x", "y"], filter: { state: "open" }, session: "s" }],
        ["itemsCreate", { body: { name: "Widget", tags: ["a"] } }],
        ["submitForm", { body: { name: "Ada", colors: ["red", "blue"] } }],
        ["request", { method: "GET", path: "/items/{id}", params: { id: 7 } }],
      ];
      const send = async (connector: OpenApiConnector) => {
        const results = [];
        for (const [name, args] of calls)
          results.push(await connector.callOperation(name, args, { executionId: "cache-test" }));
        return { results, received: server.received.splice(0) };
      };
      const built = make();
      const first = await send(built);
      const cached = make();
      const second = await send(cached);
      expect(built.loadStats?.cached).toBe(false);
      expect(cached.loadStats?.cached).toBe(true);
      expect(second).toEqual(first);
      expect(first.received).toHaveLength(calls.length);
      expect(JSON.stringify(second.results)).not.toContain("tok_cache_secret");
      expect(second.received[0]?.headers.authorization).toBe("Bearer tok_cache_secret");
    } finally {
      await server.close();
    }
  });

  it("keys the cache by the document's content", async () => {
    const copy = join(cache, "petstore.json");
    const document = JSON.parse(await readFile(PETSTORE, "utf8"));
    await writeFile(copy, JSON.stringify(document));
    await connector(copy).listOperations();
    document.info.title = "Changed";
    await writeFile(copy, JSON.stringify(document));
    const changed = connector(copy);
    const operations = await changed.listOperations();
    expect(changed.loadStats?.cached).toBe(false);
    expect(find(operations, "request").description).toContain("Changed");
    expect(await cacheFiles()).toHaveLength(2);
  });
});
