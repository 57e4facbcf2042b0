import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { parseConfig } from "../src/config/config.js";
import { createServerConnectors } from "../src/connectors/create-server-connectors.js";
import { OpenApiConnector } from "../src/connectors/openapi/openapi-connector.js";
import { operationName, uniqueOperationNames } from "../src/connectors/openapi/operation-name.js";
import type { Operation } from "../src/core/operation.js";
import { renderNamespace, renderOperation, renderSignature } from "../src/typegen/index.js";
import { compileDiagnostics } from "./typegen/compile-declarations.js";

const ROOT = new URL("..", import.meta.url).pathname;
const GITHUB = "node_modules/@octokit/openapi/generated/api.github.com.json";
const EXAMPLES = "node_modules/@readme/oas-examples";

function find(operations: readonly Operation[], name: string): Operation {
  const operation = operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`no operation ${name}`);
  return operation;
}

describe("operation names", () => {
  it("camel-cases the operationId split on every non-alphanumeric character", () => {
    const name = (operationId?: string, method = "get", path = "/x") =>
      operationName({ operationId, method, path });
    expect(name("pulls/list")).toBe("pullsList");
    expect(name("repos/get-content")).toBe("reposGetContent");
    expect(name("findPetsByStatus")).toBe("findPetsByStatus");
    expect(name("actions/list-jobs-for-workflow-run-attempt")).toBe(
      "actionsListJobsForWorkflowRunAttempt",
    );
    expect(name("get_user.by id")).toBe("getUserById");
    expect(name(undefined, "get", "/repos/{owner}/{repo}/issues")).toBe("getReposOwnerRepoIssues");
    expect(name("--", "delete", "/pets/{id}")).toBe("deletePetsId");
  });

  it("makes names unique and safe, keeping `request` for the connector", () => {
    expect(
      uniqueOperationNames(["pullsList", "pullsList", "delete", "request", "2fa"], ["request"]),
    ).toEqual(["pullsList", "pullsList_2", "delete_", "request_2", "_2fa"]);
  });
});

