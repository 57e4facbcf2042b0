// examples/browser in headless Chromium: the example shop's page runs the reorder script, shows
// each reorder's approval prompt, and completes once both are approved; TypeScript is loaded only
// when the first script is checked.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type PageServer, servePage } from "../helpers/page-harness.js";

let browser: Browser;
let server: PageServer;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  server = await servePage();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${server.url}examples/browser/index.html`);
  await page.locator("#status", { hasText: "Ready" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the example page", () => {
  it("shows the shop's declarations, and has not loaded TypeScript yet", async () => {
    await expect(page.locator("#types").textContent()).resolves.toContain("declare namespace shop");
    expect(server.requests).not.toContain("/dist/browser/codemode-typecheck.js");
  });

  it("pauses at each reorder for the page's approval and completes after both", async () => {
    await page.click("#run");
    const prompt = page.locator("#approval-list .approval");
    await expect(prompt.locator("code").textContent()).resolves.toMatch(/TEA-02/);
    expect(server.requests).toContain("/dist/browser/codemode-typecheck.js");
    await expect(page.locator("#output").textContent()).resolves.toMatch(/status: paused/);
    await prompt.getByText("Approve").click();
    await page.locator("#approval-list code", { hasText: "COF-01" }).waitFor();
    await page.locator("#approval-list .approval").getByText("Approve").click();
    await page.locator("#output", { hasText: "status: completed" }).waitFor();
    const output = (await page.locator("#output").textContent()) ?? "";
    expect(output).toContain('"PO-TEA-02-17"');
    expect(output).toContain('"PO-COF-01-20"');
    await expect(page.locator("#approvals").isHidden()).resolves.toBe(true);
  });

  it("refuses a script that does not type-check, before anything runs", async () => {
    await page.fill("#code", 'return await shop.getStock({ skuu: "TEA-01" })');
    await page.click("#run");
    await page.locator("#output", { hasText: "status: failed" }).waitFor();
    await expect(page.locator("#output").textContent()).resolves.toMatch(/skuu/);
  });
});
