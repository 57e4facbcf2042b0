import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "codemode.js");
const EXAMPLE_CONFIG = join(ROOT, "examples", "codemode.config.mjs");

function codemode(args: string[], options: { input?: string; cwd?: string } = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 20_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: Date.now() - started,
  };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "codemode-cli-"));
}

describe("codemode run", () => {
  it("runs TypeScript from standard input and prints output then result", () => {
    const run = codemode(["run", "-"], {
      input: "const r: number = 6 * 7; console.log({ r }); return r",
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("{ r: 42 }\n42\n");
    expect(run.code).toBe(0);
  });

  it("prints the execution result object with --json", () => {
    const run = codemode(["run", "-", "--json"], {
      input: "console.log('hi'); return { ok: true }",
    });
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({ status: "completed", logs: ["hi"], result: { ok: true } });
    expect(typeof parsed.executionId).toBe("string");
  });

  it("runs the quick-start example against host functions from a config module", () => {
    const run = codemode(["run", "examples/quickstart.ts", "--config", EXAMPLE_CONFIG]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("5 products, 3 running low:");
    expect(run.stdout).toContain("{ name: 'Earl Grey', units: 3 }");
    expect(run.stdout).toContain("{ low: [ 'Earl Grey', 'Espresso beans', 'Travel mug' ] }");
  });

  it("stops an endless loop within the time limit plus a second, exit 1", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "codemode.config.json"),
      JSON.stringify({ limits: { timeoutMs: 1000 } }),
    );
    const run = codemode(["run", "-"], { input: "while (true) {}", cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /SandboxTimeoutError: The script ran longer than 1000 ms.*limits\.timeoutMs/,
    );
    expect(run.ms).toBeLessThan(1000 + 1000 + 1500); // + process start-up
  });

  it("reports a runtime error with its line, exit 1", () => {
    const run = codemode(["run", "-"], { input: "const a = 1;\nconst b: any = null;\nb.x;" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("TypeError at line 3:2: cannot read property 'x' of null\n");
  });

  it("reports a syntax error with its line, exit 1", () => {
    const run = codemode(["run", "-"], { input: "const a = 1;\nconst = 2;" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^SyntaxError at line 2/);
  });

  it("type-checks with --typecheck and names the wrong argument", () => {
    const run = codemode(["run", "-", "--typecheck", "--config", EXAMPLE_CONFIG], {
      input: "await shop.getStock({ skuu: 'TEA-01' });",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/TypeError at line 1.*'skuu' does not exist/s);
  });

  it("says which file it cannot read, exit 2", () => {
    const run = codemode(["run", "missing.ts"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("codemode: Cannot read the script missing.ts: it does not exist.\n");
  });

  it("names the wrong key of an invalid config, exit 2", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "codemode.config.json"), JSON.stringify({ limits: { timeoutMS: 5 } }));
    const run = codemode(["run", "-"], { input: "return 1", cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /codemode: .*codemode\.config\.json: limits: unknown key "timeoutMS"/,
    );
  });

  it("rejects a config that is not JSON, exit 2", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{ limits: ");
    const run = codemode(["run", "-", "--config", join(dir, "bad.json")], { input: "return 1" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json is not valid JSON/);
  });

  it("rejects a missing config file, exit 2", () => {
    const run = codemode(["run", "-", "--config", "nope.json"], { input: "return 1" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.json does not exist/);
  });
});

describe("codemode types, describe, search", () => {
  it("prints every declaration", () => {
    const run = codemode(["types", "--config", EXAMPLE_CONFIG]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("declare namespace shop {");
    expect(run.stdout).toContain("function getStock(");
    expect(run.stdout).toContain("declare namespace codemode {");
  });

  it("describes one operation", () => {
    const run = codemode(["describe", "shop.getStock", "--config", EXAMPLE_CONFIG]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Units in stock for one product.");
    expect(run.stdout).toMatch(/function getStock\(input: \{[\s\S]*sku: string/);
    expect(run.stdout).not.toContain("listProducts");
  });

  it("says when nothing has that name, exit 2", () => {
    const run = codemode(["describe", "shop.nothing", "--config", EXAMPLE_CONFIG]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Nothing is called "shop.nothing"/);
  });

  it("searches with JSON output", () => {
    const run = codemode(["search", "stock units", "--json", "--config", EXAMPLE_CONFIG]);
    expect(run.code).toBe(0);
    const hits = JSON.parse(run.stdout) as { path: string }[];
    expect(hits[0]?.path).toBe("shop.getStock");
  });

  it("shows help and refuses unknown commands", () => {
    const help = codemode(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("run [options] [file]");
    const unknown = codemode(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command");
  });
});
