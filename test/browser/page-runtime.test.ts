// The page build (dist/browser/codemode.js) in headless Chromium: imported by a plain page on
// loopback, scripts in its Web Worker, the page's functions, limits, approvals, IndexedDB.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeMode, CodeModeOptions, ExecutionResult } from "../../src/index.js";
import { launchChromium, type PageServer, servePage } from "../helpers/page-harness.js";

/** What the harness page holds: the page build's exports, and runtimes the tests made. */
interface PageScope {
  codemode: { createCodeMode(options: CodeModeOptions): Promise<CodeMode> };
  runtime: CodeMode;
}

let browser: Browser;
let server: PageServer;
let page: Page;
const pageRequests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  server = await servePage();
  page = await browser.newPage();
  page.on("request", (request) => pageRequests.push(request.url()));
  await page.goto(server.url);
  await page.waitForFunction(() => "codemode" in globalThis);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A runtime in the page with the shop's functions; `reorder` asks a person first. */
async function shopRuntime(store?: string): Promise<void> {
  await page.evaluate(async (store) => {
    const { codemode } = globalThis as unknown as PageScope;
    const calls: unknown[] = [];
    (globalThis as unknown as { shopCalls: unknown[] }).shopCalls = calls;
    (globalThis as unknown as PageScope).runtime = await codemode.createCodeMode({
      typecheck: false,
      ...(store ? { store } : {}),
      config: { approval: { require: ["shop.reorder"] } },
      functions: {
        shop: {
          getStock: {
            description: "Units in stock for a SKU.",
            input: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] },
            execute: ({ sku }: { sku: string }) => {
              calls.push(["getStock", sku]);
              const { pathname } = (globalThis as unknown as { location: URL }).location;
              return { sku, units: sku === "TEA-01" ? 3 : 40, page: pathname };
            },
          },
          reorder: {
            description: "Orders more units of a SKU.",
            input: {
              type: "object",
              properties: { sku: { type: "string" }, units: { type: "number" } },
              required: ["sku", "units"],
            },
            execute: ({ sku, units }: { sku: string; units: number }) => {
              calls.push(["reorder", sku, units]);
              return { orderId: `PO-${sku}-${units}` };
            },
          },
        },
      },
    });
  }, store);
}

const execute = (code: string, options: { timeoutMs?: number } = {}) =>
  page.evaluate(
    ({ code, timeoutMs }) =>
      (globalThis as unknown as PageScope).runtime.execute(
        code,
        timeoutMs ? { limits: { timeoutMs } } : {},
      ),
    { code, ...options },
  ) as Promise<ExecutionResult>;

describe("the page build in Chromium", () => {
  beforeAll(() => shopRuntime());
  afterAll(() => page.evaluate(() => (globalThis as unknown as PageScope).runtime.close()));

  it("runs a script that calls a function of the page, with the page's own context", async () => {
    const result = await execute(
      'const stock = await shop.getStock({ sku: "TEA-01" });\nconsole.log("stock", stock);\nreturn stock.units * 2;',
    );
    expect(result).toMatchObject({ status: "completed", result: 6 });
    expect(result.logs).toEqual(["stock { sku: 'TEA-01', units: 3, page: '/' }"]);
  });

  it("gives the script no fetch, DOM, importScripts or network, and no request leaves", async () => {
    const before = pageRequests.length;
    const served = server.requests.length;
    const probe = await execute(
      "return [typeof fetch, typeof XMLHttpRequest, typeof importScripts, typeof document, typeof self, typeof postMessage, typeof WebSocket]",
    );
    expect(probe.result).toEqual(Array(7).fill("undefined"));
    const leak = await execute(`await fetch("${server.url}leak"); return "sent"`);
    expect(leak.status).toBe("failed");
    expect(leak.error?.message).toMatch(/'?fetch'? is not defined/);
    const viaConstructor = await execute(
      `const f = (function () { return this })().constructor.constructor("return typeof fetch")(); return f`,
    );
    expect(viaConstructor.result).toBe("undefined");
    expect(pageRequests.slice(before)).toEqual([]);
    expect(server.requests.slice(served)).toEqual([]);
  });

  it("stops while (true) {} at its time limit while the page's timers keep firing", async () => {
    const { result, ticks } = await page.evaluate(async () => {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 20);
      const result = await (globalThis as unknown as PageScope).runtime.execute("while (true) {}", {
        limits: { timeoutMs: 1000 },
      });
      clearInterval(timer);
      return { result, ticks };
    });
    expect(result.status).toBe("failed");
    expect(result.error?.code).toMatch(/^(timeout|cpu_limit)$/);
    // About 50 in one second when the page is free; a blocked main thread would fire none.
    expect(ticks).toBeGreaterThan(15);
    // The worker that ran it is fit for the next run.
    expect((await execute("return 6 * 7")).result).toBe(42);
  });

  it("pauses at the approval gate and resumes once the page approves", async () => {
    const paused = await execute(
      'const { units } = await shop.getStock({ sku: "TEA-01" });\nconst id = crypto.randomUUID();\nconsole.log(id);\nconst order = await shop.reorder({ sku: "TEA-01", units: 20 - units });\nreturn { order, id, at: Date.now() };',
    );
    expect(paused.status).toBe("paused");
    const [drawn] = paused.logs;
    expect(paused.pending?.[0]).toMatchObject({
      path: "shop.reorder",
      args: { sku: "TEA-01", units: 17 },
    });
    const resumed = (await page.evaluate(
      (approvalId) =>
        (globalThis as unknown as PageScope).runtime.approve(approvalId, { by: "page user" }),
      paused.pending?.[0]?.approvalId ?? "",
    )) as ExecutionResult;
    // The resumed run replays the journal: the same UUID, not a new one.
    expect(resumed).toMatchObject({
      status: "completed",
      result: { order: { orderId: "PO-TEA-01-17" }, id: drawn },
    });
    const calls = await page.evaluate(
      () => (globalThis as unknown as { shopCalls: unknown[] }).shopCalls,
    );
    expect(calls.filter((call) => (call as string[])[0] === "reorder")).toEqual([
      ["reorder", "TEA-01", 17],
    ]);
  });
});

