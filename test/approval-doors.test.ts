import { mkdtemp, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../src/config/config.js";
import { type CodeMode, type CodeModeOptions, createCodeMode } from "../src/create-code-mode.js";
import { nodeServer, SERVER_SCRIPTS } from "./helpers/mcp-servers.js";
import { type EchoServer, startEchoServer } from "./helpers/openapi-server.js";

// Every door a script has to a call, judged by the approval policy: a real spec (Swagger's
// petstore, from @readme/oas-examples) served by a loopback server that records what it
// receives, an MCP server whose tools carry each combination of annotations and record what they
// did, the reference filesystem server, and host functions. For each door: does the call run,
// wait for a person, or get refused, and was anything that needed approval made before it?

const PETSTORE = new URL(
  "../node_modules/@readme/oas-examples/3.0/json/petstore.json",
  import.meta.url,
).pathname;
const ANNOTATED = new URL("./helpers/annotated-mcp-server.mjs", import.meta.url).pathname;

type Expected = "runs" | "waits" | "refused" | "blocked";

interface Door {
  name: string;
  code: string;
  expected: Expected;
  /** The error code a refused or blocked call throws in the script. */
  error?: string;
  /** Part of the reason a waiting call gives. */
  reason?: string | RegExp;
}

let server: EchoServer;
let directory: string;
let effectsFile: string;
const effects: string[] = [];

async function madeEffects(): Promise<string[]> {
  const text = await readFile(effectsFile, "utf8").catch(() => "");
  return text.split("\n").filter(Boolean);
}

async function runtime(
  approval: NonNullable<Config["approval"]>,
  options: Partial<CodeModeOptions> = {},
): Promise<CodeMode> {
  return createCodeMode({
    config: {
      servers: {
        api: { openapi: PETSTORE, baseUrl: `${server.origin}/v1` },
        mcp: { command: process.execPath, args: [ANNOTATED], env: { EFFECTS_FILE: effectsFile } },
        fs: nodeServer(SERVER_SCRIPTS.filesystem, directory),
      },
      approval,
    },
    functions: {
      bank: {
        balance: { execute: () => 100 },
        transfer: {
          input: {
            type: "object",
            properties: { to: { type: "string" }, amount: { type: "number" } },
            required: ["to", "amount"],
          },
          needsApproval: (args: { amount: number }) => args.amount > 10,
          execute: (args: { to: string; amount: number }) => {
            effects.push(`transfer ${args.to} ${args.amount}`);
            return { ok: true };
          },
        },
        close: {
          needsApproval: true,
          execute: () => {
            effects.push("close");
            return { closed: true };
          },
        },
      },
    },
    typecheck: false,
    ...options,
  });
}

/** Runs one door and checks its outcome; a waiting call is then approved and made once. */
async function tryDoor(cm: CodeMode, door: Door): Promise<void> {
  const sentBefore = server.received.length;
  const madeBefore = (await madeEffects()).length;
  const effectsBefore = effects.length;
  const outcome = await cm.execute(door.code);
  const label = `${door.name}: ${JSON.stringify(outcome.error ?? outcome.pending ?? outcome.result)}`;
  const nothingMade = () => {
    expect(server.received.length, label).toBe(sentBefore);
    expect(effects.length, label).toBe(effectsBefore);
  };
  switch (door.expected) {
    case "runs":
      expect(outcome.status, label).toBe("completed");
      return;
    case "waits": {
      expect(outcome.status, label).toBe("paused");
      nothingMade();
      expect((await madeEffects()).length, label).toBe(madeBefore);
      if (door.reason) expect(outcome.pending?.[0]?.reason, label).toMatch(door.reason);
      let result = outcome;
      for (let round = 0; round < 5 && result.status === "paused"; round++) {
        for (const pending of result.pending ?? []) result = await cm.approve(pending.approvalId);
      }
      expect(result.status, `${label} → ${JSON.stringify(result.error)}`).toBe("completed");
      return;
    }
    case "refused":
    case "blocked": {
      // The script catches the error and returns what it saw.
      expect(outcome.status, label).toBe("completed");
      expect(outcome.result, label).toMatchObject({ isToolError: true, code: door.error });
      nothingMade();
      expect((await madeEffects()).length, label).toBe(madeBefore);
      return;
    }
  }
}

/** A script that makes one call and returns what a failure looked like from inside. */
const caught = (call: string) =>
  `try { await ${call}; return "made" } catch (e) { return { isToolError: e instanceof ToolError, code: e.code, name: e.name, message: e.message } }`;

beforeAll(async () => {
  server = await startEchoServer();
  directory = await realpath(await mkdtemp(join(tmpdir(), "codemode-doors-")));
  effectsFile = join(directory, "effects.log");
  await writeFile(effectsFile, "");
});

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("the default policy (approval.mode annotations), door by door", () => {
  let cm: CodeMode;
  beforeAll(async () => {
    cm = await runtime({});
  });
  afterAll(async () => cm?.close());

  const doors: Door[] = [
    // Typed operations
    { name: "typed GET", code: "await api.getPetById({ petId: 1 })", expected: "runs" },
    {
      name: "typed POST",
      code: 'await api.addPet({ body: { name: "rex", photoUrls: [] } })',
      expected: "waits",
      reason: "POST changes data at /pet",
    },
    { name: "typed DELETE", code: "await api.deletePet({ petId: 1 })", expected: "waits" },
    // request() with every method, in mixed case
    ...["GET", "get", "Head", "options"].map(
      (method): Door => ({
        name: `request ${method}`,
        code: `await api.request({ method: "${method}", path: "/pet/1" })`,
        expected: "runs",
      }),
    ),
    ...["POST", "post", "Put", "pATCH", "delete", "DELETE"].map(
      (method): Door => ({
        name: `request ${method}`,
        code: `await api.request({ method: "${method}", path: "/pet/1", body: { name: "x" } })`,
        expected: "waits",
        reason: new RegExp(`^${method.toUpperCase()} changes data`),
      }),
    ),
    {
      name: "request POST to a declared route: judged as that operation",
      code: 'await api.request({ method: "POST", path: "/store/order", body: { petId: 1 } })',
      expected: "waits",
      reason: /POST changes data at \/store\/order$/,
    },
    {
      name: "request PATCH to a path the spec does not declare",
      code: 'await api.request({ method: "PATCH", path: "/v2/refunds/9", body: {} })',
      expected: "waits",
      reason: /a route the spec does not declare/,
    },
    // Method overrides
    ...[
      "X-HTTP-Method-Override",
      "x-http-method-override",
      "X-Method-Override",
      "X-HTTP-Method",
    ].map(
      (header): Door => ({
        name: `GET with ${header}: DELETE`,
        code: `await api.request({ method: "GET", path: "/pet/1", headers: { "${header}": "delete" } })`,
        expected: "waits",
        reason: /^DELETE changes data/,
      }),
    ),
    {
      name: "POST overridden to GET is still judged a POST",
      code: 'await api.request({ method: "POST", path: "/pet/1", headers: { "X-HTTP-Method-Override": "GET" } })',
      expected: "waits",
    },
    // Paths that leave the API
    ...[
      "/../admin",
      "/%2e%2e/admin",
      "/%2E%2E/%2E%2E/admin",
      "/pet/..%2F..%2Fadmin",
      "/pet/%252e%252e/x",
      "/pet\\\\..\\\\..\\\\admin",
    ].map(
      (path): Door => ({
        name: `request to ${path}`,
        code: caught(`api.request({ method: "GET", path: ${JSON.stringify(path)} })`),
        expected: "refused",
        error: "request_refused",
      }),
    ),
    {
      name: "a path parameter that climbs out",
      code: caught('api.request({ path: "/pet/{id}", params: { id: "../../admin" } })'),
      expected: "refused",
      error: "request_refused",
    },
    {
      name: "a typed operation's path parameter that climbs out",
      code: caught('api.getPetById({ petId: ".." })'),
      expected: "refused",
      error: "request_refused",
    },
    {
      name: "protocol-relative URL",
      code: caught('api.request({ method: "DELETE", path: "//evil.example/pet/1" })'),
      expected: "refused",
      error: "request_refused",
    },
    {
      name: "absolute URL on another origin",
      code: caught('api.request({ method: "GET", path: "http://127.0.0.2:9/steal" })'),
      expected: "refused",
      error: "origin_refused",
    },
    {
      name: "absolute URL on the origin, outside the base path",
      code: caught('api.request({ method: "GET", path: "ORIGIN/admin" })'),
      expected: "refused",
      error: "request_refused",
    },
    // MCP tools, each combination of annotations
    { name: "MCP tool with no annotations", code: "await mcp.say_nothing({})", expected: "waits" },
    { name: "MCP readOnlyHint", code: "await mcp.read_only({})", expected: "runs" },
    { name: "MCP destructiveHint false", code: "await mcp.additive({})", expected: "waits" },
    {
      name: "MCP destructiveHint true",
      code: "await mcp.destructive({})",
      expected: "waits",
      reason: "the tool is annotated destructive",
    },
    { name: "MCP idempotentHint only", code: "await mcp.idempotent_only({})", expected: "waits" },
    {
      name: "MCP readOnlyHint with destructiveHint",
      code: "await mcp.read_only_and_destructive({})",
      expected: "runs",
    },
    {
      name: "reference filesystem server: create_directory (not read-only)",
      code: `await fs.create_directory({ path: ${JSON.stringify(join("DIR", "made"))} })`,
      expected: "waits",
      reason: /not annotated read-only/,
    },
    {
      name: "reference filesystem server: list_directory (read-only)",
      code: `await fs.list_directory({ path: ${JSON.stringify("DIR")} })`,
      expected: "runs",
    },
    // Host functions
    { name: "host function", code: "await bank.balance({})", expected: "runs" },
    {
      name: "host function needsApproval(args) under its threshold",
      code: 'await bank.transfer({ to: "ada", amount: 5 })',
      expected: "runs",
    },
    {
      name: "host function needsApproval(args) over it",
      code: 'await bank.transfer({ to: "ada", amount: 500 })',
      expected: "waits",
    },
    // Concurrency: every gated call of a Promise.all waits, the rest is made
    {
      name: "Promise.all over every kind",
      code: `await Promise.all([
        api.getPetById({ petId: 1 }),
        api.request({ method: "delete", path: "/pet/2" }),
        api.request({ method: "GET", path: "/pet/3", headers: { "X-HTTP-Method-Override": "PUT" } }),
        mcp.say_nothing({ value: "all" }),
        bank.close({}),
      ])`,
      expected: "waits",
    },
    // After a resume: the approved call is made, the next gated one waits again
    {
      name: "a gated call after a resume",
      code: `await bank.close({});
        await api.request({ method: "POST", path: "/pet", body: { name: "after resume" } });
        return "done"`,
      expected: "waits",
    },
  ];

  for (const door of doors) {
    it(door.name, async () => {
      const code = door.code.replaceAll("ORIGIN", server.origin).replaceAll("DIR", directory);
      await tryDoor(cm, { ...door, code });
    });
  }

  it("makes the approved calls exactly as they were judged, once", async () => {
    const before = server.received.length;
    const paused = await cm.execute(
      'await api.request({ method: "GET", path: "/pet/7", headers: { "X-HTTP-Method-Override": "DELETE" } }); return "ok"',
    );
    expect(paused.status).toBe("paused");
    expect(server.received.length).toBe(before);
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done.status).toBe("completed");
    expect(server.received.slice(before)).toMatchObject([
      { method: "GET", url: "/v1/pet/7", headers: { "x-http-method-override": "DELETE" } },
    ]);
  });

  it("records which MCP tools were really made: only the approved ones, once each", async () => {
    const made = await madeEffects();
    const count = (name: string) => made.filter((line) => line.startsWith(`${name}:`)).length;
    expect(count("say-nothing")).toBe(2);
    expect(count("additive")).toBe(1);
    expect(count("destructive")).toBe(1);
    expect(count("read-only")).toBe(1);
    await expect(stat(join(directory, "made"))).resolves.toBeTruthy();
  });
});

