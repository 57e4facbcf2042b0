#!/usr/bin/env node
// The page build in headless Chromium beside the Node library, side by side.
//
//   npm run build && node bench/browser.mjs [--quick] [--json]
//
// - size: each file of dist/browser, raw and gzip -9 (what a page downloads; codemode-typecheck.js
//   only when it asks for a type-check, the config chunk only when it gives a config);
// - ready: a fresh page (new browser context, so nothing cached) from navigation to the first
//   script's result: import codemode.js, createCodeMode, start the Web Worker, compile the
//   engine's WebAssembly, run `return 1`;
// - warm execute: a script that calls one host function and returns, on a warm runtime (type-check
//   off in both): the page (Web Worker) beside Node (QuickJS on the main thread, the default),
//   interleaved.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { createCodeMode } from "../dist/index.js";
import { machine } from "./machine.mjs";
import { interleave, ratio, spread } from "./stats.mjs";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const READY_ROUNDS = quick ? 5 : 15;
const WARM_ROUNDS = quick ? 30 : 200;
const root = join(import.meta.dirname, "..");
const SCRIPT = 'const s = await shop.getStock({ sku: "TEA-01" });\nreturn s.units * 2;';
const FUNCTIONS = `{ shop: { getStock: { input: { type: "object", properties: { sku: { type: "string" } } }, execute: ({ sku }) => ({ sku, units: 21 }) } } }`;

const sizes = readdirSync(join(root, "dist", "browser"), { recursive: true })
  .filter((file) => statSync(join(root, "dist", "browser", file)).isFile())
  .sort()
  .map((file) => {
    const bytes = readFileSync(join(root, "dist", "browser", file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });

const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };
const PAGE = `<!doctype html><script type="module">
const started = performance.now();
const { createCodeMode } = await import("/dist/browser/codemode.js");
const imported = performance.now();
globalThis.cm = await createCodeMode({ typecheck: false, functions: ${FUNCTIONS} });
const created = performance.now();
const first = await cm.execute("return 1");
globalThis.timing = { imported: imported - started, created: created - started, ready: performance.now() - started, status: first.status, navigation: performance.now() };
</script>`;
/** Paths asked for since the last reset: what a page downloads to run its first script. */
let asked = new Set();
const server = createServer((request, response) => {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  asked.add(path);
  if (path === "/") return response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
  const file = normalize(join(root, path));
  if (!file.startsWith(join(root, "dist", "browser"))) return response.writeHead(404).end();
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  chromiumSandbox: false,
  args: ["--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

try {
  // Ready: a new context each round, so no cache and no compiled WebAssembly carries over.
  const ready = { imported: [], created: [], ready: [], navigationToReady: [] };
  let firstScriptFiles = [];
  for (let round = 0; round < READY_ROUNDS; round++) {
    asked = new Set();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const timing = await page
      .waitForFunction(() => globalThis.timing)
      .then((handle) => handle.jsonValue());
    if (timing.status !== "completed") throw new Error(`the first run ended ${timing.status}`);
    ready.imported.push(timing.imported);
    ready.created.push(timing.created);
    ready.ready.push(timing.ready);
    ready.navigationToReady.push(timing.navigation);
    firstScriptFiles = [...asked]
      .filter((path) => path !== "/")
      .map((path) => path.slice("/dist/browser/".length));
    await context.close();
  }

  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => globalThis.timing);
  const node = await createCodeMode({
    typecheck: false,
    functions: {
      shop: { getStock: { input: { type: "object" }, execute: ({ sku }) => ({ sku, units: 21 }) } },
    },
  });
  for (let i = 0; i < 20; i++) {
    await node.execute(SCRIPT);
    await page.evaluate((code) => globalThis.cm.execute(code), SCRIPT);
  }
  const samples = await interleave(["node", "page"], WARM_ROUNDS, async (subject) => {
    if (subject === "node") {
      const started = performance.now();
      const result = await node.execute(SCRIPT);
      if (result.result !== 42) throw new Error("the Node run went wrong");
      return performance.now() - started;
    }
    return page.evaluate(async (code) => {
      const started = performance.now();
      const result = await globalThis.cm.execute(code);
      if (result.result !== 42) throw new Error("the page run went wrong");
      return performance.now() - started;
    }, SCRIPT);
  });
  await node.close();

  const report = {
    machine: machine(),
    chromium: browser.version(),
    sizes,
    firstScript: {
      files: firstScriptFiles,
      gzip: sizes
        .filter(({ file }) => firstScriptFiles.includes(file))
        .reduce((sum, { gzip }) => sum + gzip, 0),
    },
    ready: Object.fromEntries(Object.entries(ready).map(([key, values]) => [key, spread(values)])),
    warmExecute: {
      node: spread(samples.get("node")),
      page: spread(samples.get("page")),
      pageOverNode: ratio(samples.get("node"), samples.get("page")),
    },
  };
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const ms = (value) => `${value.toFixed(1)} ms`;
    console.log(
      `Chromium ${report.chromium}, Node ${report.machine.node}, load ${report.machine.loadAverage.join(" ")}`,
    );
    for (const { file, bytes, gzip } of sizes)
      console.log(
        `${file.padEnd(24)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB  gzip ${(gzip / 1024).toFixed(0).padStart(5)} KiB`,
      );
    console.log(
      `downloaded for the first script: ${report.firstScript.files.length} files, gzip ${(report.firstScript.gzip / 1024).toFixed(0)} KiB`,
    );
    for (const [key, value] of Object.entries(report.ready))
      console.log(
        `ready: ${key.padEnd(18)} median ${ms(value.median)}  p90 ${ms(value.p90)}  (n=${value.n})`,
      );
    const { node: n, page: p, pageOverNode } = report.warmExecute;
    console.log(
      `warm execute: node median ${ms(n.median)} p90 ${ms(n.p90)}; page median ${ms(p.median)} p90 ${ms(p.p90)}; page/node ${pageOverNode.ofMedians.toFixed(2)}x (n=${p.n})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
