import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseModel, MISSING_KEY, runAgent, USAGE } from "../examples/agent.js";
import type { CodeMode } from "../src/create-code-mode.js";
import {
  scriptedModel,
  shopCodeMode,
  textResponse,
  toolCallResponse,
} from "./helpers/agent-fixtures.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const REORDER_CODE = 'return (await shop.reorder({ sku: "TEA-02", units: 17 })).orderId;';

/** Runs the example as `npm run agent` does, with only PATH and HOME in its environment. */
async function runExample(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "./scripts/register-typescript.mjs", "examples/agent.ts", ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("examples/agent.ts from the command line", () => {
  it("says which variables it needs and exits 2 without a key", async () => {
    const result = await runExample(["Which products are running low?"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: MISSING_KEY });
    expect(MISSING_KEY).toContain("OPENAI_API_KEY");
    expect(MISSING_KEY).toContain("ANTHROPIC_API_KEY");
    expect(MISSING_KEY).toContain("CODEMODE_MODEL");
  });

  it("prints its usage and exits 2 with a key but no task", async () => {
    const result = await runExample([], { OPENAI_API_KEY: "sk-test" });
    expect(result).toEqual({ code: 2, stdout: "", stderr: USAGE });
  });
});

describe("chooseModel", () => {
  it("picks the provider from the keys set, and the model from CODEMODE_MODEL", () => {
    expect(chooseModel({})).toBeUndefined();
    expect(chooseModel({ OPENAI_API_KEY: " " })).toBeUndefined();
    expect(chooseModel({ OPENAI_API_KEY: "k" })).toEqual({
      provider: "openai",
      modelId: "gpt-5-mini",
    });
    expect(chooseModel({ ANTHROPIC_API_KEY: "k", CODEMODE_MODEL: "claude-haiku-4-5" })).toEqual({
      provider: "anthropic",
      modelId: "claude-haiku-4-5",
    });
    expect(
      chooseModel({
        OPENAI_API_KEY: "k",
        ANTHROPIC_API_KEY: "k",
        CODEMODE_MODEL: "anthropic/claude-sonnet-4-5",
      }),
    ).toEqual({ provider: "anthropic", modelId: "claude-sonnet-4-5" });
    expect(chooseModel({ AI_GATEWAY_API_KEY: "k", CODEMODE_MODEL: "xai/grok-4" })).toEqual({
      provider: "gateway",
      modelId: "xai/grok-4",
    });
    // A provider named without its key is not silently swapped for another one.
    expect(
      chooseModel({ OPENAI_API_KEY: "k", CODEMODE_MODEL: "anthropic/claude-sonnet-4-5" }),
    ).toBeUndefined();
  });
});

describe("runAgent (mock language model)", () => {
  let codeMode: CodeMode;
  let orders: string[];
  beforeEach(async () => {
    ({ codeMode, orders } = await shopCodeMode());
  });
  afterEach(async () => {
    await codeMode.close();
  });

  async function converse(answer: string) {
    const { model, queue } = scriptedModel();
    queue.push(
      toolCallResponse("call-1", "execute", { code: REORDER_CODE }),
      textResponse("Reordering TEA-02 waits for your approval."),
      textResponse("All done."),
    );
    const said: string[] = [];
    const asked: string[] = [];
    const messages = await runAgent({
      codeMode,
      model,
      task: "Reorder TEA-02",
      io: {
        say: (text) => said.push(text),
        trace: () => {},
        ask: async (question) => {
          asked.push(question);
          return answer;
        },
      },
    });
    return { model, said, asked, messages };
  }

  it("asks the person about a paused call, approves it, and tells the model the outcome", async () => {
    const { model, said, asked, messages } = await converse("y");
    expect(asked).toEqual([
      'Waiting for approval: shop.reorder({"sku":"TEA-02","units":17}): Order more units of a product from its supplier.\nApprove? [y/N] ',
    ]);
    expect(orders).toEqual(["TEA-02 x17"]);
    expect(said).toEqual(["Reordering TEA-02 waits for your approval.", "All done."]);
    const executionId = (await codeMode.executions())[0]?.id;
    // The third model call starts from the app's report: the decision and the outcome.
    expect(model.doGenerateCalls[2]?.prompt.at(-1)).toEqual({
      role: "user",
      content: [
        {
          type: "text",
          text: [
            'Approved by the user: shop.reorder({"sku":"TEA-02","units":17}): Order more units of a product from its supplier.',
            `Execution ${executionId}, resumed:`,
            "Result:",
            "PO-TEA-02-17",
          ].join("\n"),
        },
      ],
    });
    expect(messages.at(-1)).toMatchObject({ role: "assistant" });
  });

  it("rejects on anything but yes: nothing is ordered and the model reads the rejection", async () => {
    const { model, said } = await converse("");
    expect(orders).toEqual([]);
    expect(said.at(-1)).toBe("All done.");
    const report = model.doGenerateCalls[2]?.prompt.at(-1);
    expect(report?.role).toBe("user");
    const text = JSON.stringify(report?.content);
    expect(text).toContain("Rejected by the user: shop.reorder(");
    expect(text).toContain("Failed: ApprovalRejectedError");
    expect(text).toContain("The user said no at the terminal");
  });
});
