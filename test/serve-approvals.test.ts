import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, ROOT } from "./helpers/serve-gateway.js";

const CONFIG = join(ROOT, "test", "fixtures", "durable", "codemode.config.mjs");
const CODE = `const q = await payments.quote({ order: "e" });\nreturn (await payments.charge({ order: "e", cents: q.cents })).chargeId;`;

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

/** A client that answers elicitation requests with `answer`, over stdio to a fresh gateway. */
async function gateway(answer?: (message: string) => Record<string, unknown>) {
  const directory = mkdtempSync(join(tmpdir(), "codemode-elicit-"));
  const env = {
    ...process.env,
    EFFECTS_FILE: join(directory, "effects.log"),
    STORE: join(directory, "store"),
  } as Record<string, string>;
  const client = new Client(
    { name: "approvals-test", version: "1.0.0" },
    { capabilities: answer ? { elicitation: {} } : {} },
  );
  const asked: string[] = [];
  if (answer) {
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      const message = String((request.params as { message?: string }).message);
      asked.push(message);
      return answer(message) as never;
    });
  }
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [BIN, "serve", "--config", CONFIG],
      env,
      stderr: "pipe",
    }),
  );
  clients.push(client);
  const effects = () =>
    existsSync(env.EFFECTS_FILE as string)
      ? readFileSync(env.EFFECTS_FILE as string, "utf8")
          .trim()
          .split("\n")
      : [];
  return { client, asked, effects };
}

function text(result: unknown): string {
  return ((result as { content: { text: string }[] }).content[0]?.text ?? "") as string;
}

describe("approvals through the MCP gateway", () => {
  it("asks the person inline through elicitation and returns the resumed outcome in the same call", async () => {
    const { client, asked, effects } = await gateway(() => ({
      action: "accept",
      content: { decision: "approve" },
    }));
    const result = await client.callTool({ name: "execute", arguments: { code: CODE } });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('payments.charge({"order":"e","cents":1250})');
    expect(result.structuredContent).toMatchObject({ status: "completed", result: "ch_e" });
    expect(effects()).toEqual(["quote e", "charge e 1250"]);
  });

  it("a rejection given inline reaches the script as ApprovalRejectedError", async () => {
    const { client, effects } = await gateway(() => ({
      action: "accept",
      content: { decision: "reject", reason: "not this customer" },
    }));
    const result = await client.callTool({ name: "execute", arguments: { code: CODE } });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({
      status: "rejected",
      error: { name: "ApprovalRejectedError" },
    });
    expect(text(result)).toContain("not this customer");
    expect(effects()).toEqual(["quote e"]);
  });

  it("without an answer (or without elicitation) the model is told the execution paused and how to learn its outcome", async () => {
    for (const answer of [() => ({ action: "decline" }), undefined]) {
      const { client, effects } = await gateway(answer);
      const result = await client.callTool({ name: "execute", arguments: { code: CODE } });
      const paused = result.structuredContent as { status: string; executionId: string };
      expect(paused.status).toBe("paused");
      expect(result.isError).toBeFalsy();
      expect(text(result)).toContain("Paused: waiting for a person to approve");
      expect(text(result)).toContain(`{"executionId":"${paused.executionId}"}`);
      const again = await client.callTool({
        name: "execute",
        arguments: { executionId: paused.executionId },
      });
      expect(again.structuredContent).toMatchObject({ status: "paused" });
      expect(effects()).toEqual(["quote e"]);
    }
  });
});
