import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { canonicalJson } from "../src/core/canonical-json.js";
import { summarizeCall } from "../src/core/summarize-call.js";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { createGatewayServer } from "../src/server/create-gateway-server.js";
import { createHttpApp } from "../src/server/http-app.js";
import { openJournalStore } from "../src/store/open-store.js";
import { nodeServer, SERVER_SCRIPTS } from "./helpers/mcp-servers.js";
import { BIN } from "./helpers/serve-gateway.js";

// One test per finding of an attack review: each would have passed the attack before its fix.

const caught = (call: string) =>
  `try { return await ${call} } catch (e) { return { isToolError: e instanceof ToolError, code: e.code, message: e.message } }`;

describe("what the person approves is what runs", () => {
  it("refuses __proto__ keys at the boundary, and identity keeps every key", async () => {
    const received: unknown[] = [];
    const cm = await createCodeMode({
      functions: {
        bank: { transfer: { needsApproval: true, execute: (args) => received.push(args) } },
      },
    });
    try {
      const outcome = await cm.execute(
        caught(
          `bank.transfer(JSON.parse('{"to":"alice","amount":1,"memo":{"note":"rent","__proto__":{"to":"mallory","amount":1000000}}}'))`,
        ),
      );
      expect(outcome.result).toMatchObject({
        isToolError: true,
        code: "invalid_arguments",
        message: expect.stringContaining('"__proto__" key (at memo.__proto__)'),
      });
      expect(received).toEqual([]);
      expect(await cm.pending()).toEqual([]);
    } finally {
      await cm.close();
    }
    const parsed = JSON.parse('{"b":1,"a":{"__proto__":{"x":2}}}');
    expect(canonicalJson(parsed)).toBe('{"a":{"__proto__":{"x":2}},"b":1}');
  });

  it("judges, shows and makes the call with the validated value: defaults and coercion first", async () => {
    const made: unknown[] = [];
    const cm = await createCodeMode({
      // Untyped, as a script that skips the check sends it.
      typecheck: false,
      functions: {
        bank: {
          transfer: {
            input: z.object({ to: z.string(), amount: z.coerce.number().default(5000) }),
            needsApproval: (args: { amount: number }) => args.amount > 100,
            execute: (args) => {
              made.push(args);
              return "sent";
            },
          },
        },
      },
    });
    try {
      const defaulted = await cm.execute('return await bank.transfer({ to: "x" })');
      expect(defaulted.status).toBe("paused");
      expect(defaulted.pending?.[0]?.args).toEqual({ to: "x", amount: 5000 });
      const coerced = await cm.execute(
        'return await bank.transfer({ to: "y", amount: "1000000" })',
      );
      expect(coerced.status).toBe("paused");
      expect(coerced.pending?.[0]?.args).toEqual({ to: "y", amount: 1000000 });
      expect(made).toEqual([]);
      await cm.approve(coerced.pending?.[0]?.approvalId ?? "");
      expect(made).toEqual([{ to: "y", amount: 1000000 }]);
    } finally {
      await cm.close();
    }
  });

  it("shows every argument that decides a call, however long the others", () => {
    const summary = summarizeCall(undefined, "bank.transfer", {
      memo: "x".repeat(5000),
      to: "mallory-offshore",
      amount: 950000,
    });
    expect(summary).toContain('"to":"mallory-offshore"');
    expect(summary).toContain('"amount":950000');
    expect(summary).toContain("(+4880 chars)");
    expect(summary.length).toBeLessThan(400);
  });
});

describe("what a call may carry", () => {
  it("caps arguments and results, and journals neither whole", async () => {
    const cm = await createCodeMode({
      limits: { maxCallBytes: 100_000 },
      functions: {
        data: {
          big: { execute: () => "y".repeat(1_000_000) },
          echo: { execute: (args) => args },
        },
      },
    });
    try {
      const result = await cm.execute(caught("data.big({})"));
      expect(result.result).toMatchObject({ isToolError: true, code: "result_too_large" });
      const args = await cm.execute(caught('data.echo({ blob: "z".repeat(500_000) })'));
      expect(args.result).toMatchObject({ isToolError: true, code: "call_too_large" });
      const journal = await cm.journal(result.executionId);
      expect(journal.calls).toMatchObject([{ name: "big", state: "failed" }]);
      expect(journal.calls[0]?.result).toBeUndefined();
      expect(JSON.stringify(journal).length).toBeLessThan(10_000);
      expect((await cm.journal(args.executionId)).calls).toEqual([]);
    } finally {
      await cm.close();
    }
  });
});

