import { mkdtemp, readFile, realpath, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../src/config/config.js";
import { createServerConnectors } from "../src/connectors/create-server-connectors.js";
import { McpConnector } from "../src/connectors/mcp/mcp-connector.js";
import { Catalog } from "../src/core/catalog.js";
import { ConfigError, ToolError } from "../src/core/errors.js";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import {
  freePort,
  isAlive,
  nodeServer,
  recordingLogger,
  SERVER_SCRIPTS,
  startEverythingOverHttp,
  waitFor,
} from "./helpers/mcp-servers.js";

/** A runtime over the config's servers, their output recorded instead of printed. */
async function codeModeWith(servers: NonNullable<Config["servers"]>, typecheck = true) {
  const logger = recordingLogger();
  const connectors = await createServerConnectors(
    { config: parseConfig({ servers }), baseDirectory: process.cwd() },
    { logger },
  );
  // These tests are about calls, not the gate: the probe's tools say nothing of themselves, so by
  // MCP's defaults they would wait (test/approval-doors.test.ts covers that).
  const cm = await createCodeMode({ connectors, typecheck, policy: () => "allow" });
  return { cm, logger };
}

async function run(cm: CodeMode, code: string): Promise<unknown> {
  const outcome = await cm.execute(code);
  if (outcome.status !== "completed") throw new Error(JSON.stringify(outcome.error));
  return outcome.result;
}

describe("MCP connector: reference servers over stdio", () => {
  let cm: CodeMode;
  let directory: string;

  beforeAll(async () => {
    directory = await realpath(await mkdtemp(join(tmpdir(), "codemode-mcp-")));
    cm = await createCodeMode({
      config: {
        servers: {
          everything: nodeServer(SERVER_SCRIPTS.everything, "stdio"),
          fs: nodeServer(SERVER_SCRIPTS.filesystem, directory),
        },
        // Writing is what these tests do; the default gate on destructive tools is tested below.
        approval: { allow: ["fs.write_file"] },
      },
    });
  });

  afterAll(async () => {
    await cm?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("holds tools annotated destructive at an approval gate by default, and makes them once approved", async () => {
    await run(
      cm,
      `await fs.write_file({ path: ${JSON.stringify(join(directory, "gate.txt"))}, content: "v1" })`,
    );
    const paused = await cm.execute(
      `await fs.move_file({ source: ${JSON.stringify(join(directory, "gate.txt"))}, destination: ${JSON.stringify(join(directory, "moved.txt"))} }); return "moved"`,
    );
    expect(paused.status).toBe("paused");
    expect(paused.pending?.[0]).toMatchObject({
      path: "fs.move_file",
      reason: "the tool is annotated destructive",
    });
    await expect(readFile(join(directory, "gate.txt"), "utf8")).resolves.toBe("v1");
    const done = await cm.approve(paused.pending?.[0]?.approvalId ?? "");
    expect(done).toMatchObject({ status: "completed", result: "moved" });
    await expect(readFile(join(directory, "moved.txt"), "utf8")).resolves.toBe("v1");
    await rm(join(directory, "moved.txt"));
  });

  it("lists their tools as operations, keeping annotations, titles and output schemas", () => {
    const byPath = new Map(cm.operations().map((op) => [`${op.namespace}.${op.name}`, op]));
    expect(byPath.get("everything.get_sum")).toMatchObject({
      source: { kind: "mcp", originalName: "get-sum" },
      annotations: { title: "Get Sum Tool", readOnlyHint: true, destructiveHint: false },
    });
    expect(byPath.get("fs.write_file")?.annotations).toMatchObject({ destructiveHint: true });
    expect(byPath.get("fs.read_text_file")?.outputSchema).toMatchObject({
      properties: { content: { type: "string" } },
    });
    expect(byPath.get("fs.list_directory")?.source).toEqual({
      kind: "mcp",
      originalName: "list_directory",
    });
  });

  it("finds their tools with search and describe", async () => {
    const hits = await cm.search("sum of two numbers");
    expect(hits[0]?.path).toBe("everything.get_sum");
    expect((await cm.search("write file")).map((hit) => hit.path)).toContain("fs.write_file");
    const declaration = await cm.describe("fs.read_text_file");
    expect(declaration).toContain("read_text_file");
    expect(declaration).toMatch(/content: string/);
  });

  it("leaves nothing behind on the run's signal: many calls in one run, no listener leak, nothing cancelled after the fact", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const result = await run(
        cm,
        `let n = 0;
         for (let i = 0; i < 25; i++) n += (await everything.get_sum({ a: i, b: 1 })).length > 0 ? 1 : 0;
         return n;`,
      );
      expect(result).toBe(25);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual(
        [],
      );
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("calls several tools of both servers from one script, structured results as plain values", async () => {
    const result = await run(
      cm,
      `const echoed = await everything.echo({ message: "hi" });
       const sum = await everything.get_sum({ a: 2, b: 3 });
       const weather = await everything.get_structured_content({ location: "Chicago" });
       await fs.write_file({ path: ${JSON.stringify(join(directory, "note.txt"))}, content: "hello" });
       const read = await fs.read_text_file({ path: ${JSON.stringify(join(directory, "note.txt"))} });
       const listing = await fs.list_directory({ path: ${JSON.stringify(directory)} });
       return { echoed, sum, weather, read, listing };`,
    );
    expect(result).toEqual({
      echoed: "Echo: hi",
      sum: "The sum of 2 and 3 is 5.",
      weather: { temperature: 36, conditions: "Light rain / drizzle", humidity: 82 },
      read: { content: "hello" },
      listing: { content: "[FILE] note.txt" },
    });
  });

  it("turns an error result into a catchable ToolError", async () => {
    const result = await run(
      cm,
      `try {
         await fs.read_text_file({ path: ${JSON.stringify(join(directory, "missing.txt"))} });
         return "no error";
       } catch (error) {
         return { name: error.name, isToolError: error instanceof ToolError, message: error.message };
       }`,
    );
    expect(result).toMatchObject({ name: "ToolError", isToolError: true });
    expect((result as { message: string }).message).toMatch(/ENOENT|no such file/i);
  });
});

describe("MCP connector: the probe server", () => {
  let cm: CodeMode;
  let logger: ReturnType<typeof recordingLogger>;

  beforeAll(async () => {
    process.env.CODEMODE_TEST_GREETING = "hello from the host";
    process.env.CODEMODE_TEST_SECRET = "never passed on";
    ({ cm, logger } = await codeModeWith({
      probe: {
        ...nodeServer(SERVER_SCRIPTS.probe),
        env: { GREETING: `\${env:CODEMODE_TEST_GREETING}` },
        timeoutMs: 1_000,
      },
    }));
  });

  afterAll(async () => {
    await cm?.close();
    delete process.env.CODEMODE_TEST_GREETING;
    delete process.env.CODEMODE_TEST_SECRET;
  });

  const pidOf = async () => ((await run(cm, "return await probe.pid({})")) as { pid: number }).pid;

  it(`gives a stdio server a minimal environment plus its entry's, with \${env:X} resolved`, async () => {
    const { keys, greeting } = (await run(cm, "return await probe.env_keys({})")) as {
      keys: string[];
      greeting: string;
    };
    // It reached the server (which echoes it back), and is redacted on the way to the script:
    // a value the config takes from the host's environment is treated as a credential.
    expect(greeting).toBe("***");
    expect(keys).toContain("PATH");
    expect(keys).not.toContain("CODEMODE_TEST_SECRET");
    const allowed =
      process.platform === "win32"
        ? [
            "APPDATA",
            "HOMEDRIVE",
            "HOMEPATH",
            "LOCALAPPDATA",
            "PATH",
            "PROCESSOR_ARCHITECTURE",
            "SYSTEMDRIVE",
            "SYSTEMROOT",
            "TEMP",
            "USERNAME",
            "USERPROFILE",
            "PROGRAMFILES",
          ]
        : ["HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER"];
    for (const key of keys) expect([...allowed, "GREETING"]).toContain(key);
  });

  it("maps text, JSON text, several items and images", async () => {
    expect(await run(cm, "return await probe.pid({})")).toEqual({ pid: expect.any(Number) });
    expect(await run(cm, "return await probe.texts({})")).toEqual([{ n: 1 }, "plain"]);
    expect(await run(cm, "return await probe.mixed({})")).toEqual([
      "a picture:",
      { type: "image", mimeType: "image/png", data: "iVBORw0KGgo=" },
    ]);
  });

  it("raises an isError result as a ToolError with the result's text", async () => {
    const result = await run(
      cm,
      `try { await probe.fail({ reason: "on purpose" }); return "no error"; }
       catch (error) { return [error instanceof ToolError, error.message]; }`,
    );
    expect(result).toEqual([true, "it broke: on purpose"]);
    const uncaught = await cm.execute(`await probe.fail({ reason: "uncaught" });`);
    expect(uncaught.status).toBe("failed");
    expect(uncaught.error).toMatchObject({ name: "ToolError", message: "it broke: uncaught" });
  });

  it("says which server exited and how, and the next call starts it again", async () => {
    const before = await pidOf();
    const failed = await cm.execute("await probe.exit({ code: 3 })");
    expect(failed.error?.message).toMatch(
      /^MCP server "probe" exited \(code 3\) while calling exit \(its stderr: .*probe exiting with 3\); the next call connects again\.$/,
    );
    const after = await pidOf();
    expect(after).not.toBe(before);
    expect(isAlive(before)).toBe(false);

    process.kill(after, "SIGKILL");
    await waitFor(
      () => logger.entries.find((entry) => entry.text.includes("was stopped by SIGKILL")),
      "the connector to notice the kill",
    );
    const third = await pidOf();
    expect(third).not.toBe(after);
  });

  it("stops waiting for a hung server after timeoutMs, and the next call reconnects", async () => {
    const before = await pidOf();
    const started = Date.now();
    const hung = await cm.execute("await probe.hang({})");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(hung.error).toMatchObject({ name: "ToolError" });
    expect(hung.error?.message).toMatch(
      /^MCP server "probe" did not answer within 1000 ms while calling hang.*the next call connects again\. Raise servers\.probe\.timeoutMs/,
    );
    const after = await pidOf();
    expect(after).not.toBe(before);
    await waitFor(() => !isAlive(before), "the hung server to be stopped");
  });

  it("refreshes the catalog when the server's tool list changes", async () => {
    expect(cm.operations().some((op) => op.name === "extra")).toBe(false);
    const revision = cm.types();
    await run(cm, "return await probe.add_tool({})");
    await waitFor(() => cm.operations().some((op) => op.name === "extra"), "probe.extra");
    expect(cm.types()).not.toBe(revision);
    expect(await run(cm, "return await probe.extra({})")).toBe("extra!");
  });

  it("sends the server's stderr and log messages to the logger, prefixed with its key", async () => {
    await run(cm, "return await probe.work({})");
    expect(logger.entries).toContainEqual({
      server: "probe",
      source: "stderr",
      level: "info",
      text: "probe ready",
    });
    await waitFor(
      () => logger.entries.find((entry) => entry.source === "notification"),
      "a log message",
    );
    expect(logger.entries).toContainEqual({
      server: "probe",
      source: "notification",
      level: "warning",
      text: "probe: worked hard",
    });
  });
});

describe("MCP connector: progress, failures at start, close", () => {
  it("passes progress notifications to the call's onProgress", async () => {
    const logger = recordingLogger();
    const target = {
      kind: "stdio" as const,
      command: process.execPath,
      args: [SERVER_SCRIPTS.probe],
      env: {},
      cwd: process.cwd(),
    };
    const catalog = new Catalog([new McpConnector({ namespace: "probe", target, logger })]);
    try {
      await catalog.refresh();
      const progress: unknown[] = [];
      const result = await catalog.call(
        "probe",
        "work",
        {},
        { executionId: "e1", onProgress: (event) => progress.push(event) },
      );
      expect(result).toBe("done");
      await expect(
        catalog.call("probe", "fail", { reason: "x" }, { executionId: "e2" }),
      ).rejects.toBeInstanceOf(ToolError);
      expect(progress).toEqual([
        { progress: 1, total: 3, message: "step 1" },
        { progress: 2, total: 3, message: "step 2" },
        { progress: 3, total: 3, message: "step 3" },
      ]);
    } finally {
      await catalog.close();
    }
  });

  it("hands a script's calls' progress to onProgress and their log messages to its output", async () => {
    const { cm } = await codeModeWith({ probe: nodeServer(SERVER_SCRIPTS.probe) }, false);
    try {
      const events: unknown[] = [];
      const outcome = await cm.execute("return await probe.work({})", {
        onProgress: (event) => events.push(event),
      });
      expect(outcome.result).toBe("done");
      // The server's log message during the call joins the script's own output.
      expect(outcome.logs).toEqual(["[probe] probe: worked hard"]);
      expect(events).toEqual(
        [1, 2, 3].map((step) => ({
          path: "probe.work",
          progress: step,
          total: 3,
          message: `step ${step}`,
        })),
      );
    } finally {
      await cm.close();
    }
  });

  it("reports a command that does not exist at start, and the other servers still work", async () => {
    const { cm, logger } = await codeModeWith(
      {
        broken: { command: "codemode-no-such-command-4242" },
        probe: nodeServer(SERVER_SCRIPTS.probe),
      },
      false,
    );
    try {
      expect(logger.entries).toContainEqual(
        expect.objectContaining({
          server: "broken",
          level: "error",
          text: expect.stringMatching(
            /^MCP server "broken" could not start: .*ENOENT.*Check servers\.broken\.command/,
          ),
        }),
      );
      expect(cm.operations().filter((op) => op.namespace === "broken")).toEqual([]);
      expect(await run(cm, "return typeof (await probe.pid({})).pid")).toBe("number");
      await expect(cm.describe("broken")).rejects.toThrow(
        /^broken is unavailable: MCP server "broken" could not start/,
      );
      const result = await run(
        cm,
        'try { await codemode.describe("broken.anything") } catch (error) { return error.message }',
      );
      expect(result).toMatch(
        /^broken\.anything is unavailable: MCP server "broken" could not start/,
      );
    } finally {
      await cm.close();
    }
  });

  it("gives up on a server that never answers the handshake, naming it and the wait", async () => {
    const { cm, logger } = await codeModeWith({
      silent: { ...nodeServer(SERVER_SCRIPTS.probe, "--silent"), timeoutMs: 300 },
      probe: nodeServer(SERVER_SCRIPTS.probe),
    });
    try {
      await expect(cm.describe("silent")).rejects.toThrow(
        /^silent is unavailable: MCP server "silent" did not answer within 300 ms while starting( \(its stderr: probe silent\))?\. Raise servers\.silent\.timeoutMs if it needs longer\.$/,
      );
      expect(logger.entries.filter((entry) => entry.level === "error")).toHaveLength(1);
      expect(cm.operations().some((op) => op.namespace === "probe")).toBe(true);
    } finally {
      await cm.close();
    }
  });

  it(`fails with a ConfigError naming the key and the variable when \${env:X} is not set`, async () => {
    const attempt = codeModeWith({
      probe: {
        ...nodeServer(SERVER_SCRIPTS.probe),
        env: { TOKEN: `Bearer \${env:CODEMODE_TEST_NOT_SET}` },
      },
    });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(
      /servers\.probe\.env\.TOKEN uses \$\{env:CODEMODE_TEST_NOT_SET\}, but CODEMODE_TEST_NOT_SET is not set/,
    );
  });

  it("stops the child processes on close", async () => {
    const { cm } = await codeModeWith({ probe: nodeServer(SERVER_SCRIPTS.probe) });
    const { pid } = (await run(cm, "return await probe.pid({})")) as { pid: number };
    expect(isAlive(pid)).toBe(true);
    await cm.close();
    expect(isAlive(pid)).toBe(false);
    // A closed runtime refuses to run (its journal is closed too).
    await expect(cm.execute("return await probe.pid({})")).rejects.toThrow(/closed/);
  });
});

describe("MCP connector: HTTP", () => {
  let streamable: Awaited<ReturnType<typeof startEverythingOverHttp>>;
  let sse: Awaited<ReturnType<typeof startEverythingOverHttp>>;

  beforeAll(async () => {
    [streamable, sse] = await Promise.all([
      startEverythingOverHttp("streamableHttp"),
      startEverythingOverHttp("sse"),
    ]);
  });

  afterAll(async () => {
    await Promise.all([streamable?.stop(), sse?.stop()]);
  });

  it("speaks streamable HTTP, falls back to SSE, and forces SSE with transport: sse", async () => {
    process.env.CODEMODE_TEST_PORT = String(streamable.port);
    const { cm } = await codeModeWith({
      http: { url: `http://127.0.0.1:\${env:CODEMODE_TEST_PORT}/mcp` },
      legacy: { url: `http://127.0.0.1:${sse.port}/sse` },
      forced: { url: `http://127.0.0.1:${sse.port}/sse`, transport: "sse" },
    });
    try {
      const namespaces = new Set(cm.operations().map((op) => op.namespace));
      expect(namespaces).toEqual(new Set(["http", "legacy", "forced"]));
      expect(
        await run(
          cm,
          `return [
             await http.echo({ message: "a" }),
             await legacy.get_sum({ a: 1, b: 2 }),
             await forced.echo({ message: "c" }),
             await http.get_structured_content({ location: "New York" }),
           ]`,
        ),
      ).toEqual([
        "Echo: a",
        "The sum of 1 and 2 is 3.",
        "Echo: c",
        { temperature: 33, conditions: "Cloudy", humidity: 82 },
      ]);
    } finally {
      await cm.close();
      delete process.env.CODEMODE_TEST_PORT;
    }
  });

  it("says when an HTTP server has gone away", async () => {
    const server = await startEverythingOverHttp("streamableHttp");
    const { cm } = await codeModeWith({ gone: { url: `http://127.0.0.1:${server.port}/mcp` } });
    try {
      expect(await run(cm, `return await gone.echo({ message: "up" })`)).toBe("Echo: up");
      await server.stop();
      const outcome = await cm.execute(`return await gone.echo({ message: "down" })`);
      expect(outcome.error?.message).toMatch(
        /^MCP server "gone" (failed while calling echo|could not be reached): fetch failed \(connect ECONNREFUSED .*\)(; the next call connects again)?\.$/,
      );
    } finally {
      await cm.close();
      await server.stop();
    }
  });

  it(`sends the entry's headers, with \${env:X} resolved, and says when the server cannot be used`, async () => {
    process.env.CODEMODE_TEST_TOKEN = "t0ken";
    const seen: (string | undefined)[] = [];
    const server: Server = createServer((request, response) => {
      seen.push(request.headers.authorization);
      response.writeHead(404).end();
    });
    const port = await freePort();
    server.listen(port, "127.0.0.1");
    const { cm, logger } = await codeModeWith({
      remote: {
        url: `http://127.0.0.1:${port}/mcp`,
        headers: { Authorization: `Bearer \${env:CODEMODE_TEST_TOKEN}` },
      },
    });
    try {
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set(["Bearer t0ken"]));
      expect(logger.entries).toContainEqual(
        expect.objectContaining({
          server: "remote",
          level: "error",
          text: expect.stringMatching(
            /^MCP server "remote" could not be reached: streamable HTTP was refused \(HTTP 404\) and SSE failed too \(.*404.*\)\.$/,
          ),
        }),
      );
    } finally {
      await cm.close();
      server.close();
      delete process.env.CODEMODE_TEST_TOKEN;
    }
  });
});
