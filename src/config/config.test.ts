import { describe, expect, it } from "vitest";
import { resolveLimits } from "../core/limits.js";
import { parseConfig, safeParseConfig } from "./config.js";
import { configServers } from "./config-servers.js";

function message(input: unknown): string {
  const parsed = safeParseConfig(input, "codemode.config.json");
  if (parsed.success) throw new Error("expected an error");
  return parsed.error.message;
}

describe("config", () => {
  it("accepts the design's example and mcpServers as an alias of servers", () => {
    const config = parseConfig({
      servers: {
        fs: {
          command: "npx",
          args: ["-y", "some-mcp-server", "./data"],
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the config's own ${env:} syntax
          env: { KEY: "${env:KEY}" },
        },
        remote: {
          url: "http://127.0.0.1:3001/mcp",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the config's own ${env:} syntax
          headers: { Authorization: "Bearer ${env:TOKEN}" },
        },
        github: { openapi: "./specs/github.json", baseUrl: "https://api.github.com" },
      },
      mcpServers: { memory: { command: "node", args: ["server.js"] } },
      approval: { require: ["github.*"], allow: ["github.reposGet"] },
      store: ".codemode",
      limits: { timeoutMs: 30000, memoryMb: 64, maxToolCalls: 1000, maxOutputChars: 20000 },
    });
    expect(Object.keys(configServers(config)).sort()).toEqual(["fs", "github", "memory", "remote"]);
  });

  it("names the wrong key and says what to do", () => {
    expect(message({ limts: {} })).toBe(
      'codemode.config.json: unknown key "limts". Remove it or check its spelling.',
    );
    expect(message({ limits: { timeoutMs: "5s" } })).toMatch(
      /^codemode\.config\.json: limits\.timeoutMs: .*expected number/,
    );
    expect(message({ servers: { a: { command: "x", argz: [] } } })).toBe(
      'codemode.config.json: servers.a: unknown key "argz". Remove it or check its spelling.',
    );
    expect(message({ servers: { a: {} } })).toMatch(/servers\.a: give `command`.*`url`.*`openapi`/);
    expect(
      message({ servers: { a: { command: "x" } }, mcpServers: { a: { command: "y" } } }),
    ).toContain('"a" is in both servers and mcpServers');
  });

  it("fills limits from defaults, cpuMs following timeoutMs", () => {
    expect(resolveLimits({ timeoutMs: 5000 })).toEqual({
      timeoutMs: 5000,
      cpuMs: 5000,
      memoryMb: 64,
      maxToolCalls: 1000,
      maxOutputChars: 20000,
      maxCallBytes: 8 * 1024 * 1024,
      maxRefChars: 16 * 1024 * 1024,
      maxEmittedChars: 8 * 1024 * 1024,
    });
    expect(resolveLimits({ timeoutMs: 5000 }, { cpuMs: 100 }).cpuMs).toBe(100);
    // Unset, it is the caller's default (the gateway's 20 s, none in the library); 0 is "never".
    expect(resolveLimits({ yieldAfterMs: 0 }).yieldAfterMs).toBe(0);
  });
});
