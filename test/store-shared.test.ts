import { afterAll, describe, expect, it } from "vitest";
import { DURABLE_CONFIG, durableWorkspace, runCli } from "./helpers/cli-workspace.js";
import { POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";
import { connectHttp, startHttpGateway } from "./helpers/serve-gateway.js";

// The README's approval walkthrough beside a running gateway: `codemode serve --http` holds the
// default embedded store while CLI commands in other processes run, list, approve and show
// executions through the same store; the gateway sees their effects and streams them to the
// console; and once it is killed with -9, the CLI alone still works.

const CONFIG = DURABLE_CONFIG;

const workspace = (store?: string) => durableWorkspace("shared", store);

/** Reads the gateway's server-sent events into `events` until `stop()`. */
function listen(url: string) {
  const events: { type: string; executionId?: string; status?: string }[] = [];
  const controller = new AbortController();
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    connected = resolve;
  });
  const done = (async () => {
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const chunk = await reader?.read();
      connected();
      if (!chunk || chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop() ?? "";
      for (const block of blocks) {
        const data = block
          .split("\n")
          .filter((line) => line.startsWith("data:"))
          .map((line) => line.slice(5).trim())
          .join("");
        if (data) events.push(JSON.parse(data));
      }
    }
  })().catch(() => {});
  return {
    events,
    /** The stream is open (the gateway sent its first comment): later changes reach it. */
    ready,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}

/**
 * A GET of the gateway's JSON API. The CLI runs synchronously here (spawnSync), holding this
 * process's event loop for seconds: a pooled connection the gateway closed meanwhile is only
 * noticed on reuse, so a read is tried once more on a fresh connection.
 */
