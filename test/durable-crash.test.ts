import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { describe, expect, it } from "vitest";
import { DURABLE_CONFIG, durableWorkspace } from "./helpers/cli-workspace.js";
import { BIN } from "./helpers/serve-gateway.js";

const CONFIG = DURABLE_CONFIG;

const workspace = () => durableWorkspace("crash");

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("durability across kill -9 (embedded store)", () => {
  it("an execution killed while running is recovered as failed, its open call marked unknown and never re-made", async () => {
    const { env, cli, effects } = workspace();
    const child = spawn(process.execPath, [BIN, "run", "-", "--config", CONFIG], {
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    child.stdin.end(`await payments.quote({ order: "a" });\nawait payments.hang({ order: "a" });`);
    await until(() => effects().includes("hang a"), "the hanging call to start");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const listed = cli(["executions", "list", "--json"]);
    expect(listed.status, listed.stderr).toBe(0);
    const [execution] = JSON.parse(listed.stdout) as {
      id: string;
      status: string;
      error?: { code: string };
    }[];
    expect(execution).toMatchObject({ status: "failed", error: { code: "interrupted" } });

    const shown = cli(["executions", "show", execution?.id ?? "", "--json"]);
    const journal = JSON.parse(shown.stdout) as { calls: { name: string; state: string }[] };
    expect(journal.calls.map((call) => [call.name, call.state])).toEqual([
      ["quote", "applied"],
      ["hang", "unknown"],
    ]);
    expect(effects()).toEqual(["quote a", "hang a"]);
  });

  it("an execution paused in a gateway killed with -9 is still approvable, and resumes applying each call once", async () => {
    const { env, cli, effects } = workspace();
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [BIN, "serve", "--config", CONFIG],
      env: env as Record<string, string>,
      stderr: "pipe",
    });
    const client = new Client({ name: "crash-test", version: "1.0.0" });
    await client.connect(transport);
    const result = await client.callTool({
      name: "execute",
      arguments: {
        code: `const q = await payments.quote({ order: "b" });\nconst c = await payments.charge({ order: "b", cents: q.cents });\nreturn c.chargeId;`,
      },
    });
    const paused = result.structuredContent as {
      status: string;
      executionId: string;
      pending: { approvalId: string; summary: string }[];
    };
    expect(paused.status).toBe("paused");
    expect(paused.pending[0]?.summary).toContain('payments.charge({"order":"b","cents":1250})');
    const pid = transport.pid;
    if (!pid) throw new Error("no server pid");
    process.kill(pid, "SIGKILL");
    await client.close().catch(() => {});

    const pending = cli(["approvals", "list", "--json"]);
    expect(pending.status, pending.stderr).toBe(0);
    expect((JSON.parse(pending.stdout) as { id: string }[]).map((approval) => approval.id)).toEqual(
      [paused.pending[0]?.approvalId],
    );

    const approved = cli(["approvals", "approve", paused.pending[0]?.approvalId ?? "", "--json"]);
    expect(approved.status, approved.stderr).toBe(0);
    expect(JSON.parse(approved.stdout)).toMatchObject({
      status: "completed",
      executionId: paused.executionId,
      result: "ch_b",
    });
    expect(effects()).toEqual(["quote b", "charge b 1250"]);

    const again = cli(["approvals", "approve", paused.pending[0]?.approvalId ?? ""]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already approved/);
    expect(effects()).toEqual(["quote b", "charge b 1250"]);
  });

  it("walks through run → paused (exit 3) → approvals approve → result, then rolls back", () => {
    const { cli, effects } = workspace();
    const run = cli(
      ["run", "-"],
      `const q = await payments.quote({ order: "c" });\nconsole.log("quoted", q.cents);\nconst c = await payments.charge({ order: "c", cents: q.cents });\nreturn c;`,
    );
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("quoted 1250\n");
    const approvalId = /codemode approvals approve (\S+)/.exec(run.stderr)?.[1];
    expect(approvalId, run.stderr).toBeDefined();

    const approved = cli(["approvals", "approve", approvalId ?? ""]);
    expect(approved.status, approved.stderr).toBe(0);
    expect(approved.stdout).toContain("quoted 1250");
    expect(approved.stdout).toContain("chargeId: 'ch_c'");
    expect(effects()).toEqual(["quote c", "charge c 1250"]);

    const listed = JSON.parse(cli(["executions", "list", "--json"]).stdout) as { id: string }[];
    const plan = cli(["executions", "rollback", listed[0]?.id ?? "", "--dry-run"]);
    expect(plan.stdout).toContain("#2 payments.charge: undo with revert of payments.charge");
    expect(plan.stdout).toContain("#1 payments.quote: not reversible");
    const rolled = cli(["executions", "rollback", listed[0]?.id ?? ""]);
    expect(rolled.status, rolled.stderr).toBe(0);
    expect(effects()).toEqual(["quote c", "charge c 1250", "refund c"]);
  });
});
