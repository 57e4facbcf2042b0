// Saves a screenshot of the example page (examples/browser) at docs/browser/example.png, paused at
// the first reorder's approval: run by hand after `npm run build`.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const root = join(import.meta.dirname, "..");
const out = join(root, "docs", "browser");
const port = 4174;
const server = spawn(process.execPath, [join(root, "examples", "browser", "serve.mjs")], {
  env: { ...process.env, PORT: String(port) },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve) => server.stdout.once("data", resolve));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator("#status", { hasText: "Ready" }).waitFor();
  await page.click("#run");
  await page.locator("#approval-list .approval").waitFor();
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, "example.png") });
  process.stdout.write(`Saved ${join(out, "example.png")}\n`);
} finally {
  await browser.close();
  server.kill();
}
