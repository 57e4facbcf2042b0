// The web console in a real browser: Debian's headless Chromium driven by playwright-core (never
// a browser download), against `codemode serve --http` with a token and the durable fixture.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectHttp,
  type HttpGatewayProcess,
  ROOT,
  startHttpGateway,
} from "./helpers/serve-gateway.js";

const CHROMIUM = "/usr/bin/chromium";
const CONFIG = join(ROOT, "test", "fixtures", "durable", "codemode.config.mjs");
const TOKEN = "console-test-token";
/** Flags that keep Chromium quiet on a closed network. */
const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium, or a failure saying how to install it (never a silent skip). */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Headless Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does this in CI).`,
    );
  return chromium.launch({ executablePath: CHROMIUM, chromiumSandbox: false, args: CHROMIUM_ARGS });
}

/** A script that pauses at `payments.charge` until a person decides. */
const chargeScript = (order: string) =>
  `const q = await payments.quote({ order: "${order}" });\nconsole.log("quoted", q.cents);\nreturn (await payments.charge({ order: "${order}", cents: q.cents })).chargeId;`;

describe("the web console", () => {
  let gateway: HttpGatewayProcess;
  let base: string;
  let effectsFile: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let client: Client;
  const pageErrors: string[] = [];
  /** The execution approved through the console, rolled back later. */
  let approvedExecutionId = "";

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), "codemode-console-"));
    effectsFile = join(directory, "effects.log");
    gateway = await startHttpGateway(
      ["--http", "127.0.0.1:0", "--token", TOKEN, "--config", CONFIG],
      { env: { STORE: join(directory, "store"), EFFECTS_FILE: effectsFile } },
    );
    base = gateway.url.replace(/\/mcp$/, "");
    ({ client } = await connectHttp(gateway.url, { Authorization: `Bearer ${TOKEN}` }));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await client?.close();
    await gateway?.stop();
  });

  /** Starts a script through the MCP gateway (as a model would) and returns its pending approval. */
  async function pausedExecution(order: string) {
    const started = await client.callTool({
      name: "execute",
      arguments: { code: chargeScript(order) },
    });
    const paused = started.structuredContent as {
      status: string;
      executionId: string;
      pending: { approvalId: string }[];
    };
    expect(paused.status).toBe("paused");
    return { executionId: paused.executionId, approvalId: paused.pending[0]?.approvalId ?? "" };
  }

  /** Evaluates an expression in the page (a string: the tests are not compiled against the DOM). */
  const evaluate = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
  const card = (approvalId: string) => page.locator(`article[data-approval-id="${approvalId}"]`);
  const effects = () =>
    existsSync(effectsFile) ? readFileSync(effectsFile, "utf8").trim().split("\n") : [];

  it("refuses a wrong token with a clear message and no session", async () => {
    await page.goto(`${base}/`);
    await page.getByLabel("Token").fill("not-the-token");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Wrong token");
    expect(await context.cookies()).toEqual([]);
    const status = await evaluate<number>(
      'fetch("/api/approvals").then((response) => response.status)',
    );
    expect(status).toBe(401);
    await expect.poll(() => page.getByLabel("Token").getAttribute("aria-invalid")).toBe("true");
  });

  it("logs in: the session is an HttpOnly SameSite=Strict cookie, never in the address or storage", async () => {
    await page.getByLabel("Token").fill(TOKEN);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Approvals", level: 1 }).waitFor();
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(cookies[0]?.value).not.toContain(TOKEN);
    expect(page.url()).not.toContain(TOKEN);
    const stored = await evaluate<number>("localStorage.length + sessionStorage.length");
    expect(stored).toBe(0);
    await expect.poll(() => page.locator(".live").textContent()).toContain("Live");
    await expect.poll(() => page.locator("main").textContent()).toContain("No calls are waiting");
  });

  it("shows a new pending approval live, and approving it completes the execution with its result", async () => {
    // Created after the page is open: only the event stream can bring it.
    const { executionId, approvalId } = await pausedExecution("live");
    approvedExecutionId = executionId;
    await card(approvalId).waitFor();
    await expect
      .poll(() => page.locator("#announcer").textContent())
      .toContain("New approval waiting");
    const shown = card(approvalId);
    expect(await shown.getByRole("heading").textContent()).toBe("payments.charge");
    expect(await shown.textContent()).toContain('payments.charge({"order":"live","cents":1250})');
    expect(await shown.locator(".json").textContent()).toContain('"cents": 1250');
    // The pending call's line is highlighted in the execution's code.
    const marked = shown.locator("mark.line");
    expect(await marked.count()).toBe(1);
    expect(await marked.getAttribute("data-line")).toBe("3");
    expect(await marked.textContent()).toContain("payments.charge(");
    expect(await shown.textContent()).toMatch(/Requested .+ · expires in 7 d/);
    await expect.poll(() => page.locator(".count").textContent()).toContain("1");

    await shown.getByRole("button", { name: "Approve" }).click();
    await expect
      .poll(() => page.locator(".notice").textContent())
      .toContain('Approved payments.charge. The execution completed with "ch_live"');
    await expect.poll(() => card(approvalId).count()).toBe(0);
    await page.getByRole("link", { name: /View execution/ }).click();
    await page.getByRole("heading", { name: `Execution ${executionId.slice(0, 8)}` }).waitFor();
    await expect.poll(() => page.locator(".status-line .badge").textContent()).toBe("completed");
    expect(await page.locator(".result").textContent()).toContain('"ch_live"');
    expect(await page.locator(".output").textContent()).toBe("quoted 1250");
    const timeline = page.locator(".timeline");
    expect(await timeline.locator(".call").count()).toBe(2);
    expect(await timeline.locator(".call").nth(1).textContent()).toMatch(
      /payments\.charge.*applied.*approved by console/s,
    );
    expect(effects()).toEqual(["quote live", "charge live 1250"]);
  });

  it("rejects one with a reason: the script sees the rejection and the journal keeps the reason", async () => {
    await page.getByRole("link", { name: "Approvals", exact: false }).first().click();
    const { executionId, approvalId } = await pausedExecution("nope");
    await card(approvalId).waitFor();
    await card(approvalId)
      .getByLabel(/Reason/)
      .fill("not this customer");
    await card(approvalId).getByRole("button", { name: "Reject" }).click();
    await expect
      .poll(() => page.locator(".notice").textContent())
      .toMatch(/Rejected payments\.charge\. The execution ended rejected: .*not this customer/);
    await page.goto(`${base}/#/executions/${executionId}`);
    await expect.poll(() => page.locator(".status-line .badge").textContent()).toBe("rejected");
    expect(await page.locator(".timeline").textContent()).toMatch(
      /rejected by console.*not this customer/s,
    );
    expect(await page.locator(".error-text").first().textContent()).toContain(
      "ApprovalRejectedError",
    );
    expect(effects()).not.toContain("charge nope 1250");
  });

  it("drops an approval decided elsewhere, live", async () => {
    await page.goto(`${base}/#/approvals`);
    const { approvalId } = await pausedExecution("elsewhere");
    await card(approvalId).waitFor();
    const decided = await fetch(`${base}/api/approvals/${approvalId}/approve`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ by: "another-tab" }),
    });
    expect(decided.status).toBe(200);
    await expect.poll(() => card(approvalId).count()).toBe(0);
    await expect
      .poll(() => page.locator("#announcer").textContent())
      .toContain("An approval was decided elsewhere");
  });

  it("lists and filters executions", async () => {
    await page.getByRole("link", { name: "Executions", exact: true }).click();
    await page.getByRole("heading", { name: "Executions", level: 1 }).waitFor();
    await expect.poll(() => page.locator("tbody tr").count()).toBe(3);
    await page.getByLabel("Status").selectOption("rejected");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    expect(await page.locator("tbody tr").textContent()).toContain("rejected");
    expect(page.url()).toContain("status=rejected");
    await page.getByLabel("Status").selectOption("");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(3);
    await page.getByRole("searchbox", { name: "Search" }).fill("elsewhere");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    await expect
      .poll(() => page.locator("tbody tr").textContent())
      .toMatch(/completed.*payments\.quote\(\{ order: "elsewhere" \}\)/s);
  });

  it("rolls an execution back through a confirmation that lists what will and will not be undone", async () => {
    await page.goto(`${base}/#/executions/${approvedExecutionId}`);
    await page.getByRole("button", { name: "Roll back…" }).click();
    const dialog = page.getByRole("dialog", { name: /Roll back execution/ });
    await dialog.locator(".plan-will-undo").waitFor();
    expect(await dialog.locator(".plan-will-undo").textContent()).toMatch(
      /Will be undone \(1\).*payments\.charge.*revert of payments\.charge/s,
    );
    expect(await dialog.locator(".plan-cannot-undo").textContent()).toMatch(
      /Cannot be undone \(1\).*payments\.quote.*no compensation/s,
    );
    // Focus starts on the harmless choice.
    expect(await evaluate<string>("document.activeElement?.textContent")).toBe("Cancel");
    await dialog.getByRole("button", { name: "Roll back", exact: true }).click();
    await expect
      .poll(() => page.locator(".notice").textContent())
      .toBe("Rolled back: 1 call undone, 1 could not be undone.");
    await expect.poll(() => page.locator(".status-line .badge").textContent()).toBe("rolled back");
    expect(await page.locator(".timeline").textContent()).toContain("Rolled back");
    expect(effects()).toContain("refund live");
    expect(await page.getByRole("button", { name: "Roll back…" }).count()).toBe(0);
  });

  it("shows the catalog: sources with their health, operations by search, and a declaration", async () => {
    await page.getByRole("link", { name: "Catalog", exact: true }).click();
    const source = page.locator("table.sources tbody tr");
    await expect.poll(() => source.textContent()).toMatch(/payments.*host functions.*ok.*3/s);
    await expect.poll(() => page.locator(".operations li").count()).toBe(3);
    await page.getByRole("searchbox", { name: "Search operations" }).fill("charge card");
    await expect
      .poll(() => page.locator(".operations li").first().textContent())
      .toContain("payments.charge");
    await page.getByRole("link", { name: "payments.charge" }).click();
    await expect
      .poll(() => page.locator(".declaration").textContent())
      .toContain("function charge(input: { order: string; cents: number })");
    expect(page.url()).toContain("#/catalog/payments.charge");
  });

  it("is keyboard operable and fits a 375 px wide screen", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      for (const hash of ["#/approvals", "#/executions", "#/catalog/payments.charge"]) {
        await page.goto(`${base}/${hash}`);
        await page.locator("h1").waitFor();
        await page.waitForTimeout(200);
        const width = await evaluate<number>("document.documentElement.scrollWidth");
        expect(width, hash).toBeLessThanOrEqual(375);
      }
      // The skip link comes first, and moves focus to the page.
      await page.goto("about:blank");
      await page.goto(`${base}/#/executions`);
      await page.locator("h1").waitFor();
      await page.keyboard.press("Tab");
      expect(await evaluate<string>("document.activeElement?.textContent")).toBe("Skip to content");
      await page.keyboard.press("Enter");
      expect(await evaluate<string>("document.activeElement?.id")).toBe("main");
      // Every form control has a label.
      const unlabelled = await evaluate<number>(
        '[...document.querySelectorAll("input, select, textarea")].filter((control) => control.labels.length === 0).length',
      );
      expect(unlabelled).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it("approves a model's draft in the Scripts view, showing its code and the execution it came from", async () => {
    const drafted = await client.callTool({
      name: "execute",
      arguments: {
        code: "const quote = await payments.quote({ order: input.order });\nreturn quote.cents;",
        input: { order: "s_1" },
        saveAs: {
          name: "quoteCents",
          description: "The price of an order, in cents",
          input: { type: "object", properties: { order: { type: "string" } }, required: ["order"] },
        },
      },
    });
    const { executionId } = drafted.structuredContent as { executionId: string };
    expect(drafted.structuredContent).toMatchObject({ saved: { status: "draft" } });
    await page.goto(`${base}/#/scripts`);
    await page.getByRole("heading", { name: "Scripts", level: 1 }).waitFor();
    const script = page.locator('li[data-script="quoteCents"]');
    await expect.poll(() => script.textContent()).toContain("Draft version 1, saved by model");
    expect(await script.locator("figure").textContent()).toContain(
      "payments.quote({ order: input.order })",
    );
    expect(await script.getByRole("link").getAttribute("href")).toBe(
      `#/executions/${encodeURIComponent(executionId)}`,
    );
    await script.getByRole("button", { name: "Approve draft v1" }).click();
    await expect
      .poll(() => page.locator(".outcomes").textContent())
      .toContain("Approved scripts.quoteCents version 1: scripts can call it now.");
    await expect.poll(() => script.locator(".badge").textContent()).toBe("approved");
    expect(await script.getByRole("button").count()).toBe(0);
    const called = await client.callTool({
      name: "execute",
      arguments: { code: 'return await scripts.quoteCents({ order: "s_2" })' },
    });
    expect(called.structuredContent).toMatchObject({ status: "completed", result: 1250 });
    expect(pageErrors).toEqual([]);
  });

  it("logs out: the cookie is cleared and the API refuses the page again", async () => {
    await page.goto(`${base}/#/approvals`);
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByLabel("Token").waitFor();
    expect(await context.cookies()).toEqual([]);
    const status = await evaluate<number>(
      'fetch("/api/executions").then((response) => response.status)',
    );
    expect(status).toBe(401);
    expect(pageErrors).toEqual([]);
  });
});

describe("the web console without a token (loopback)", () => {
  let gateway: HttpGatewayProcess;
  let browser: Browser;

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), "codemode-console-open-"));
    gateway = await startHttpGateway(["--http", "127.0.0.1:0", "--config", CONFIG], {
      env: { STORE: join(directory, "store"), EFFECTS_FILE: join(directory, "effects.log") },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it("opens without a login", async () => {
    const page = await browser.newPage();
    await page.goto(gateway.url.replace(/\/mcp$/, "/"));
    await page.getByRole("heading", { name: "Approvals", level: 1 }).waitFor();
    expect(await page.getByLabel("Token").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Log out" }).isVisible()).toBe(false);
    await expect.poll(() => page.locator(".live").textContent()).toContain("Live");
  });
});