async function getJson(url: string): Promise<unknown> {
  try {
    return await (await fetch(url)).json();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw error;
    return (await fetch(url)).json();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("one embedded store, many processes", () => {
  it("runs the approval walkthrough from the CLI beside a running gateway, which sees every change", async () => {
    const { env, cli, effects } = workspace();
    const gateway = await startHttpGateway(["--config", CONFIG, "--http", "127.0.0.1:0"], { env });
    const api = gateway.url.replace(/\/mcp$/, "/api");
    const stream = listen(`${api}/events`);
    await stream.ready;
    try {
      // A run from the CLI pauses at its gate, with the gateway holding the store.
      const run = cli(
        ["run", "-"],
        'const q = await payments.quote({ order: "cli" });\nconst c = await payments.charge({ order: "cli", cents: q.cents });\nreturn c.chargeId;',
      );
      expect(run.status, run.stderr).toBe(3);
      const approvalId = /codemode approvals approve (\S+)/.exec(run.stderr)?.[1] ?? "";
      expect(approvalId).not.toBe("");

      // The gateway sees it in its API, and its console's event stream heard it.
      const pending = (await getJson(`${api}/approvals`)) as { id: string }[];
      expect(pending.map((approval) => approval.id)).toContain(approvalId);
      await until(
        () => stream.events.some((event) => event.status === "paused"),
        "the pause event",
      );

      const listed = cli(["approvals", "list", "--json"]);
      expect(listed.status, listed.stderr).toBe(0);
      expect((JSON.parse(listed.stdout) as { id: string }[]).map((a) => a.id)).toEqual([
        approvalId,
      ]);

      const approved = cli(["approvals", "approve", approvalId]);
      expect(approved.status, approved.stderr).toBe(0);
      expect(approved.stdout).toContain("ch_cli");
      expect(effects()).toEqual(["quote cli", "charge cli 1250"]);
      await until(
        () =>
          stream.events.some((event) => event.type === "approval" && event.status === "approved"),
        "the approval event",
      );

      const executions = JSON.parse(cli(["executions", "list", "--json"]).stdout) as {
        id: string;
        status: string;
      }[];
      expect(executions[0]?.status).toBe("completed");
      const shown = cli(["executions", "show", executions[0]?.id ?? "", "--json"]);
      expect(shown.status, shown.stderr).toBe(0);
      expect(JSON.parse(shown.stdout)).toMatchObject({
        execution: { status: "completed", result: "ch_cli" },
      });
      const seen = (await getJson(`${api}/executions/${executions[0]?.id}`)) as {
        execution: { status: string };
      };
      expect(seen.execution.status).toBe("completed");

      // The other way round: the gateway's execution pauses, the CLI decides it, once.
      const { client } = await connectHttp(gateway.url);
      const result = await client.callTool({
        name: "execute",
        arguments: {
          code: 'const c = await payments.charge({ order: "mcp", cents: 99 }); return c.chargeId',
        },
      });
      const paused = result.structuredContent as {
        executionId: string;
        pending: { approvalId: string }[];
      };
      const decided = cli(["approvals", "approve", paused.pending[0]?.approvalId ?? "", "--json"]);
      expect(decided.status, decided.stderr).toBe(0);
      expect(JSON.parse(decided.stdout)).toMatchObject({ status: "completed", result: "ch_mcp" });
      const outcome = await client.callTool({
        name: "execute",
        arguments: { executionId: paused.executionId },
      });
      expect(outcome.structuredContent).toMatchObject({ status: "completed", result: "ch_mcp" });
      expect(effects().filter((line) => line.startsWith("charge mcp"))).toEqual(["charge mcp 99"]);
      await client.close();
    } finally {
      await stream.stop();
      await gateway.stop();
    }
  });

  it("keeps working from the CLI after the gateway is killed with -9 mid-run", async () => {
    const { env, cli, effects } = workspace();
    const gateway = await startHttpGateway(["--config", CONFIG, "--http", "127.0.0.1:0"], { env });
    const { client } = await connectHttp(gateway.url);
    void client
      .callTool({ name: "execute", arguments: { code: 'await payments.hang({ order: "k" })' } })
      .catch(() => undefined);
    await until(() => effects().includes("hang k"), "the hanging call");
    gateway.child.kill("SIGKILL");
    await new Promise((resolve) => gateway.child.once("exit", resolve));
    await client.close().catch(() => {});

    const started = Date.now();
    const listed = cli(["executions", "list", "--json"]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    // Its owner is gone: the interrupted execution is recovered at once, its call never re-made.
    expect(JSON.parse(listed.stdout)[0]).toMatchObject({
      status: "failed",
      error: { code: "interrupted" },
    });
    const run = cli(["run", "-"], 'return (await payments.quote({ order: "after" })).cents');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe("1250");
    expect(effects()).toEqual(["hang k", "quote after"]);
    // And a new gateway opens the same store.
    const next = await startHttpGateway(["--config", CONFIG, "--http", "127.0.0.1:0"], { env });
    await next.stop();
  });

  const schemas = POSTGRES_URL ? postgresSchemas(POSTGRES_URL) : undefined;
  afterAll(async () => schemas?.dropAll());

  for (const kind of ["embedded", "postgres"] as const) {
    it.skipIf(kind === "postgres" && !POSTGRES_URL)(
      `lets three deciders in three processes race for one approval (${kind} store): exactly one wins`,
      async () => {
        const { env, cli, effects } = workspace(
          kind === "postgres" ? await schemas?.create() : undefined,
        );
        const run = cli(
          ["run", "-"],
          'return (await payments.charge({ order: "race", cents: 5 })).chargeId',
        );
        expect(run.status, run.stderr).toBe(3);
        const approvalId = /codemode approvals approve (\S+)/.exec(run.stderr)?.[1] ?? "";
        const decide = async () => {
          const outcome = await runCli(["approvals", "approve", approvalId, "--config", CONFIG], {
            env,
          });
          return { code: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr };
        };
        const outcomes = await Promise.all([decide(), decide(), decide()]);
        const codes = outcomes.map((outcome) => outcome.code).sort();
        expect(codes, JSON.stringify(outcomes)).toEqual([0, 2, 2]);
        expect(outcomes.filter((outcome) => /already approved/.test(outcome.stderr))).toHaveLength(
          2,
        );
        expect(effects()).toEqual(["charge race 5"]);
      },
    );
  }
});