describe("approval.mode and globs", () => {
  it('"destructive-only" lets additive tools and POST run, holds the rest', async () => {
    const cm = await runtime({ mode: "destructive-only" });
    try {
      await tryDoor(cm, { name: "none", code: "await mcp.say_nothing({})", expected: "waits" });
      await tryDoor(cm, { name: "additive", code: "await mcp.additive({})", expected: "runs" });
      await tryDoor(cm, { name: "destr.", code: "await mcp.destructive({})", expected: "waits" });
      await tryDoor(cm, {
        name: "POST",
        code: 'await api.request({ method: "POST", path: "/pet", body: {} })',
        expected: "runs",
      });
      await tryDoor(cm, {
        name: "DELETE",
        code: 'await api.request({ method: "DELETE", path: "/pet/1" })',
        expected: "waits",
      });
    } finally {
      await cm.close();
    }
  });

  it('"all" holds even tools that say they only read', async () => {
    const cm = await runtime({ mode: "all" });
    try {
      await tryDoor(cm, { name: "read-only", code: "await mcp.read_only({})", expected: "waits" });
      await tryDoor(cm, {
        name: "GET",
        code: "await api.getPetById({ petId: 1 })",
        expected: "waits",
      });
    } finally {
      await cm.close();
    }
  });

  it("a request() to a declared route gets that operation's globs; upstream names match too", async () => {
    const cm = await runtime({
      allow: ["api.updatePet", "mcp.say-nothing"],
      block: ["api.deletePet", "mcp.destructive"],
    });
    try {
      await tryDoor(cm, {
        name: "PUT /pet is updatePet, allowed",
        code: 'await api.request({ method: "put", path: "/pet", body: { name: "x" } })',
        expected: "runs",
      });
      await tryDoor(cm, {
        name: "the upstream name say-nothing is allowed",
        code: "await mcp.say_nothing({})",
        expected: "runs",
      });
      await tryDoor(cm, {
        name: "DELETE /pet/9 is deletePet, blocked",
        code: caught('api.request({ method: "DELETE", path: "/pet/9" })'),
        expected: "blocked",
        error: "blocked",
      });
      await tryDoor(cm, {
        name: "override to DELETE on /pet/9 is deletePet too",
        code: caught(
          'api.request({ path: "/pet/9", headers: { "X-HTTP-Method-Override": "DELETE" } })',
        ),
        expected: "blocked",
        error: "blocked",
      });
      await tryDoor(cm, {
        name: "typed deletePet, blocked",
        code: caught("api.deletePet({ petId: 9 })"),
        expected: "blocked",
        error: "blocked",
      });
      await tryDoor(cm, {
        name: "MCP tool blocked",
        code: caught("mcp.destructive({})"),
        expected: "blocked",
        error: "blocked",
      });
      const outcome = await cm.execute(caught("api.deletePet({ petId: 9 })"));
      expect(outcome.result).toMatchObject({
        name: "CallBlockedError",
        message: expect.stringMatching(/approval\.block matches api\.deletePet/),
      });
      // The attempt is on record in the journal.
      const journal = await cm.journal(outcome.executionId);
      expect(journal.calls).toMatchObject([
        { namespace: "api", name: "deletePet", state: "failed", error: { code: "blocked" } },
      ]);
    } finally {
      await cm.close();
    }
  });

  it("the application's policy sees the classified call, may block, and fails closed", async () => {
    const seen: unknown[] = [];
    const cm = await runtime(
      { allow: ["api.*"] },
      {
        policy: (call) => {
          if (call.path === "bank.balance") throw new Error("policy service down");
          seen.push({ path: call.path, target: call.targetPath, http: call.http });
          return call.http?.method === "DELETE" ? "block" : undefined;
        },
      },
    );
    try {
      await tryDoor(cm, {
        name: "hook blocks DELETE even where allow matches",
        code: caught('api.request({ method: "delete", path: "/store/order/5" })'),
        expected: "blocked",
        error: "blocked",
      });
      expect(seen.at(-1)).toEqual({
        path: "api.request",
        target: "api.deleteOrder",
        http: { method: "DELETE", path: "/store/order/5", declared: true },
      });
      await tryDoor(cm, {
        name: "a policy that throws refuses the call",
        code: caught("bank.balance({})"),
        expected: "refused",
        error: "policy_failed",
      });
    } finally {
      await cm.close();
    }
  });
});