describe("the README's library example in a page", () => {
  it("runs unchanged but for the store (in memory, the default)", async () => {
    const outcome = await page.evaluate(async () => {
      const { createCodeMode } = (globalThis as unknown as PageScope).codemode;
      const cm = await createCodeMode({
        functions: {
          crm: {
            findCustomer: {
              description: "Find a customer by email",
              input: {
                type: "object",
                properties: { email: { type: "string" } },
                required: ["email"],
              },
              execute: async ({ email }: { email: string }) => ({ id: "c_1", email }),
            },
            deleteCustomer: {
              input: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
              execute: async ({ id }: { id: string }) => ({ deleted: id }),
              needsApproval: true,
              revert: async () => {},
            },
          },
        },
        typecheck: false,
      });
      const found = await cm.execute(
        `const c = await crm.findCustomer({ email: "ada@example.com" }); return c.id`,
      );
      const paused = await cm.execute(`return await crm.deleteCustomer({ id: "c_1" })`);
      const approvalId = paused.pending?.[0]?.approvalId ?? "";
      const approved = await cm.approve(approvalId, { by: "ada" });
      const rolledBack = await cm.rollback(approved.executionId);
      const hits = await cm.search("customer by email");
      const described = await cm.describe("crm.findCustomer");
      const prompt = cm.systemPrompt.length;
      await cm.close();
      return { found, paused: paused.status, approved, rolledBack, hits, described, prompt };
    });
    expect(outcome.found).toMatchObject({ status: "completed", result: "c_1" });
    expect(outcome.paused).toBe("paused");
    expect(outcome.approved).toMatchObject({ status: "completed", result: { deleted: "c_1" } });
    expect(outcome.rolledBack.steps[0]).toMatchObject({ path: "crm.deleteCustomer" });
    expect(outcome.hits[0]?.path).toBe("crm.findCustomer");
    expect(outcome.described).toMatch(/function findCustomer/);
    expect(outcome.prompt).toBeGreaterThan(500);
  });
});

describe("the IndexedDB journal in Chromium", () => {
  it("keeps a paused execution across a reload, and the page approves it after", async () => {
    await shopRuntime("indexeddb:reload-test");
    const paused = await execute(
      'const { units } = await shop.getStock({ sku: "TEA-02" });\nreturn await shop.reorder({ sku: "TEA-02", units: 50 - units });',
    );
    expect(paused.status).toBe("paused");
    await page.reload();
    await page.waitForFunction(() => "codemode" in globalThis);
    await shopRuntime("indexeddb:reload-test");
    const pending = await page.evaluate(() =>
      (globalThis as unknown as PageScope).runtime.pending(),
    );
    expect(pending.map(({ executionId, path }) => ({ executionId, path }))).toEqual([
      { executionId: paused.executionId, path: "shop.reorder" },
    ]);
    const resumed = (await page.evaluate(
      (approvalId) => (globalThis as unknown as PageScope).runtime.approve(approvalId),
      pending[0]?.id ?? "",
    )) as ExecutionResult;
    expect(resumed).toMatchObject({ status: "completed", result: { orderId: "PO-TEA-02-10" } });
    // The reloaded page made only the approved call: the stock was replayed from the journal.
    const calls = await page.evaluate(
      () => (globalThis as unknown as { shopCalls: unknown[] }).shopCalls,
    );
    expect(calls).toEqual([["reorder", "TEA-02", 10]]);
    await page.evaluate(() => (globalThis as unknown as PageScope).runtime.close());
  });
});