describe("credentials in every form a server may echo them", () => {
  const TOKEN = "tok_live_5e1f2a3b4c5d6e7f8091";
  let server: Server;
  let origin: string;
  let cm: CodeMode;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const auth = request.headers.authorization ?? "";
      const kind = request.url?.split("/").pop();
      if (kind === "bytes") {
        response.writeHead(200, { "content-type": "application/octet-stream" });
        response.end(Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(auth), Buffer.from([3])]));
      } else if (kind === "utf16") {
        response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        response.end(Buffer.from(`token: ${auth}`, "utf16le"));
      } else if (kind === "base64") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ echo: Buffer.from(`x${auth}`).toString("base64") }));
      } else if (kind === "gzip") {
        response.writeHead(200, { "content-type": "application/gzip" });
        response.end(gzipSync(Buffer.from(`header was ${auth}`)));
      } else if (kind === "fail") {
        response.writeHead(500, { "content-type": "application/octet-stream" });
        response.end(Buffer.from(`bad ${auth}`, "utf16le"));
      } else {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: true, kind }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.ATTACK_TOKEN = TOKEN;
    process.env.PROBE_SECRET = "probe-secret-value-42";
    const spec = {
      openapi: "3.0.3",
      info: { title: "echo", version: "1" },
      paths: {},
    };
    const directory = mkdtempSync(join(tmpdir(), "codemode-attack-"));
    const specFile = join(directory, "spec.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(specFile, JSON.stringify(spec));
    cm = await createCodeMode({
      config: {
        servers: {
          api: {
            openapi: specFile,
            baseUrl: origin,
            headers: { Authorization: `Bearer \${env:ATTACK_TOKEN}` },
          },
          probe: {
            ...nodeServer(SERVER_SCRIPTS.probe),
            env: { GREETING: `hello \${env:PROBE_SECRET}` },
          },
        },
        approval: { allow: ["*"] },
      },
    });
  });
  afterAll(async () => {
    await cm?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  for (const kind of ["bytes", "utf16", "base64", "gzip"]) {
    it(`withholds a body carrying the credential as ${kind}`, async () => {
      const outcome = await cm.execute(caught(`api.request({ path: "/${kind}" })`));
      expect(outcome.result).toMatchObject({ isToolError: true, code: "credential_withheld" });
      expect(JSON.stringify(outcome)).not.toContain(TOKEN);
      expect(JSON.stringify(outcome)).not.toContain(
        Buffer.from(TOKEN).toString("base64").slice(4, 20),
      );
    });
  }

  it("withholds an error body carrying it, and passes clean bodies", async () => {
    const failed = await cm.execute(caught('api.request({ path: "/fail" })'));
    expect(failed.result).toMatchObject({ isToolError: true, code: "http_error" });
    expect(JSON.stringify(failed)).toContain("withheld");
    const clean = await cm.execute('return await api.request({ path: "/clean" })');
    expect(clean.result).toEqual({ ok: true, kind: "clean" });
  });

  it("redacts an MCP upstream's credential from its results", async () => {
    const outcome = await cm.execute("return await probe.env_keys({})");
    expect(JSON.stringify(outcome.result)).not.toContain("probe-secret-value-42");
    expect(outcome.result).toMatchObject({ greeting: "***" });
  });
});

