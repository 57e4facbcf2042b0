// The JournalStore and Sandbox contract suites, and attacks of the escape tests, run in headless
// Chromium: test/browser/page/contract-suites.ts is bundled as a page build (the same swaps as
// dist/browser) and run in a cross-origin isolated page, so the worker asks the page for draws.
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_BUILD } from "../../scripts/page-build.mjs";
import { launchChromium, type PageServer, servePage } from "../helpers/page-harness.js";

interface SuiteReport {
  passed: string[];
  failed: { name: string; error: string }[];
}

let browser: Browser;
let server: PageServer;
let page: Page;
let report: SuiteReport;

beforeAll(async () => {
  const bundle = await build({
    ...PAGE_BUILD,
    entryPoints: [new URL("./page/contract-suites.ts", import.meta.url).pathname],
    alias: { vitest: new URL("./page/vitest-shim.ts", import.meta.url).pathname },
    write: false,
    outfile: "contracts.js",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  browser = await launchChromium();
  server = await servePage({
    isolated: true,
    page: `<!doctype html><meta charset="utf-8"><script type="module" src="/contracts.js"></script>`,
    routes: {
      "/contracts.js": (_request, response) => {
        response.writeHead(200, { "content-type": "text/javascript" });
        response.end(script);
      },
    },
  });
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => "runSuites" in globalThis);
  report = await page.evaluate(() =>
    (globalThis as unknown as { runSuites(): Promise<SuiteReport> }).runSuites(),
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("contract suites in Chromium", () => {
  it("runs in a cross-origin isolated page (the worker waits for the page's draws)", async () => {
    expect(
      await page.evaluate(
        () => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated,
      ),
    ).toBe(true);
  });

  it("the IndexedDB journal passes the JournalStore contract", () => {
    const ours = (name: string) => name.startsWith("journal store contract: IndexedDB");
    expect(report.failed.filter(({ name }) => ours(name))).toEqual([]);
    expect(report.passed.filter(ours).length).toBeGreaterThan(30);
  });

  it("the Web Worker sandbox passes the Sandbox contract", () => {
    const ours = (name: string) => name.startsWith("sandbox contract: quickjs in a Web Worker");
    expect(report.failed.filter(({ name }) => ours(name))).toEqual([]);
    expect(report.passed.filter(ours).length).toBeGreaterThan(25);
  });

  it("terminates a Web Worker that stops answering and starts a fresh one", () => {
    const ours = (name: string) => name.startsWith("a Web Worker that stops answering");
    expect(report.failed.filter(({ name }) => ours(name))).toEqual([]);
    expect(report.passed.filter(ours)).toHaveLength(1);
  });

  it("the Web Worker withstands the escape tests' attacks", () => {
    const ours = (name: string) => name.startsWith("attacks from the escape tests");
    expect(report.failed.filter(({ name }) => ours(name))).toEqual([]);
    expect(report.passed.filter(ours).length).toBe(8);
  });
});