describe("OpenAPI connector: the GitHub REST description", () => {
  let cache: string;
  let operations: readonly Operation[];

  beforeAll(async () => {
    cache = await mkdtemp(join(tmpdir(), "codemode-openapi-cache-"));
  });
  afterAll(async () => {
    await rm(cache, { recursive: true, force: true });
  });

  const connector = () =>
    new OpenApiConnector({
      namespace: "github",
      spec: GITHUB,
      baseDirectory: ROOT,
      cacheDirectory: cache,
    });

  it("loads 1,200+ operations cold, then from the cache by content hash", async () => {
    const cold = connector();
    operations = await cold.listOperations();
    const warm = connector();
    const again = await warm.listOperations();
    const third = connector();
    await third.listOperations();
    console.info(
      `GitHub: ${cold.loadStats?.operations} operations; cold ${Math.round(cold.loadStats?.milliseconds ?? 0)} ms, cached ${Math.round(warm.loadStats?.milliseconds ?? 0)} ms, ${Math.round(third.loadStats?.milliseconds ?? 0)} ms`,
    );
    expect(cold.loadStats?.cached).toBe(false);
    expect(warm.loadStats?.cached).toBe(true);
    expect(operations.length).toBeGreaterThan(1200);
    expect(again.map((operation) => operation.name)).toEqual(
      operations.map((operation) => operation.name),
    );
    const strip = ({ schemaRoot: _root, ...operation }: Operation) => operation;
    expect(strip(find(again, "pullsList"))).toEqual(strip(find(operations, "pullsList")));
    // Generous bounds for a loaded CI machine; the figures themselves are printed above.
    expect(cold.loadStats?.milliseconds).toBeLessThan(10_000);
    expect(third.loadStats?.milliseconds).toBeLessThan(1_000);
  });

  it("names operations by the rule and keeps where they come from", () => {
    expect(find(operations, "pullsList").source).toEqual({
      kind: "openapi",
      method: "GET",
      path: "/repos/{owner}/{repo}/pulls",
      tags: ["pulls"],
      originalName: "pulls/list",
    });
    expect(find(operations, "reposGet").annotations).toEqual({ readOnlyHint: true });
    expect(find(operations, "reposGetContent").source.originalName).toBe("repos/get-content");
    expect(find(operations, "reposDelete").annotations).toEqual({ destructiveHint: true });
    expect(find(operations, "issuesCreate").annotations).toBeUndefined();
    expect(find(operations, "request").source.kind).toBe("openapi");
    const names = operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("renders declarations that compile, naming shared component types", () => {
    const include = new Set([
      "pullsList",
      "reposGet",
      "issuesCreate",
      "reposGetContent",
      "request",
    ]);
    const sample = operations.filter(
      (operation, index) => index % 10 === 0 || include.has(operation.name),
    );
    const text = renderNamespace("github", sample);
    expect(text).toContain("function pullsList(input: {");
    expect(text).toMatch(/function reposGet\(input: \{[\s\S]*?\}\): Promise<FullRepository>;/);
    expect(text).toMatch(/\n {2}type SimpleUser = \{/);
    const usage = [
      "export async function run() {",
      "  const repo = await github.reposGet({ owner: 'octocat', repo: 'hello' });",
      "  const login: string = repo.owner.login;",
      "  const pulls = await github.pullsList({ owner: 'o', repo: 'r', state: 'open' });",
      "  const issue = await github.issuesCreate({ owner: 'o', repo: 'r', body: { title: 'Bug' } });",
      "  await github.request({ method: 'GET', path: '/rate_limit' });",
      "  return [login, pulls.map((pull) => pull.title), issue.number];",
      "}",
    ].join("\n");
    expect(compileDiagnostics({ "types.ts": text, "usage.ts": usage })).toEqual([]);
    const alone = renderOperation(find(operations, "reposGet"));
    expect(alone).not.toContain("function pullsList");
    expect(compileDiagnostics({ "types.ts": alone })).toEqual([]);
    expect(renderSignature(find(operations, "reposGet"))).toBe(
      "github.reposGet(input: { owner: string; repo: string }): Promise<FullRepository>",
    );
  });
});

describe("OpenAPI connector: Petstore (OpenAPI 3.0, 3.1 and Swagger 2.0, JSON and YAML)", () => {
  const files = [
    "3.0/json/petstore.json",
    "3.0/yaml/petstore.yaml",
    "3.1/json/petstore.json",
    "2.0/json/petstore.json",
    "2.0/yaml/petstore.yaml",
  ];

  it.each(files)("%s: loads, names and types every operation", async (file) => {
    const connector = new OpenApiConnector({
      namespace: "petstore",
      spec: `${EXAMPLES}/${file}`,
      baseDirectory: ROOT,
      cacheDirectory: false,
    });
    const operations = await connector.listOperations();
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(["findPetsByStatus", "getPetById", "addPet", "uploadFile", "request"]),
    );
    const findByStatus = find(operations, "findPetsByStatus");
    expect(findByStatus.source).toMatchObject({ method: "GET", path: "/pet/findByStatus" });
    const text = renderNamespace("petstore", operations);
    expect(text).toMatch(
      /function findPetsByStatus\(input: \{[\s\S]*?status[\s\S]*?\}\): Promise<Pet\[\]>;/,
    );
    expect(text).toMatch(
      /function getPetById\(input: \{[\s\S]*?petId: number;[\s\S]*?\}\): Promise<Pet>;/,
    );
    expect(text).toMatch(/function addPet\(input: \{[\s\S]*?body: Pet;/);
    const usage = [
      "export async function run() {",
      "  const pets = await petstore.findPetsByStatus({ status: ['available'] });",
      "  const pet = await petstore.getPetById({ petId: 1 });",
      "  return [pets.length, pet.name];",
      "}",
    ].join("\n");
    expect(compileDiagnostics({ "types.ts": text, "usage.ts": usage })).toEqual([]);
  });

  it("is wired from the config, resolving relative paths against the config's folder", async () => {
    const store = await mkdtemp(join(tmpdir(), "codemode-openapi-store-"));
    const connectors = await createServerConnectors({
      config: parseConfig({
        servers: { petstore: { openapi: `./${EXAMPLES}/2.0/json/petstore.json` } },
        store,
      }),
      baseDirectory: ROOT,
    });
    onTestFinished(() => rm(store, { recursive: true, force: true }));
    expect(connectors.map((connector) => connector.namespace)).toEqual(["petstore"]);
    const operations = await connectors[0]?.listOperations();
    // Swagger 2.0: host and basePath give the base URL.
    expect(find(operations ?? [], "request").description).toContain(
      "http://petstore.swagger.io/v2",
    );
  });
});
