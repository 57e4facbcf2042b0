import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it } from "vitest";
import { measureTokenCost, nativeTool, selfContainedSchema } from "../src/cli/tokens-command.js";
import type { FunctionsInput } from "../src/connectors/functions/functions-connector.js";
import type { Operation } from "../src/core/operation.js";
import { createCodeMode } from "../src/create-code-mode.js";
import { gatewayToolListing } from "../src/server/gateway-tools.js";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "codemode.js");
const EXAMPLE_CONFIG = join(ROOT, "examples", "codemode.config.mjs");

function codemode(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `namespaces` × `each` host functions with a description and a small schema each. */
function generatedCatalog(namespaces: number, each: number): FunctionsInput {
  const functions: FunctionsInput = {};
  for (let n = 0; n < namespaces; n++) {
    const namespace: FunctionsInput[string] = {};
    for (let f = 0; f < each; f++) {
      namespace[`listRecords${f}`] = {
        description: `Lists records of kind ${f} in service ${n}.\nFilters by status and pages with a cursor.`,
        input: {
          type: "object",
          properties: {
            status: { type: "string", enum: ["open", "closed"], description: "Record status" },
            cursor: { type: "string", description: "Where the last page ended" },
          },
        },
        output: {
          type: "array",
          items: { type: "object", properties: { id: { type: "string" } } },
        },
        execute: async () => [],
      };
    }
    functions[`service${n}`] = namespace;
  }
  return functions;
}

describe("codemode tokens (built CLI)", () => {
  it("prints the three listings with the tokenizer's name for the example config", () => {
    const run = codemode(["tokens", "--config", EXAMPLE_CONFIG]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("3 operations in 1 namespace");
    expect(run.stdout).toContain("o200k_base");
    expect(run.stdout).toMatch(/native MCP tools \(full schemas\)\s+\d+/);
    expect(run.stdout).toMatch(/minimal listing \(name \+ one line\)\s+\d+/);
    expect(run.stdout).toMatch(/codemode \(search, describe, execute\)\s+\d+\s+1x/);
  });

  it("prints the figures as JSON with --json", () => {
    const run = codemode(["tokens", "--json", "--config", EXAMPLE_CONFIG]);
    expect(run.code).toBe(0);
    const cost = JSON.parse(run.stdout);
    expect(cost).toMatchObject({ tokenizer: expect.stringContaining("o200k_base"), operations: 3 });
    expect(cost.native).toBeGreaterThan(cost.nativeInputOnly);
    expect(cost.nativeInputOnly).toBeGreaterThan(cost.minimal);
    expect(cost.codemode).toBeGreaterThan(0);
    expect(cost.codemode).toBeLessThan(1000);
    expect(cost.ratios.native).toBeCloseTo(cost.native / cost.codemode, 1);
  });

  it("names the config problem on stderr with exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "codemode-tokens-"));
    const config = join(dir, "codemode.config.json");
    writeFileSync(config, JSON.stringify({ limits: { timeoutMs: "soon" } }));
    const run = codemode(["tokens", "--config", config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/timeoutMs/);
  });
});

describe("measureTokenCost on a generated catalog", () => {
  it("counts every tool's full listing, and codemode's listing stays flat", async () => {
    const small = await createCodeMode({ functions: generatedCatalog(1, 5), typecheck: false });
    const large = await createCodeMode({ functions: generatedCatalog(20, 25), typecheck: false });
    try {
      const smallCost = measureTokenCost(small);
      const largeCost = measureTokenCost(large);
      expect(largeCost.operations).toBe(500);
      expect(largeCost.namespaces).toBe(20);
      expect(largeCost.native).toBe(
        encode(JSON.stringify(large.operations().map(nativeTool))).length,
      );
      expect(largeCost.codemode).toBe(encode(JSON.stringify(gatewayToolListing(large))).length);
      expect(largeCost.native).toBeGreaterThan(smallCost.native * 90);
      expect(largeCost.codemode - smallCost.codemode).toBeLessThan(30);
      expect(largeCost.ratios.native).toBeGreaterThan(50);
    } finally {
      await small.close();
      await large.close();
    }
  });

  it("makes OpenAPI schemas stand alone: refs into the document become $defs, cycles included", () => {
    const root = {
      components: {
        schemas: {
          node: {
            type: "object",
            properties: {
              label: { $ref: "#/components/schemas/label" },
              next: { $ref: "#/components/schemas/node" },
            },
          },
          label: { type: "string" },
        },
      },
    };
    const operation: Operation = {
      namespace: "api",
      name: "getNode",
      description: "Get a node",
      inputSchema: { type: "object", properties: { body: { $ref: "#/components/schemas/node" } } },
      schemaRoot: root,
      source: { kind: "openapi", method: "POST", path: "/node" },
    };
    const tool = nativeTool(operation);
    expect(tool.inputSchema).toEqual({
      type: "object",
      properties: { body: { $ref: "#/$defs/node" } },
      $defs: {
        node: {
          type: "object",
          properties: { label: { $ref: "#/$defs/label" }, next: { $ref: "#/$defs/node" } },
        },
        label: { type: "string" },
      },
    });
    const plain = { type: "object", properties: { a: { $ref: "#/$defs/x" } }, $defs: { x: {} } };
    expect(selfContainedSchema(plain, undefined)).toBe(plain);
  });
});
