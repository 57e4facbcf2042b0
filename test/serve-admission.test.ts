import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, startHttpGateway } from "./helpers/serve-gateway.js";

const CONFIG = join(ROOT, "test", "fixtures", "durable", "codemode.config.mjs");
const ACCEPT = {
  "content-type": "application/json",
  accept: "application/json, text/event-stream",
};

describe("codemode serve --http under saturation", () => {
  it("queues executions past --max-concurrent and refuses past --max-queued with 503 and Retry-After, then recovers", async () => {
    const directory = mkdtempSync(join(tmpdir(), "codemode-admission-"));
    const gateway = await startHttpGateway(
      ["--config", CONFIG, "--http", "127.0.0.1:0", "--max-concurrent", "1", "--max-queued", "1"],
      { env: { EFFECTS_FILE: join(directory, "effects.log"), STORE: join(directory, "store") } },
    );
    const controller = new AbortController();
    try {
      const initialized = await fetch(gateway.url, {
        method: "POST",
        headers: ACCEPT,
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 0,
          method: "initialize",
          params: {
            protocolVersion: "2025-06-18",
            capabilities: {},
            clientInfo: { name: "t", version: "1" },
          },
        }),
      });
      const session = initialized.headers.get("mcp-session-id") ?? "";
      await initialized.body?.cancel();
      const headers = {
        ...ACCEPT,
        "mcp-session-id": session,
        "mcp-protocol-version": "2025-06-18",
      };
      await fetch(gateway.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
      });
      const execute = (id: number, code: string) =>
        fetch(gateway.url, {
          method: "POST",
          headers,
          signal: controller.signal,
          body: JSON.stringify({
            jsonrpc: "2.0",
            id,
            method: "tools/call",
            params: { name: "execute", arguments: { code } },
          }),
        });
      const pause = () => new Promise((resolve) => setTimeout(resolve, 300));

      const running = await execute(1, `await payments.hang({ order: "1" })`);
      await pause();
      const queued = await execute(2, `return "queued"`);
      await pause();
      const refused = await execute(3, `return "refused"`);
      expect(running.status).toBe(200);
      expect(queued.status).toBe(200);
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(await refused.json())).toContain(
        "limit of concurrent and queued executions",
      );

      // Searches are not executions: they are answered at once.
      const search = await fetch(gateway.url, {
        method: "POST",
        headers,
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 4,
          method: "tools/call",
          params: { name: "search", arguments: { query: "charge a card" } },
        }),
      });
      expect(search.status).toBe(200);
      expect(await search.text()).toContain("payments.charge");
    } finally {
      controller.abort();
      await gateway.stop();
    }
  }, 60_000);
});
