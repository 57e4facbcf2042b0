import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FunctionsInput } from "../src/connectors/functions/functions-connector.js";
import { createCodeMode } from "../src/create-code-mode.js";
import { POSTGRES_SKIPPED, POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";
import { connectHttp, ROOT, startHttpGateway } from "./helpers/serve-gateway.js";

const CONFIG = join(ROOT, "test", "fixtures", "durable", "codemode.config.mjs");

if (!POSTGRES_URL) console.warn(`\n*** ${POSTGRES_SKIPPED} ***\n`);
const suite = POSTGRES_URL ? describe : describe.skip;

suite(POSTGRES_URL ? "durable executions on PostgreSQL" : POSTGRES_SKIPPED, () => {
  const schemas = postgresSchemas(POSTGRES_URL ?? "");
  afterAll(() => schemas.dropAll());

  it("100 concurrent executions pause, are approved from two runtimes at once, and each charge is made once", async () => {
    const store = await schemas.create();
    const charges = new Map<string, number>();
    const functions: FunctionsInput = {
      pay: {
        charge: {
          input: { type: "object", properties: { order: { type: "string" } }, required: ["order"] },
          needsApproval: true,
          execute: async ({ order }: { order: string }) => {
            charges.set(order, (charges.get(order) ?? 0) + 1);
            return { charged: order };
          },
        },
      },
    };
    const first = await createCodeMode({ functions, store, typecheck: false });
    const second = await createCodeMode({ functions, store, typecheck: false });
    try {
      const paused = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          first.execute(`return (await pay.charge({ order: "o${i}" })).charged`),
        ),
      );
      expect(paused.every((result) => result.status === "paused")).toBe(true);
      expect(await second.pending()).toHaveLength(100);
      expect(charges.size).toBe(0);

      // Every approval is decided from both runtimes at the same moment: one wins each.
      const decisions = await Promise.allSettled(
        paused.flatMap((result) => {
          const id = result.pending?.[0]?.approvalId ?? "";
          return [first.approve(id, { by: "first" }), second.approve(id, { by: "second" })];
        }),
      );
      const won = decisions.filter((decision) => decision.status === "fulfilled");
      expect(won).toHaveLength(100);
      for (const decision of won) {
        const value = (decision as PromiseFulfilledResult<{ status: string; result: unknown }>)
          .value;
        expect(value.status).toBe("completed");
      }
      expect(charges.size).toBe(100);
      expect([...charges.values()].every((count) => count === 1)).toBe(true);
      const finished = await first.executions({ status: "completed", limit: 500 });
      expect(finished).toHaveLength(100);
    } finally {
      await first.close();
      await second.close();
    }
  }, 120_000);

  it("an execution paused through one gateway is approved through another and resumes exactly once", async () => {
    const store = await schemas.create();
    const directory = mkdtempSync(join(tmpdir(), "codemode-pg-"));
    const env = { EFFECTS_FILE: join(directory, "effects.log"), STORE: store };
    const effects = () =>
      existsSync(env.EFFECTS_FILE) ? readFileSync(env.EFFECTS_FILE, "utf8").trim().split("\n") : [];
    const a = await startHttpGateway(["--config", CONFIG, "--http", "127.0.0.1:0"], { env });
    const b = await startHttpGateway(["--config", CONFIG, "--http", "127.0.0.1:0"], { env });
    try {
      const { client } = await connectHttp(a.url);
      const started = await client.callTool({
        name: "execute",
        arguments: {
          code: `const q = await payments.quote({ order: "pg" });\nreturn (await payments.charge({ order: "pg", cents: q.cents })).chargeId;`,
        },
      });
      const paused = started.structuredContent as {
        executionId: string;
        status: string;
        pending: { approvalId: string }[];
      };
      expect(paused.status).toBe("paused");
      const approvalId = paused.pending[0]?.approvalId ?? "";

      // B sees it pending, and hears about decisions through the store (LISTEN/NOTIFY).
      const apiB = a.url
        .replace(/\/mcp$/, "/api")
        .replace(new URL(a.url).port, new URL(b.url).port);
      const apiA = a.url.replace(/\/mcp$/, "/api");
      const listed = (await (await fetch(`${apiB}/approvals`)).json()) as { id: string }[];
      expect(listed.map((approval) => approval.id)).toEqual([approvalId]);
      const events = await fetch(`${apiA}/events`);
      const reader = events.body?.getReader();

      // Approved through both at once: one 200 (B or A resumed it), one 409.
      const [fromB, fromA] = await Promise.all([
        fetch(`${apiB}/approvals/${approvalId}/approve`, { method: "POST", body: '{"by":"b"}' }),
        fetch(`${apiA}/approvals/${approvalId}/approve`, { method: "POST", body: '{"by":"a"}' }),
      ]);
      expect([fromB.status, fromA.status].sort()).toEqual([200, 409]);
      const winner = (await (fromB.status === 200 ? fromB : fromA).json()) as {
        status: string;
        result: unknown;
      };
      expect(winner).toMatchObject({ status: "completed", result: "ch_pg" });
      expect(effects()).toEqual(["quote pg", "charge pg 1250"]);

      // A's client learns the outcome by the execution id, whichever process resumed it.
      const outcome = await client.callTool({
        name: "execute",
        arguments: { executionId: paused.executionId },
      });
      expect(outcome.structuredContent).toMatchObject({ status: "completed", result: "ch_pg" });

      // A's event stream saw the approval decided and the execution complete.
      let seen = "";
      const decoder = new TextDecoder();
      const deadline = Date.now() + 5_000;
      while (reader && !seen.includes('"status":"completed"') && Date.now() < deadline) {
        const chunk = await reader.read();
        if (chunk.done) break;
        seen += decoder.decode(chunk.value);
      }
      await reader?.cancel();
      expect(seen).toContain(`"approvalId":"${approvalId}"`);
      expect(seen).toContain('"status":"completed"');
      await client.close();
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 60_000);

  it("a store that goes away mid-run stops the run with a clear error and leaves the intent on record", async () => {
    const url = await schemas.create();
    const target = new URL(url);
    const sockets = new Set<Socket>();
    const proxy = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
    });
    await new Promise<void>((done) => proxy.listen(0, "127.0.0.1", done));
    const proxied = new URL(url);
    proxied.hostname = "127.0.0.1";
    proxied.port = String((proxy.address() as AddressInfo).port);
    const cut = () => {
      proxy.close();
      for (const socket of sockets) socket.destroy();
    };
    const cm = await createCodeMode({
      store: proxied.toString(),
      typecheck: false,
      functions: {
        db: {
          outage: {
            execute: async () => {
              cut();
              return "the store is gone";
            },
          },
          after: { execute: async () => "never" },
        },
      },
    });
    let message = "";
    try {
      await cm.execute(`await db.outage({}); return await db.after({});`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/journal store|PostgreSQL/i);
    await cm.close().catch(() => {});

    const direct = await createCodeMode({ store: url, typecheck: false });
    try {
      const [execution] = await direct.executions();
      expect(execution?.status).toBe("running");
      const { calls } = await direct.journal(execution?.id ?? "");
      // The intent of the call in flight is on record; nothing after it was made.
      expect(calls.map((call) => [call.name, call.state])).toEqual([["outage", "started"]]);
    } finally {
      await direct.close();
    }
  }, 60_000);

  it("a store that cannot be reached gives one clear error", async () => {
    await expect(
      createCodeMode({ store: "postgres://postgres@127.0.0.1:1/test", typecheck: false }),
    ).rejects.toThrow(/127\.0\.0\.1:1/);
  });
});
