import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { connectHttp, ROOT } from "./helpers/serve-gateway.js";

describe("createGateway, mounted in a server of one's own", () => {
  it("serves MCP, health and metrics from examples/mount-gateway.mjs, and shuts down on SIGTERM", async () => {
    const child = spawn(process.execPath, [join(ROOT, "examples", "mount-gateway.mjs")], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const deadline = Date.now() + 15_000;
    while (!/http:\/\/\S+\/mcp/.test(stdout) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const url = /(http:\/\/\S+\/mcp)/.exec(stdout)?.[1] ?? "";
    expect(url).not.toBe("");
    try {
      const { client } = await connectHttp(url);
      const result = await client.callTool({
        name: "execute",
        arguments: { code: 'return (await shop.getStock({ sku: "TEA-01" })).units' },
      });
      expect(result.structuredContent).toMatchObject({ status: "completed", result: 42 });
      await client.close();
      const base = url.replace(/\/mcp$/, "");
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: "ok" });
      expect(await (await fetch(`${base}/metrics`)).text()).toMatch(
        /codemode_executions_total\{status="completed"\} 1/,
      );
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  });
});
