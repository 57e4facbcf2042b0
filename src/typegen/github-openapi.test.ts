import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import {
  dereferenceInPlace,
  loadGithubSpec,
  openApiOperations,
  sampleOperations,
} from "../../test/typegen/github-operations.js";
import type { Operation } from "../core/operation.js";
import { renderDeclarations, renderNamespace, renderOperation, renderSignature } from "./index.js";

// The GitHub REST description from @octokit/openapi: 1,200+ operations, ~900 component schemas.
const spec = loadGithubSpec();
const operations = openApiOperations(spec, { namespace: "github" });
const include = ["repos/get", "pulls/list", "issues/create"];
const sample = sampleOperations(operations, { every: 8, include });

function find(list: readonly Operation[], operationId: string): Operation {
  const operation = list.find((candidate) => candidate.source.originalName === operationId);
  if (operation === undefined) throw new Error(`no operation ${operationId}`);
  return operation;
}

describe("GitHub REST operations", () => {
  it("samples enough operations, deterministically", () => {
    expect(operations.length).toBeGreaterThan(1000);
    expect(sample.length).toBeGreaterThanOrEqual(150);
    expect(sample.map((operation) => operation.name)).toEqual(
      sampleOperations(openApiOperations(spec, { namespace: "github" }), { every: 8, include }).map(
        (operation) => operation.name,
      ),
    );
    for (const operationId of include) expect(find(sample, operationId)).toBeDefined();
  });

  describe("a sample as one namespace", () => {
    const text = renderNamespace("github", sample);

    it("compiles, and a script using it type-checks", () => {
      const usage = [
        "export async function run() {",
        "  const repo = await github.reposGet({ owner: 'octocat', repo: 'hello' });",
        "  const login: string = repo.owner.login;",
        "  const pulls = await github.pullsList({ owner: 'o', repo: 'r', state: 'open' });",
        "  const titles: string[] = pulls.map((pull) => pull.title);",
        "  const issue = await github.issuesCreate({ owner: 'o', repo: 'r', body: { title: 'Bug' } });",
        "  const user: github.SimpleUser | null = issue.user;",
        "  return [login, titles, user, repo.license?.spdx_id];",
        "}",
      ].join("\n");
      expect(compileDiagnostics({ "types.ts": text, "usage.ts": usage })).toEqual([]);
    });

    it("renders the operations with their parameters, body and response", () => {
      // Only reposGet returns a full repository in the sample: it is inlined there.
      expect(text).toContain(
        [
          "  function reposGet(input: {",
          "    /** The account owner of the repository. The name is not case sensitive. */",
          "    owner: string;",
          "    /** The name of the repository without the `.git` extension. The name is not case sensitive. */",
          "    repo: string;",
          "  }): Promise<{",
        ].join("\n"),
      );
      expect(text).toMatch(
        /function reposGet\([\s\S]*?\}\): Promise<\{[\s\S]*?\n {4}owner: SimpleUser;/,
      );
      expect(text).toMatch(
        /function pullsList\(input: \{[\s\S]*?\}\): Promise<PullRequestSimple\[\]>;/,
      );
      expect(text).toMatch(
        /function issuesCreate\(input: \{[\s\S]*?body: \{\n(\s+\/\*\*[\s\S]*?\*\/\n)?\s+title: string \| number;/,
      );
      expect(text).toContain('state?: "open" | "closed" | "all";');
    });

    it("renders reused component refs as named types, never as unknown", () => {
      for (const name of ["SimpleUser", "PullRequestSimple", "Issue", "Repository"]) {
        expect(text).toMatch(new RegExp(`\\n  (/\\*\\*[sS]*?\\*/\\n  )?type ${name} = \\{`));
      }
      expect(text).toMatch(/type PullRequestSimple = \{[\s\S]*?\n {4}user: NullableSimpleUser;/);
      expect(text).not.toContain("unresolved $ref");
      expect(text).not.toMatch(/type \w+ = unknown/);
      expect(text.match(/\n {2}type SimpleUser = /g)).toHaveLength(1);
    });

    it("renders each operation on its own with the types it uses", () => {
      const reposGet = find(sample, "repos/get");
      const alone = renderOperation(reposGet);
      expect(alone).toMatch(/\}\): Promise<\{[\s\S]*?\n {4}owner: SimpleUser;/);
      expect(alone).toContain("type SimpleUser = {");
      expect(alone).not.toContain("function pullsList");
      expect(compileDiagnostics({ "types.ts": alone })).toEqual([]);
      expect(renderSignature(reposGet)).toBe(
        "github.reposGet(input: { owner: string; repo: string }): Promise<FullRepository>",
      );
    });
  });

  it("terminates on recursive component schemas", () => {
    const schemas = (spec.components as { schemas: Record<string, { properties: object }> })
      .schemas;
    const simpleUser = schemas["simple-user"];
    expect(simpleUser).toBeDefined();
    // The published description has no recursive schema: make the most used one recursive.
    const recursive = {
      ...spec,
      components: {
        ...(spec.components as object),
        schemas: {
          ...schemas,
          "simple-user": {
            ...simpleUser,
            properties: {
              ...simpleUser?.properties,
              followers_list: {
                type: "array",
                items: { $ref: "#/components/schemas/simple-user" },
              },
              manager: { $ref: "#/components/schemas/simple-user" },
            },
          },
        },
      },
    };
    const text = renderNamespace(
      "github",
      sampleOperations(openApiOperations(recursive, { namespace: "github" }), {
        every: 8,
        include,
      }),
    );
    expect(text).toMatch(
      /type SimpleUser = \{[\s\S]*?followers_list\?: SimpleUser\[\];\n\s+manager\?: SimpleUser;/,
    );
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it("names shared objects of a dereferenced document after their titles", () => {
    const dereferenced = dereferenceInPlace(loadGithubSpec());
    const list = sampleOperations(
      openApiOperations(dereferenced, { namespace: "github", dereferenced: true }),
      { every: 8, include },
    );
    expect(list.every((operation) => operation.schemaRoot === undefined)).toBe(true);
    const text = renderNamespace("github", list);
    expect(text).not.toContain("$ref");
    expect(text).toMatch(/type SimpleUser = \{/);
    // `simple-user` and `nullable-simple-user` share the title "Simple User".
    expect(text).toMatch(/type PullRequestSimple = \{[\s\S]*?\n {4}user: SimpleUser_2;/);
    expect(text).toMatch(/type SimpleUser_2 = \{[\s\S]*?\n {2}\} \| null;/);
    expect(text).toMatch(
      /function pullsList\(input: \{[\s\S]*?\}\): Promise<PullRequestSimple\[\]>;/,
    );
    expect(compileDiagnostics({ "types.ts": text })).toEqual([]);
  });

  it("renders and compiles all operations at once", () => {
    const started = performance.now();
    const text = renderDeclarations(operations);
    const rendered = performance.now();
    const diagnostics = compileDiagnostics({ "types.ts": text });
    const compiled = performance.now();
    console.info(
      `GitHub: ${operations.length} operations, ${text.length} chars, ${text.split("\n").length} lines; ` +
        `render ${Math.round(rendered - started)} ms, compile ${Math.round(compiled - rendered)} ms`,
    );
    expect(diagnostics).toEqual([]);
    expect(text.match(/\n {2}function /g)).toHaveLength(operations.length);
    expect(text).toMatch(/function reposGet\(input: \{[\s\S]*?\}\): Promise<FullRepository>;/);
    expect(text).toMatch(/\n {2}type FullRepository = \{[\s\S]*?\n {4}owner: SimpleUser;/);
  });
});
