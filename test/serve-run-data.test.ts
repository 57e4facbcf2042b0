import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import {
  type CallToolResult,
  LoggingMessageNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { Admission } from "../src/server/admission.js";
import { createGatewayServer } from "../src/server/create-gateway-server.js";

/** A 1×1 PNG. */
const PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function connect(cm: CodeMode, admission?: Admission) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = createGatewayServer(cm, admission ? { admission } : {});
  const client = new Client({ name: "run-data-test", version: "1.0.0" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    client,
    execute: (args: Record<string, unknown>, options?: Parameters<Client["callTool"]>[2]) =>
      client.callTool({ name: "execute", arguments: args }, undefined, options) as Promise<
        CallToolResult & { structuredContent: { executionId: string; status: string } }
      >,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

describe("the gateway: what reaches the model and what the user sees", () => {
  let cm: CodeMode;

  beforeAll(async () => {
    cm = await createCodeMode({
      typecheck: false,
      limits: { yieldAfterMs: 400, maxOutputChars: 1_000, timeoutMs: 20_000 },
      privacy: { tokenize: ["email"] },
      functions: {
        slow: {
          wait: {
            input: { type: "object", properties: { ms: { type: "number" } } },
            execute: async ({ ms }: { ms: number }) => {
              await new Promise((resolve) => setTimeout(resolve, ms));
              return { waited: ms };
            },
          },
        },
      },
    });
  });
  afterAll(async () => {
    await cm?.close();
  });

  it("gives emitted images and text as content for the user alone, beside the model's text", async () => {
    const session = await connect(cm);
    try {
      const result = await session.execute({
        code: `await codemode.emit({ type: "image", data: "${PIXEL}", mimeType: "image/png" });
               await codemode.emit({ type: "text", text: "Chart of the week" });
               return "drawn"`,
      });
      expect(result.content).toEqual([
        { type: "text", text: "Result:\ndrawn" },
        { type: "image", data: PIXEL, mimeType: "image/png", annotations: { audience: ["user"] } },
        { type: "text", text: "Chart of the week", annotations: { audience: ["user"] } },
      ]);
      expect(JSON.stringify(result.structuredContent)).not.toContain(PIXEL);
    } finally {
      await session.close();
    }
  });

  it("streams output lines as progress and log notifications, yields, and is waited for with {executionId}", async () => {
    const session = await connect(cm);
    const logged: unknown[] = [];
    session.client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      logged.push(notification.params.data);
    });
    const progress: string[] = [];
    try {
      const first = await session.execute(
        {
          code: `console.log("step 1 for ada@example.com"); await slow.wait({ ms: 1200 }); console.log("step 2"); return 42`,
        },
        { onprogress: (event) => progress.push(event.message ?? "") },
      );
      expect(first.structuredContent).toMatchObject({
        status: "running",
        logs: ["step 1 for [email_1]"],
        waitingOn: ["slow.wait"],
      });
      const text = (first.content as { text: string }[])[0]?.text ?? "";
      expect(text).toContain("Still running, waiting on slow.wait.");
      expect(text).toContain(`{"executionId":"${first.structuredContent.executionId}"}`);
      // As a model would: ask again while it answers running (each ask waits yieldAfterMs);
      // the lines printed meanwhile stream to the request that waits.
      let done = first;
      for (let ask = 0; ask < 10 && done.structuredContent.status === "running"; ask++)
        done = await session.execute(
          { executionId: first.structuredContent.executionId },
          { onprogress: (event) => progress.push(event.message ?? "") },
        );
      expect(done.structuredContent).toMatchObject({
        status: "completed",
        result: 42,
        logs: ["step 1 for [email_1]", "step 2"],
      });
      expect(progress).toEqual(["step 1 for [email_1]", "step 2"]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(logged).toContain("step 1 for [email_1]");
      expect(JSON.stringify(logged)).not.toContain("ada@example.com");
    } finally {
      await session.close();
    }
  });

  it("serves a result kept by reference as a resource", async () => {
    const session = await connect(cm);
    try {
      const result = await session.execute({
        code: `return Array.from({ length: 300 }, (_, i) => ({ i, email: "user" + i + "@example.com" }))`,
      });
      const ref = (result.structuredContent as { refs?: string[] }).refs?.[0] ?? "";
      expect(ref).toMatch(/^ref_/);
      const templates = await session.client.listResourceTemplates();
      expect(templates.resourceTemplates.map((template) => template.uriTemplate)).toContain(
        "codemode://results/{ref}",
      );
      const read = await session.client.readResource({ uri: `codemode://results/${ref}` });
      const rows = JSON.parse((read.contents[0] as { text: string }).text) as {
        email: string;
      }[];
      expect(rows).toHaveLength(300);
      expect(rows[299]?.email).toMatch(/^\[email_\d+\]$/);
      await expect(
        session.client.readResource({ uri: "codemode://results/ref_0123456789abcdef01234567" }),
      ).rejects.toThrow(/Resource not found/);
    } finally {
      await session.close();
    }
  });

  it("keeps state per MCP session", async () => {
    const alice = await connect(cm);
    const bob = await connect(cm);
    try {
      await alice.execute({ code: `await codemode.state.set("draft", { lines: 2 })` });
      const own = await alice.execute({ code: `return await codemode.state.get("draft")` });
      expect(own.structuredContent).toMatchObject({ result: { lines: 2 } });
      const other = await bob.execute({ code: `return await codemode.state.get("draft") ?? null` });
      expect(other.structuredContent).toMatchObject({ result: null });
    } finally {
      await alice.close();
      await bob.close();
    }
  });

  it("counts a run that yielded against the admission bounds until it ends", async () => {
    const session = await connect(cm, new Admission({ maxConcurrent: 1, maxQueued: 0 }));
    try {
      const first = await session.execute({ code: `return await slow.wait({ ms: 1200 })` });
      expect(first.structuredContent.status).toBe("running");
      const refused = await session.execute({ code: "return 1" });
      expect(refused.isError).toBe(true);
      // Waiting for it runs nothing: it is never refused nor queued.
      let done = first;
      for (let ask = 0; ask < 10 && done.structuredContent.status === "running"; ask++)
        done = await session.execute({ executionId: first.structuredContent.executionId });
      expect(done.structuredContent).toMatchObject({ status: "completed" });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await session.execute({ code: "return 2" })).structuredContent).toMatchObject({
        result: 2,
      });
    } finally {
      await session.close();
    }
  });
});