describe("errors a script can rely on", () => {
  let cm: CodeMode;
  beforeAll(async () => {
    cm = await runtime({});
  });
  afterAll(async () => cm?.close());

  it("every error from a call is a ToolError with a stable code", async () => {
    const kinds: Record<string, string> = {
      invalid_arguments: "api.getPetById({})",
      invalid_arguments_of_a_function: 'bank.transfer({ to: "ada" })',
      unknown_operation: "api.noSuchThing({})",
      http_error: 'api.request({ path: "/fail/500" })',
      tool_error_result: "mcp.broken({})",
      request_refused: 'api.request({ path: "/../x" })',
    };
    for (const [kind, call] of Object.entries(kinds)) {
      const outcome = await cm.execute(caught(call));
      const code = kind.replace(/_of_a_function$/, "");
      expect(outcome.result, call).toMatchObject({ isToolError: true, code });
    }
  });

  it("a rejected call is a ToolError with code approval_rejected", async () => {
    const paused = await cm.execute(caught("bank.close({})"));
    const done = await cm.reject(paused.pending?.[0]?.approvalId ?? "", "not today");
    expect(done.result).toMatchObject({
      isToolError: true,
      code: "approval_rejected",
      name: "ApprovalRejectedError",
    });
  });
});

describe("validators before a run", () => {
  it("refuse a script before anything runs, fail closed, and cannot be skipped by a resume", async () => {
    const store = await mkdtemp(join(tmpdir(), "codemode-validators-"));
    const before = effects.length;
    const noClose = {
      name: "no-account-closing",
      validate: (code: string) =>
        code.includes("bank.close") ? "closing accounts is not allowed here" : undefined,
    };
    const broken = {
      name: "broken",
      validate: () => {
        throw new Error("boom");
      },
    };
    try {
      const guarded = await runtime({}, { validators: [noClose], store });
      const refused = await guarded.execute(
        'await bank.transfer({ to: "a", amount: 1 }); await bank.close({})',
      );
      expect(refused).toMatchObject({
        status: "failed",
        error: { code: "script_refused", message: expect.stringContaining("closing accounts") },
      });
      expect(effects.length).toBe(before);
      const paused = await guarded.execute('return await bank.transfer({ to: "b", amount: 99 })');
      expect(paused.status).toBe("paused");
      const journal = await guarded.journal(paused.executionId);
      expect(journal.execution.validators).toEqual(["no-account-closing"]);
      await guarded.close();

      const failing = await runtime({}, { validators: [broken] });
      expect(await failing.execute("return 1")).toMatchObject({
        status: "failed",
        error: { code: "script_refused", message: expect.stringContaining("boom") },
      });
      await failing.close();

      // Another runtime on the same store, without the validator: the resume is refused.
      const bare = await runtime({}, { store });
      const resumed = await bare.approve(paused.pending?.[0]?.approvalId ?? "");
      expect(resumed).toMatchObject({
        status: "failed",
        error: { code: "script_refused", details: { validators: ["no-account-closing"] } },
      });
      expect(effects.length).toBe(before);
      await bare.close();
    } finally {
      await rm(store, { recursive: true, force: true });
    }
  });
});
