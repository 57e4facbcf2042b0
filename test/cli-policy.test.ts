import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `codemode policy`, `describe` and `search` show an operator what waits and what is blocked,
// over a real spec (Swagger's petstore) and an MCP server with every kind of annotation.

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "codemode.js");
const PETSTORE = join(ROOT, "node_modules/@readme/oas-examples/3.0/json/petstore.json");
const ANNOTATED = join(ROOT, "test/helpers/annotated-mcp-server.mjs");

let directory: string;
let config: string;

function codemode(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, "--config", config], {
    cwd: directory,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "codemode-cli-policy-"));
  config = join(directory, "codemode.config.json");
  writeFileSync(
    config,
    JSON.stringify({
      servers: {
        pets: { openapi: PETSTORE, baseUrl: "http://127.0.0.1:9/v2" },
        tools: {
          command: process.execPath,
          args: [ANNOTATED],
          env: { EFFECTS_FILE: join(directory, "effects") },
        },
      },
      approval: {
        block: ["pets.deleteUser"],
        allow: ["tools.additive"],
        require: ["pets.getInventory", "pets.delete-repo"],
      },
    }),
  );
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("codemode policy", () => {
  it("prints every operation's rule, grouped, and warns of globs that match nothing", () => {
    const run = codemode("policy");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('approval.require "pets.delete-repo" matches no operation');
    const sections = run.stdout.split(/\n(?=\S)/);
    const section = (title: string) => sections.find((text) => text.startsWith(title)) ?? "";
    expect(section("blocked")).toMatch(
      /pets\.deleteUser\s+approval\.block matches pets\.deleteUser/,
    );
    expect(section("waits for approval")).toMatch(/pets\.addPet\s+POST changes data at \/pet/);
    expect(section("waits for approval")).toMatch(/pets\.getInventory\s+approval\.require/);
    expect(section("waits for approval")).toMatch(
      /tools\.say_nothing\s+the tool is not annotated read-only/,
    );
    expect(section("depends on the call")).toMatch(/pets\.request\s+judged per call/);
    expect(section("runs")).toMatch(/pets\.getPetById\s+GET only reads/);
    expect(section("runs")).toMatch(/tools\.additive\s+approval\.allow/);
    expect(section("runs")).toMatch(/tools\.read_only\s+the tool is annotated read-only/);
  });

  it("narrows to a namespace or an operation, and prints JSON", () => {
    const run = codemode("policy", "tools", "--json");
    expect(run.code).toBe(0);
    const review = JSON.parse(run.stdout) as { operations: { path: string; action: string }[] };
    expect(review.operations.every((rule) => rule.path.startsWith("tools."))).toBe(true);
    expect(review.operations).toContainEqual(
      expect.objectContaining({ path: "tools.destructive", action: "ask" }),
    );
    expect(codemode("policy", "nothing.here").code).toBe(2);
  });

  it("says in describe and search what waits and what is blocked", () => {
    const described = codemode("describe", "pets.deleteUser");
    expect(described.stdout).toContain("function deleteUser(");
    expect(described.stdout).toContain(
      "// pets.deleteUser: blocked: approval.block matches pets.deleteUser",
    );
    const searched = codemode("search", "delete a user", "--json");
    const hits = JSON.parse(searched.stdout) as { path: string; approval?: { action: string } }[];
    expect(hits.find((hit) => hit.path === "pets.deleteUser")?.approval?.action).toBe("block");
    const explained = JSON.parse(
      codemode("search", "delete a user", "--json", "--explain").stdout,
    ) as {
      path: string;
      score: number;
      http?: string;
      explain: { bm25: number; matched: Record<string, string[]>; method: number };
    }[];
    const deleteUser = explained.find((hit) => hit.path === "pets.deleteUser");
    expect(deleteUser?.http).toBe("DELETE /user/{username}");
    expect(deleteUser?.explain.bm25).toBeGreaterThan(0);
    expect(Object.keys(deleteUser?.explain.matched ?? {})).toContain("user");
    expect(deleteUser?.explain.method).toBeGreaterThan(1);
    expect(codemode("search", "delete a user", "--explain").stdout).toMatch(
      /score [\d.]+: BM25 [\d.]+, .*matched .*user/,
    );
    const text = codemode("search", "add a new pet to the store");
    expect(text.stdout).toMatch(/pets\.addPet .*\[waits for a person's approval\]/);
  });
});

describe("codemode.operations() in a script", () => {
  it("lists every operation without schemas, filtered by namespace or text, typed", async () => {
    const run = spawnSync(process.execPath, [BIN, "run", "-", "--typecheck", "--config", config], {
      cwd: directory,
      encoding: "utf8",
      input:
        'const all = await codemode.operations(); const pets = await codemode.operations({ namespace: "pets", text: "/store" }); return { total: all.length, deletes: pets.filter((o) => o.method === "DELETE").map((o) => o.path + " " + o.httpPath), first: pets[0] }',
      timeout: 20_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("deletes: [ 'pets.deleteOrder /store/order/{orderId}' ]");
    expect(run.stdout).toMatch(/total: 2[0-9]/);
    expect(run.stdout).toMatch(/summary: '[^']+'/);
    expect(run.stdout).not.toContain("inputSchema");
  });
});
