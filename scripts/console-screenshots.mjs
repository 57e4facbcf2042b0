// Saves screenshots of the web console under docs/console/ (run by hand after `npm run build`:
// `node scripts/console-screenshots.mjs`; not part of CI). It serves the example shop with a
// throwaway journal, runs its scripts through the MCP gateway as a model would, and photographs
// the approvals queue, an execution, the executions list and the catalog in Debian's headless
// Chromium (apt-get install -y chromium).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "docs", "console");
const token = randomBytes(16).toString("hex");
const directory = mkdtempSync(join(tmpdir(), "codemode-screenshots-"));
const config = join(directory, "codemode.config.mjs");
writeFileSync(
  config,
  `import shop from ${JSON.stringify(join(root, "examples", "codemode.config.mjs"))};\nexport default { ...shop, store: ${JSON.stringify(join(directory, "store"))} };\n`,
);

const server = spawn(
  process.execPath,
  [
    join(root, "bin", "codemode.js"),
    "serve",
    "--http",
    "127.0.0.1:0",
    "--token",
    token,
    "--config",
    config,
  ],
  { cwd: root, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CODEMODE_TOKEN: "" } },
);
const mcpUrl = await new Promise((done, fail) => {
  let stderr = "";
  server.stderr.on("data", (chunk) => {
    stderr += chunk;
    const match = /MCP gateway at (\S+\/mcp)/.exec(stderr);
    if (match) done(match[1]);
  });
  server.once("exit", (code) => fail(new Error(`codemode serve exited with ${code}: ${stderr}`)));
});
const base = mcpUrl.replace(/\/mcp$/, "");
const headers = { authorization: `Bearer ${token}` };

const client = new Client({ name: "screenshots", version: "1.0.0" });
await client.connect(
  new StreamableHTTPClientTransport(new URL(mcpUrl), { requestInit: { headers } }),
);
const execute = async (code) =>
  (await client.callTool({ name: "execute", arguments: { code } })).structuredContent;
const approve = async (approvalId) =>
  (
    await fetch(`${base}/api/approvals/${approvalId}/approve`, {
      method: "POST",
      headers,
      body: JSON.stringify({ by: "ada" }),
    })
  ).json();

const reorder = readFileSync(join(root, "examples", "reorder.ts"), "utf8");
await execute(readFileSync(join(root, "examples", "quickstart.ts"), "utf8"));
await execute('const stock = await shop.getStock({ sku: "TEA-99" });\nreturn stock.units;');
// One reorder approved call by call until it completes, for the execution page...
let done = await execute(reorder);
while (done.status === "paused") done = await approve(done.pending[0].approvalId);
// ...and one left waiting, for the queue.
await execute(reorder);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  chromiumSandbox: false,
  args: [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(`${base}/`);
  await page.getByLabel("Token").fill(token);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.locator("article.approval").first().waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(2800); // the new-arrival highlight fades
  await page.screenshot({ path: join(out, "approvals.png"), fullPage: true });

  await page.goto(`${base}/#/executions/${done.executionId}`);
  await page.locator(".timeline").waitFor();
  await page.screenshot({ path: join(out, "execution.png"), fullPage: true });

  await page.goto(`${base}/#/executions`);
  await page.locator("tbody tr").first().waitFor();
  await page.screenshot({ path: join(out, "executions.png") });

  await page.goto(`${base}/#/catalog/shop.reorder`);
  await page.locator(".declaration pre").waitFor();
  await page.locator(".operations li").first().waitFor();
  await page.screenshot({ path: join(out, "catalog.png") });

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${base}/#/approvals`);
  await page.locator("article.approval").first().waitFor();
  await page.screenshot({ path: join(out, "approvals-narrow.png") });
  process.stdout.write(`Saved the screenshots in ${out}\n`);
} finally {
  await browser.close();
  await client.close();
  server.kill("SIGTERM");
}
