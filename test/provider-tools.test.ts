import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExecutionResult } from "../src/core/executions.js";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { agentSystemPrompt } from "../src/providers/agent-system-prompt.js";
import {
  anthropicTools,
  openAIResponsesTools,
  openAITools,
} from "../src/providers/provider-tools.js";
import { runToolCall } from "../src/providers/run-tool-call.js";
import {
  toAnthropicToolResult,
  toOpenAIResponsesOutput,
  toOpenAIToolMessage,
} from "../src/providers/tool-call-messages.js";
import { callGatewayTool } from "../src/server/gateway-tools.js";
import { shopCodeMode } from "./helpers/agent-fixtures.js";

const NAMES = ["search", "describe", "execute"] as const;

let codeMode: CodeMode;
let orders: string[];
beforeAll(async () => {
  ({ codeMode, orders } = await shopCodeMode());
});
afterAll(async () => {
  await codeMode.close();
});

describe("provider-neutral tool definitions", () => {
  it("gives cm.tools in OpenAI's Chat Completions format", () => {
    expect(openAITools(codeMode)).toEqual(
      NAMES.map((name) => ({
        type: "function",
        function: {
          name,
          description: codeMode.tools[name].description,
          parameters: codeMode.tools[name].inputSchema,
        },
      })),
    );
  });

  it("gives cm.tools in OpenAI's Responses format, strict mode off", () => {
    expect(openAIResponsesTools(codeMode)).toEqual(
      NAMES.map((name) => ({
        type: "function",
        name,
        description: codeMode.tools[name].description,
        parameters: codeMode.tools[name].inputSchema,
        strict: false,
      })),
    );
  });

  it("gives cm.tools in Anthropic's format", () => {
    expect(anthropicTools(codeMode)).toEqual(
      NAMES.map((name) => ({
        name,
        description: codeMode.tools[name].description,
        input_schema: codeMode.tools[name].inputSchema,
      })),
    );
  });
});

describe("runToolCall", () => {
  it("runs an OpenAI Chat Completions call and answers it with a tool message", async () => {
    const call = {
      id: "call_1",
      type: "function" as const,
      function: { name: "search", arguments: '{"query":"stock of a product","limit":1}' },
    };
    const result = await runToolCall(codeMode, call);
    expect(result).toEqual({
      callId: "call_1",
      name: "search",
      content:
        "shop.getStock(input: { sku: string }): Promise<{ sku: string; units: number }>\n  Units in stock for one product.",
      isError: false,
      output: [expect.objectContaining({ path: "shop.getStock" })],
    });
    expect(toOpenAIToolMessage(result)).toEqual({
      role: "tool",
      tool_call_id: "call_1",
      content: result.content,
    });
  });

  it("runs an OpenAI Responses function call and answers it with function_call_output", async () => {
    const call = {
      type: "function_call" as const,
      call_id: "call_2",
      name: "execute",
      arguments: JSON.stringify({ code: 'return (await shop.getStock({ sku: "TEA-02" })).units' }),
    };
    const result = await runToolCall(codeMode, call);
    expect(result).toMatchObject({
      callId: "call_2",
      name: "execute",
      content: "Result:\n3",
      isError: false,
    });
    expect((result.output as ExecutionResult).status).toBe("completed");
    expect(toOpenAIResponsesOutput(result)).toEqual({
      type: "function_call_output",
      call_id: "call_2",
      output: "Result:\n3",
    });
  });

  it("runs an Anthropic tool_use block: a pause, then the outcome by executionId after approval", async () => {
    const block = {
      type: "tool_use" as const,
      id: "toolu_1",
      name: "execute",
      input: { code: 'return (await shop.reorder({ sku: "COF-01", units: 8 })).orderId' },
    };
    const paused = await runToolCall(codeMode, block);
    const execution = paused.output as ExecutionResult;
    expect(execution.status).toBe("paused");
    expect(execution.pending?.map((call) => call.path)).toEqual(["shop.reorder"]);
    expect(paused).toMatchObject({ callId: "toolu_1", name: "execute", isError: false });
    expect(paused.content).toBe(
      [
        "Paused: waiting for a person to approve:",
        '- shop.reorder({"sku":"COF-01","units":8}): Order more units of a product from its supplier.',
        `Nothing after that point ran. Tell the user; do not retry. Call execute with {"executionId":"${execution.executionId}"} later for the outcome.`,
      ].join("\n"),
    );
    expect(toAnthropicToolResult(paused)).toEqual({
      type: "tool_result",
      tool_use_id: "toolu_1",
      content: paused.content,
    });
    expect(orders).toEqual([]);

    await codeMode.approve(execution.pending?.[0]?.approvalId ?? "", { by: "ada" });
    expect(orders).toEqual(["COF-01 x8"]);
    const outcome = await runToolCall(codeMode, {
      type: "tool_use",
      id: "toolu_2",
      name: "execute",
      input: { executionId: execution.executionId },
    });
    expect(outcome).toMatchObject({ content: "Result:\nPO-COF-01-8", isError: false });
  });

  it("marks a type error as an error, with its line, in both formats", async () => {
    const result = await runToolCall(codeMode, {
      type: "tool_use",
      id: "toolu_3",
      name: "execute",
      input: { code: 'const sku = "TEA-01";\nreturn await shop.getStock({ sku: 1 });' },
    });
    expect(result.isError).toBe(true);
    expect(result.content).toBe(
      [
        "Failed: TypeError at line 2:30: Type error in the script, nothing was run.",
        "line 2:30: Type 'number' is not assignable to type 'string'.",
      ].join("\n"),
    );
    expect(toAnthropicToolResult(result)).toEqual({
      type: "tool_result",
      tool_use_id: "toolu_3",
      content: result.content,
      is_error: true,
    });
    expect(toOpenAIToolMessage({ ...result, callId: "call_3" }).content).toBe(result.content);
  });

  it("answers bad JSON arguments with an error result that says what to send, not a throw", async () => {
    const result = await runToolCall(codeMode, {
      id: "call_4",
      function: { name: "execute", arguments: '{"code": "return 1"' },
    });
    expect(result.isError).toBe(true);
    expect(result.callId).toBe("call_4");
    expect(result.output).toBeUndefined();
    expect(result.content).toMatch(/^The arguments of execute are not valid JSON \(.+\)\. /);
    expect(result.content).toMatch(/Send one JSON object, e\.g\. \{"code": "return 1 \+ 1"\}\.$/);
  });

  it("answers arguments that are JSON but not an object, an unknown tool and a missing argument as errors", async () => {
    const notObject = await runToolCall(codeMode, {
      type: "function_call",
      call_id: "call_5",
      name: "describe",
      arguments: '["shop"]',
    });
    expect(notObject).toEqual({
      callId: "call_5",
      name: "describe",
      content: 'The arguments of describe must be a JSON object, e.g. {"path": "namespace.name"}.',
      isError: true,
    });
    const unknown = await runToolCall(codeMode, {
      id: "call_6",
      function: { name: "delete_everything", arguments: "{}" },
    });
    expect(unknown).toEqual({
      callId: "call_6",
      name: "delete_everything",
      content: 'No tool is called "delete_everything". The tools are search, describe and execute.',
      isError: true,
    });
    const missing = await runToolCall(codeMode, {
      id: "call_7",
      function: { name: "describe", arguments: "" },
    });
    expect(missing).toEqual({
      callId: "call_7",
      name: "describe",
      content: 'describe needs "path", a non-empty string.',
      isError: true,
    });
  });

  it("throws for something that is no tool call at all (a bug in the app, not the model)", async () => {
    await expect(runToolCall(codeMode, { hello: "world" } as never)).rejects.toThrow(TypeError);
  });

  it("gives the model the same text as the MCP gateway (one formatter)", async () => {
    const inputs = {
      search: { query: "reorder" },
      describe: { path: "shop" },
      execute: { code: 'console.log("hi");\nreturn [1, 2];' },
    } as const;
    for (const name of NAMES) {
      const neutral = await runToolCall(codeMode, {
        id: name,
        function: { name, arguments: JSON.stringify(inputs[name]) },
      });
      const gateway = await callGatewayTool(codeMode, name, inputs[name]);
      expect(neutral.content).toBe((gateway.content[0] as { text: string }).text);
      expect(neutral.isError).toBe(gateway.isError === true);
    }
  });
});