describe("the gateway under unauthenticated load", () => {
  it("refuses a huge body with 413 before reading it, and throttles wrong logins per client", async () => {
    const cm = await createCodeMode({});
    const app = createHttpApp({
      createServer: () => createGatewayServer(cm),
      allowedHosts: ["127.0.0.1"],
      token: "the-right-token",
      api: async () => Response.json({}),
    });
    try {
      let pulled = 0;
      const huge = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1024 * 1024;
          if (pulled > 300 * 1024 * 1024) controller.close();
          else controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
      const response = await app.fetch(
        new Request("http://127.0.0.1/api/session", {
          method: "POST",
          headers: { host: "127.0.0.1", "x-codemode": "1" },
          body: huge,
          duplex: "half",
        } as RequestInit),
      );
      expect(response.status).toBe(413);
      expect(pulled).toBeLessThan(8 * 1024 * 1024);
      const declared = await app.fetch(
        new Request("http://127.0.0.1/mcp", {
          method: "POST",
          headers: {
            host: "127.0.0.1",
            authorization: "Bearer the-right-token",
            "content-length": String(300 * 1024 * 1024),
          },
          body: "{}",
        }),
      );
      expect(declared.status).toBe(413);

      const login = (token: string, remoteAddress: string) =>
        app.fetch(
          new Request("http://127.0.0.1/api/session", {
            method: "POST",
            headers: { host: "127.0.0.1", "x-codemode": "1" },
            body: JSON.stringify({ token }),
          }),
          { remoteAddress },
        );
      for (let attempt = 0; attempt < 10; attempt++)
        expect((await login("wrong", "10.0.0.66")).status).toBe(401);
      expect((await login("the-right-token", "10.0.0.66")).status).toBe(429);
      // Someone else still logs in.
      expect((await login("the-right-token", "10.0.0.7")).status).toBe(200);
    } finally {
      await app.close();
      await cm.close();
    }
  });
});

describe("a decision survives a crash", () => {
  it("resumes an approved execution whose run stopped before it made the call", async () => {
    const folder = join(mkdtempSync(join(tmpdir(), "codemode-decided-")), ".codemode");
    const made: string[] = [];
    const functions = {
      bank: {
        close: {
          needsApproval: true,
          execute: () => {
            made.push("close");
            return "closed";
          },
        },
      },
    };
    const first = await createCodeMode({ functions, store: folder });
    const paused = await first.execute("return await bank.close({})");
    await first.close();
    // What a decider killed with -9 right after claiming the resume leaves behind: the call
    // approved, never started, the execution running under an owner that is gone.
    const store = await openJournalStore(folder, process.cwd());
    const approvalId = paused.pending?.[0]?.approvalId ?? "";
    await store.decideApproval(approvalId, {
      status: "approved",
      decidedAt: Date.now(),
      decidedBy: "ada",
    });
    const [call] = await store.listCalls(paused.executionId);
    if (call) await store.putCall({ ...call, state: "approved" });
    await store.updateExecution(
      paused.executionId,
      { status: "running", owner: `${hostname()}/2147483600/0/gone`, updatedAt: Date.now() },
      ["paused"],
    );
    await store.close();

    const next = await createCodeMode({ functions, store: folder });
    try {
      await next.maintain();
      expect(await next.result(paused.executionId)).toMatchObject({
        status: "completed",
        result: "closed",
      });
      expect(made).toEqual(["close"]);
    } finally {
      await next.close();
    }
  });
});

describe("what a terminal shows", () => {
  it("escapes control characters a script prints, so it cannot paint a fake listing", () => {
    const directory = mkdtempSync(join(tmpdir(), "codemode-ansi-"));
    const run = spawnSync(process.execPath, [BIN, "run", "-"], {
      cwd: directory,
      input: 'console.log("\\u001b[2J\\u001b[Hall clear\\u202e"); return "\\u001b[31mred"',
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u202e");
    expect(run.stdout).toContain("\\u001b[2J\\u001b[Hall clear\\u202e");
    const listed = spawnSync(process.execPath, [BIN, "executions", "list", "--json"], {
      cwd: directory,
      encoding: "utf8",
    });
    const [execution] = JSON.parse(listed.stdout) as { id: string }[];
    const shown = spawnSync(process.execPath, [BIN, "executions", "show", execution?.id ?? ""], {
      cwd: directory,
      encoding: "utf8",
    });
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).not.toContain("\u001b");
    expect(shown.stdout).toContain("\\u001b[2J");
  });
});
