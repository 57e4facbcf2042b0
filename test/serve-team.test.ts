import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import parsePrometheus from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeMode } from "../src/create-code-mode.js";
import { createGatewayServer } from "../src/server/create-gateway-server.js";
import { createHttpApp } from "../src/server/http-app.js";
import { openTelemetryObserver } from "../src/telemetry/open-telemetry.js";
import { DURABLE_CONFIG, durableWorkspace } from "./helpers/cli-workspace.js";
import {
  connectHttp,
  type HttpGatewayProcess,
  INITIALIZE_BODY,
  MCP_POST_HEADERS,
  startHttpGateway,
} from "./helpers/serve-gateway.js";

// Running the gateway for a team: named people with roles, sessions that end, health and
// metrics, logs for machines, a graceful shutdown, traces.

const CONFIG = DURABLE_CONFIG;

function workspace() {
  const space = durableWorkspace("team");
  return { ...space, tokensFile: join(space.directory, "tokens.json") };
}

/** Starts an execution that hangs in `payments.hang`, and waits until its call is under way. */
async function startHanging(client: Client, order: string, effects: () => string[]): Promise<void> {
  void client
    .callTool({
      name: "execute",
      arguments: { code: `await payments.hang({ order: "${order}" })` },
    })
    .catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (!effects().includes(`hang ${order}`) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 25));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("named tokens and roles", () => {
  const space = workspace();
  const tokens: Record<string, string> = {};
  let gateway: HttpGatewayProcess;
  let base: string;

  beforeAll(async () => {
    for (const [name, role] of [
      ["ada", "operator"],
      ["bot", "agent"],
      ["val", "viewer"],
    ] as const) {
      const added = space.cli([
        "credentials",
        "add",
        name,
        "--role",
        role,
        "--tokens",
        space.tokensFile,
      ]);
      expect(added.status, added.stderr).toBe(0);
      tokens[name] = added.stdout.trim();
    }
    const file = JSON.parse(readFileSync(space.tokensFile, "utf8")) as {
      tokens: { name: string; sha256: string }[];
    };
    // The file keeps digests only.
    expect(JSON.stringify(file)).not.toContain(tokens.ada);
    gateway = await startHttpGateway(
      ["--config", CONFIG, "--http", "127.0.0.1:0", "--tokens", space.tokensFile],
      { env: space.env },
    );
    base = gateway.url.replace(/\/mcp$/, "");
  });
  afterAll(async () => gateway?.stop());

  it("lets each role through the routes it may use, and no other", async () => {
    const status = async (path: string, token?: string, init: RequestInit = {}) =>
      (
        await fetch(`${base}${path}`, {
          ...init,
          headers: { ...(token ? bearer(token) : {}), ...(init.headers ?? {}) },
        })
      ).status;
    expect(await status("/api/approvals")).toBe(401);
    expect(await status("/api/approvals", tokens.ada)).toBe(200);
    expect(await status("/api/approvals", tokens.val)).toBe(200);
    expect(await status("/api/approvals", tokens.bot)).toBe(403);
    expect(await status("/api/approvals", "cm_not_a_token")).toBe(401);
    expect(await status("/metrics")).toBe(401);
    expect(await status("/metrics", tokens.val)).toBe(200);
    expect(await status("/metrics", tokens.bot)).toBe(403);
    // On loopback, a health check needs no token.
    expect(await status("/healthz")).toBe(200);
    const initialize = { method: "POST", headers: MCP_POST_HEADERS, body: INITIALIZE_BODY };
    expect(await status("/mcp", tokens.bot, initialize)).toBe(200);
    expect(await status("/mcp", tokens.ada, initialize)).toBe(200);
    expect(await status("/mcp", tokens.val, initialize)).toBe(403);
    expect(await status("/mcp", undefined, initialize)).toBe(401);
    const login = (token: string) =>
      fetch(`${base}/api/session`, {
        method: "POST",
        headers: { "x-codemode": "1", "content-type": "application/json" },
        body: JSON.stringify({ token }),
      });
    expect((await login(tokens.bot ?? "")).status).toBe(403);
    const viewer = await login(tokens.val ?? "");
    expect(await viewer.json()).toMatchObject({ authenticated: true, name: "val", role: "viewer" });
  });

  it("records the deciding operator's name; agents and viewers cannot decide", async () => {
    const { client } = await connectHttp(gateway.url, bearer(tokens.bot ?? ""));
    const result = await client.callTool({
      name: "execute",
      arguments: { code: 'return (await payments.charge({ order: "team", cents: 7 })).chargeId' },
    });
    const paused = result.structuredContent as { pending: { approvalId: string }[] };
    const approvalId = paused.pending[0]?.approvalId ?? "";
    const decide = (token: string) =>
      fetch(`${base}/api/approvals/${approvalId}/approve`, {
        method: "POST",
        headers: { ...bearer(token), "content-type": "application/json" },
        body: JSON.stringify({ by: "ada (security team)" }),
      });
    // The agent's own token cannot approve its call, nor can a viewer.
    expect((await decide(tokens.bot ?? "")).status).toBe(403);
    expect((await decide(tokens.val ?? "")).status).toBe(403);
    expect(space.effects()).toEqual([]);
    const approved = await decide(tokens.val === undefined ? "" : (tokens.ada ?? ""));
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ status: "completed", result: "ch_team" });
    const journal = (await (
      await fetch(`${base}/api/executions?limit=1`, { headers: bearer(tokens.val ?? "") })
    ).json()) as { id: string }[];
    const shown = (await (
      await fetch(`${base}/api/executions/${journal[0]?.id}`, { headers: bearer(tokens.val ?? "") })
    ).json()) as { approvals: { decidedBy?: string }[] };
    // The name comes from the credential, not from the body.
    expect(shown.approvals[0]?.decidedBy).toBe("ada");
    await client.close();
  });

  it("serves health and Prometheus metrics a parser reads", async () => {
    const health = (await (await fetch(`${base}/healthz`)).json()) as {
      status: string;
      store: { ok: boolean };
      sources: { namespace: string; health: string }[];
      pool: { maxConcurrent: number; saturated: boolean };
    };
    expect(health).toMatchObject({
      status: "ok",
      store: { ok: true },
      sources: [{ namespace: "payments", health: "ok" }],
      pool: { saturated: false },
    });
    const text = await (
      await fetch(`${base}/metrics`, { headers: bearer(tokens.val ?? "") })
    ).text();
    const families = parsePrometheus(text) as {
      name: string;
      type: string;
      metrics: { labels?: Record<string, string>; value?: string; count?: string }[];
    }[];
    const family = (name: string) => families.find((entry) => entry.name === name);
    const value = (name: string, labels: Record<string, string>) =>
      Number(
        family(name)?.metrics.find((metric) =>
          Object.entries(labels).every(([key, wanted]) => metric.labels?.[key] === wanted),
        )?.value ?? Number.NaN,
      );
    expect(value("codemode_executions_total", { status: "paused" })).toBeGreaterThanOrEqual(1);
    expect(value("codemode_executions_total", { status: "completed" })).toBeGreaterThanOrEqual(1);
    expect(value("codemode_tool_calls_total", { namespace: "payments", outcome: "waiting" })).toBe(
      1,
    );
    expect(value("codemode_tool_calls_total", { namespace: "payments", outcome: "applied" })).toBe(
      1,
    );
    expect(family("codemode_execution_duration_seconds")?.type).toBe("HISTOGRAM");
    expect(Number(family("codemode_approvals_waiting")?.metrics[0]?.value)).toBe(0);
    expect(family("codemode_queue_depth")).toBeDefined();
    expect(family("codemode_admission_refusals_total")).toBeDefined();
    expect(Number(family("codemode_sessions_open")?.metrics[0]?.value)).toBeGreaterThanOrEqual(0);
    expect(family("codemode_process_resident_memory_bytes")).toBeDefined();
  });
});