describe("token budgets (o200k, the tokenizer of `codemode tokens`)", () => {
  // Budgets: each format's three tools < 600 tokens; the agent's system prompt < 450 for an
  // empty catalog and < 550 for the 3-operation shop, whose declarations it inlines (each with
  // the paragraph on references, tokens, long runs, emitted content and state: ~60).
  it("keeps the tools and the system prompt short", async () => {
    const empty = await createCodeMode({});
    try {
      const figures = {
        openAI: encode(JSON.stringify(openAITools(codeMode))).length,
        openAIResponses: encode(JSON.stringify(openAIResponsesTools(codeMode))).length,
        anthropic: encode(JSON.stringify(anthropicTools(codeMode))).length,
        systemEmpty: encode(agentSystemPrompt(empty)).length,
        systemShop: encode(agentSystemPrompt(codeMode)).length,
      };
      // The execute tool explains pauses, runs that yield, references, tokens and saving.
      expect(figures.openAI).toBeLessThan(650);
      expect(figures.openAIResponses).toBeLessThan(650);
      expect(figures.anthropic).toBeLessThan(650);
      expect(figures.systemEmpty).toBeLessThan(450);
      expect(figures.systemShop).toBeLessThan(600);
    } finally {
      await empty.close();
    }
  });

  it("teaches the workflow and what to do with a pause", () => {
    const system = agentSystemPrompt(codeMode);
    expect(system).toContain("search → describe → execute");
    expect(system).toContain("TypeScript");
    expect(system).toContain("return or print just what you need");
    expect(system).toContain("tell the user what waits and end your turn; do not retry");
  });
});

describe("the root entry", () => {
  it("never loads the AI SDK: only codemode/ai imports it", () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
    const seen = new Set<string>();
    const pending = [join(root, "index.ts")];
    const importsAi: string[] = [];
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      if (/from "ai(\/[^"]*)?"/.test(source)) importsAi.push(file);
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)\.js"/g))
        pending.push(join(dirname(file), `${match[1]}.ts`));
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(importsAi).toEqual([]);
  });
});
