import { afterAll, describe, expect, it } from "vitest";
import { DURABLE_CONFIG, durableWorkspace } from "./helpers/cli-workspace.js";
import { connectHttp, startHttpGateway } from "./helpers/serve-gateway.js";

// `codemode executions cancel ID`: from the CLI, a paused execution, and one a running gateway
// (another process sharing the store) is running.

describe("codemode executions cancel", () => {
  const space = durableWorkspace("cancel");
  let stopGateway: (() => Promise<void>) | undefined;
  afterAll(async () => stopGateway?.());

  it("cancels a paused execution, rejecting its pending approval", () => {
    const run = space.cli(
      ["run", "-", "--json"],
      `await payments.charge({ order: "o1", cents: 100 })`,
    );
    expect(run.status).toBe(3);
    const { executionId } = JSON.parse(run.stdout) as { executionId: string };
    const cancel = space.cli(["executions", "cancel", executionId]);
    expect(cancel.status, cancel.stderr).toBe(0);
    expect(cancel.stderr).toContain(
      `Execution ${executionId} is failed: The execution was cancelled by cli.`,
    );
    const approvals = space.cli(["approvals", "list", "--json"]);
    expect(JSON.parse(approvals.stdout)).toEqual([]);
    const again = space.cli(["executions", "cancel", executionId]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain("is already failed: there is nothing to cancel");
    expect(space.effects()).not.toContain("charge o1 100");
  });

  it("cancels an execution a running gateway is running, which stops it", async () => {
    const gateway = await startHttpGateway(["--config", DURABLE_CONFIG, "--http", "127.0.0.1:0"], {
      env: space.env,
    });
    stopGateway = gateway.stop;
    const { client } = await connectHttp(gateway.url);
    const answer = client.callTool({
      name: "execute",
      arguments: { code: `await payments.hang({ order: "o2" }); return "never"` },
    });
    const deadline = Date.now() + 15_000;
    while (!space.effects().includes("hang o2") && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const listed = space.cli(["executions", "list", "--status", "running", "--json"]);
    const [running] = JSON.parse(listed.stdout) as { id: string }[];
    expect(running?.id).toBeDefined();
    const cancel = space.cli(["executions", "cancel", running?.id ?? ""]);
    expect(cancel.status, cancel.stderr).toBe(0);
    // The gateway hears of it through the store and ends the run: its answer comes at once.
    const result = (await answer) as unknown as {
      structuredContent: { status: string; error?: { code?: string } };
    };
    expect(result.structuredContent).toMatchObject({
      status: "failed",
      error: { code: "cancelled" },
    });
    await client.close();
  }, 60_000);
});