function initializeRequest(): Request {
  return new Request("http://127.0.0.1/mcp", {
    method: "POST",
    headers: {
      host: "127.0.0.1",
      ...MCP_POST_HEADERS,
    },
    body: INITIALIZE_BODY,
  });
}

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

describe("MCP sessions that end", () => {
  it("expires 2,000 abandoned sessions, memory back to its baseline, and caps open ones with 503", async () => {
    const cm = await createCodeMode({ functions: { ns: { ping: { execute: () => "pong" } } } });
    const app = createHttpApp({
      createServer: () => createGatewayServer(cm),
      allowedHosts: ["127.0.0.1"],
      sessionIdleMs: 400,
      maxSessions: 2_000,
    });
    try {
      collectGarbage();
      const baseline = process.memoryUsage().heapUsed;
      for (let index = 0; index < 2_000; index++) {
        const response = await app.fetch(initializeRequest());
        expect(response.status).toBe(200);
        await response.text();
      }
      expect(app.sessionCount()).toBeGreaterThan(1_500);
      collectGarbage();
      const full = process.memoryUsage().heapUsed;
      const deadline = Date.now() + 5_000;
      while (app.sessionCount() > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(app.sessionCount()).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      collectGarbage();
      const after = process.memoryUsage().heapUsed;
      // Two thousand sessions hold megabytes; once expired, they are gone.
      expect(full - baseline).toBeGreaterThan(5 * 1024 * 1024);
      expect(after - baseline).toBeLessThan((full - baseline) / 4);
      expect((await app.fetch(initializeRequest())).status).toBe(200);
    } finally {
      await app.close();
    }
    const capped = createHttpApp({
      createServer: () => createGatewayServer(cm),
      allowedHosts: ["127.0.0.1"],
      maxSessions: 5,
    });
    try {
      for (let index = 0; index < 5; index++)
        expect((await capped.fetch(initializeRequest())).status).toBe(200);
      const refused = await capped.fetch(initializeRequest());
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
        /Too many open sessions \(5\)/,
      );
    } finally {
      await capped.close();
      await cm.close();
    }
  });

  it("ends a session's running execution cleanly when the session closes; a paused one stays", async () => {
    const space = workspace();
    const gateway = await startHttpGateway(["--config", CONFIG, "--http", "127.0.0.1:0"], {
      env: space.env,
    });
    try {
      const { client, transport } = await connectHttp(gateway.url);
      const paused = await client.callTool({
        name: "execute",
        arguments: { code: 'await payments.charge({ order: "kept", cents: 1 })' },
      });
      const pausedId = (paused.structuredContent as { executionId: string }).executionId;
      await startHanging(client, "s", space.effects);
      const deadline = Date.now() + 10_000;
      await transport.terminateSession();
      await client.close();
      let listed: { id: string; status: string; error?: { message: string } }[] = [];
      while (Date.now() < deadline) {
        listed = JSON.parse(space.cli(["executions", "list", "--json"]).stdout);
        if (listed.some((execution) => execution.status === "failed")) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const ended = listed.find((execution) => execution.id !== pausedId);
      expect(ended).toMatchObject({
        status: "failed",
        error: { message: expect.stringContaining("its session ended") },
      });
      expect(listed.find((execution) => execution.id === pausedId)?.status).toBe("paused");
    } finally {
      await gateway.stop();
    }
  });
});

describe("logs, shutdown and traces", () => {
  it("writes JSON logs, and on SIGTERM lets runs finish within the grace period, then stops the rest", async () => {
    const space = workspace();
    const gateway = await startHttpGateway(
      [
        "--config",
        CONFIG,
        "--http",
        "127.0.0.1:0",
        "--log-format",
        "json",
        "--grace-period-ms",
        "300",
      ],
      { env: space.env },
    );
    const { client } = await connectHttp(gateway.url);
    const quoted = await client.callTool({
      name: "execute",
      arguments: { code: 'return (await payments.quote({ order: "log" })).cents' },
    });
    const quotedId = (quoted.structuredContent as { executionId: string }).executionId;
    const paused = await client.callTool({
      name: "execute",
      arguments: { code: 'await payments.charge({ order: "survives", cents: 3 })' },
    });
    const pausedId = (paused.structuredContent as { executionId: string }).executionId;
    await startHanging(client, "t", space.effects);
    await gateway.stop();
    expect(gateway.child.exitCode).toBe(0);

    const lines = gateway
      .stderr()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: string; [key: string]: unknown });
    expect(lines[0]).toMatchObject({ event: "start", url: gateway.url });
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "execute", executionId: quotedId, status: "completed" }),
    );
    expect(lines.find((line) => line.event === "execute")?.session).toEqual(expect.any(String));
    expect(lines).toContainEqual(expect.objectContaining({ event: "shutdown", running: 1 }));

    const listed = JSON.parse(space.cli(["executions", "list", "--json"]).stdout) as {
      id: string;
      status: string;
      error?: { message: string };
    }[];
    const stopped = listed.find((execution) => ![quotedId, pausedId].includes(execution.id));
    expect(stopped).toMatchObject({
      status: "failed",
      error: { message: expect.stringContaining("grace period of 300 ms") },
    });
    expect(listed.find((execution) => execution.id === pausedId)?.status).toBe("paused");
    const pending = JSON.parse(space.cli(["approvals", "list", "--json"]).stdout) as unknown[];
    expect(pending).toHaveLength(1);
  });

  it("traces an execution with a child span per call through OpenTelemetry", async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    trace.setGlobalTracerProvider(provider);
    const observer = await openTelemetryObserver();
    expect(observer).toBeDefined();
    const cm = await createCodeMode({
      functions: {
        shop: {
          a: { execute: () => 1 },
          b: {
            execute: () => {
              throw new Error("no");
            },
          },
        },
      },
      observers: observer ? [observer] : [],
    });
    try {
      const result = await cm.execute(
        "await shop.a({}); try { await shop.b({}) } catch {} return 1",
      );
      expect(result.status).toBe("completed");
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      const run = spans.find((span) => span.name === "codemode.execution");
      expect(run?.attributes["codemode.execution.id"]).toBe(result.executionId);
      expect(run?.attributes["codemode.execution.status"]).toBe("completed");
      const calls = spans.filter((span) => span.name.startsWith("codemode.call "));
      expect(calls.map((span) => [span.name, span.attributes["codemode.call.outcome"]])).toEqual([
        ["codemode.call shop.a", "applied"],
        ["codemode.call shop.b", "failed"],
      ]);
      for (const call of calls)
        expect(call.parentSpanContext?.spanId).toBe(run?.spanContext().spanId);
    } finally {
      await cm.close();
      trace.disable();
    }
  });
});
