import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../src/config/config.js";
import { createCodeMode } from "../src/create-code-mode.js";
import { runCli } from "./helpers/cli-workspace.js";
import { BIN } from "./helpers/serve-gateway.js";

// A source that fails to load says so everywhere: the library, every command, the model (its
// declarations, its calls, its searches), and --strict makes it an error.

const PETSTORE = new URL(
  "../node_modules/@readme/oas-examples/3.0/json/petstore.json",
  import.meta.url,
).pathname;

let server: Server;
let origin: string;
/** What the loopback server answers at /spec: flipped by tests. */
let specAnswer: "ok" | "error" = "ok";
const directory = mkdtempSync(join(tmpdir(), "codemode-sources-"));

beforeAll(async () => {
  const { readFileSync } = await import("node:fs");
  const petstore = readFileSync(PETSTORE, "utf8");
  server = createServer((request, response) => {
    if (request.url === "/missing.json") {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not here");
    } else if (request.url === "/html") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<!doctype html><html><body>Log in to see the docs</body></html>");
    } else if (request.url === "/hang") {
      // Never answers.
    } else if (request.url === "/spec") {
      if (specAnswer === "ok") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(petstore);
      } else {
        response.writeHead(503);
        response.end("down");
      }
    } else {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

/** Each way a source can fail to load, and a word its message must carry. */
const FAILURES: {
  kind: string;
  entry: () => NonNullable<Config["servers"]>[string];
  says: RegExp;
}[] = [
  {
    kind: "a URL that answers 404",
    entry: () => ({ openapi: `${origin}/missing.json` }),
    says: /404/,
  },
  {
    kind: "a URL that never answers",
    entry: () => ({ openapi: `${origin}/hang`, timeoutMs: 300 }),
    says: /300 ms|timed out|timeout/i,
  },
  {
    kind: "HTML instead of a spec",
    entry: () => ({ openapi: `${origin}/html` }),
    says: /HTML|not .*OpenAPI|JSON|YAML/i,
  },
  {
    kind: "a file that is not JSON",
    entry: () => ({
      openapi: file("broken.json", '{"openapi": "3.0.0", "paths": {'),
      baseUrl: origin,
    }),
    says: /JSON|YAML|parse/i,
  },
  {
    kind: "a file that is not YAML",
    entry: () => ({
      openapi: file("broken.yaml", "openapi: 3.0.0\npaths:\n  - : [\n"),
      baseUrl: origin,
    }),
    says: /YAML|parse/i,
  },
  {
    kind: "an unresolved $ref",
    entry: () => ({
      openapi: file(
        "dangling.json",
        JSON.stringify({
          openapi: "3.0.0",
          info: { title: "x", version: "1" },
          paths: {
            "/a": { get: { responses: { "200": { $ref: "#/components/responses/Nope" } } } },
          },
        }),
      ),
      baseUrl: origin,
    }),
    says: /\$ref|resolve/i,
  },
  {
    kind: "an MCP command that does not exist",
    entry: () => ({ command: join(directory, "no-such-server") }),
    says: /ENOENT|not found|could not start|cannot start/i,
  },
  {
    kind: "an MCP server that exits at once",
    entry: () => ({ command: process.execPath, args: ["-e", "process.exit(3)"] }),
    says: /exit|closed/i,
  },
  {
    kind: "an MCP server that never answers",
    entry: () => ({
      command: process.execPath,
      args: ["-e", "setInterval(() => {}, 1000)"],
      timeoutMs: 500,
    }),
    says: /500 ms|answer|timed out/i,
  },
];

describe("the library", () => {
  for (const failure of FAILURES) {
    it(`reports ${failure.kind}, keeps the namespace declared, and fails calls into it with source_unavailable`, async () => {
      const cm = await createCodeMode({
        config: { servers: { api: failure.entry() } },
        functions: { ok: { ping: { execute: () => "pong" } } },
      });
      try {
        const source = cm.sources().find((entry) => entry.namespace === "api");
        expect(source).toMatchObject({
          state: "unavailable",
          problem: expect.stringMatching(failure.says),
        });
        expect(cm.types()).toMatch(/\/\*\* Unavailable: .*\*\/\ndeclare namespace api \{\}/);
        const outcome = await cm.execute(
          "try { await api.anything({}); return 'made' } catch (e) { return { tool: e instanceof ToolError, code: e.code, message: e.message } }",
          {},
        );
        expect(outcome.result).toMatchObject({
          tool: true,
          code: "source_unavailable",
          message: expect.stringMatching(/api\.anything is unavailable/),
        });
        const [hit] = await cm.search("the api");
        expect(hit).toMatchObject({
          path: "api",
          description: expect.stringMatching(/^Unavailable/),
        });
        // The other sources are unaffected.
        expect((await cm.execute("return await ok.ping({})")).result).toBe("pong");
      } finally {
        await cm.close();
      }
      await expect(
        createCodeMode({ config: { servers: { api: failure.entry() }, strict: true } }),
      ).rejects.toMatchObject({ code: "source_unavailable" });
    });
  }
});

function writeConfig(name: string, config: Config): string {
  return file(name, JSON.stringify(config));
}

const codemode = (args: string[], input = "") => runCli(args, { cwd: directory, input });

describe("every command", () => {
  const cases = [FAILURES[0], FAILURES[6]] as const;
  for (const failure of cases) {
    it(`says so for ${failure?.kind}, and --strict makes it exit 2`, async () => {
      const config = writeConfig(`cli-${cases.indexOf(failure)}.json`, {
        servers: { api: failure?.entry() ?? { openapi: "x" } },
        store: join(directory, "store"),
      });
      const line =
        /codemode: servers\.api \((OpenAPI|MCP server)\) is unavailable: .+source_unavailable/;
      const runs = {
        types: await codemode(["types", "--config", config]),
        search: await codemode(["search", "api", "--config", config]),
        describe: await codemode(["describe", "api", "--config", config]),
        run: await codemode(
          ["run", "-", "--config", config],
          "return await api.request({ path: '/' })",
        ),
        tokens: await codemode(["tokens", "--config", config]),
        policy: await codemode(["policy", "--config", config]),
      };
      for (const [command, result] of Object.entries(runs)) {
        expect(result.stderr, command).toMatch(line);
        expect(result.stderr.match(new RegExp(line.source, "g"))?.length, command).toBe(1);
      }
      expect(runs.types.status).toBe(0);
      expect(runs.types.stdout).toContain("declare namespace api {}");
      expect(runs.search.stdout).toMatch(/^api {2}Unavailable: /);
      expect(runs.describe.status).toBe(2);
      expect(runs.describe.stderr).toMatch(/api is unavailable/);
      expect(runs.run.status).toBe(1);
      expect(runs.run.stderr).toMatch(/ToolError .*api\.request is unavailable/);
      for (const command of ["types", "search", "run", "tokens"]) {
        const strict = await codemode(
          [
            command,
            ...(command === "search" ? ["api"] : command === "run" ? ["-"] : []),
            "--strict",
            "--config",
            config,
          ],
          "return 1",
        );
        expect(strict.status, `${command} --strict`).toBe(2);
        expect(strict.stderr).toMatch(/Strict mode stops here/);
      }
      // serve says it too, at start.
      const serve = spawn(process.execPath, [BIN, "serve", "--config", config], { cwd: directory });
      let stderr = "";
      serve.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const deadline = Date.now() + 15_000;
      while (!line.test(stderr) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      serve.kill();
      expect(stderr).toMatch(line);
    });
  }
});

describe("recovering sources", () => {
  it("uses the cached copy of a URL that fails, with a warning, and tries a failed source again on use", async () => {
    const store = join(directory, "cached-store");
    const config: Config = {
      servers: { pets: { openapi: `${origin}/spec`, baseUrl: `${origin}/v2` } },
      store,
    };
    specAnswer = "ok";
    const first = await createCodeMode({ config });
    expect(first.sources()[0]).toMatchObject({ state: "ok" });
    await first.close();

    specAnswer = "error";
    const cached = await createCodeMode({ config });
    try {
      expect(cached.sources()[0]).toMatchObject({
        state: "degraded",
        warning: expect.stringMatching(/could not be fetched .*using the copy cached on \d{4}-/),
      });
      expect(cached.operations().some((operation) => operation.name === "getPetById")).toBe(true);
    } finally {
      await cached.close();
    }
    const cli = await codemode(["types", "--config", writeConfig("cached.json", config)]);
    expect(cli.stderr).toMatch(
      /codemode: servers\.pets \(OpenAPI\): the document at .* could not be fetched/,
    );

    // No cache: unavailable, then tried again once it answers (after its backoff).
    const fresh = await createCodeMode({
      config: { ...config, store: join(directory, "no-cache") },
    });
    try {
      expect(fresh.sources()[0]?.state).toBe("unavailable");
      specAnswer = "ok";
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const outcome = await fresh.execute("return (await pets.getPetById({ petId: 1 }))");
      expect(outcome.status, JSON.stringify(outcome.error)).toBe("completed");
      expect(fresh.sources()[0]?.state).toBe("ok");
    } finally {
      await fresh.close();
    }
  });
});
