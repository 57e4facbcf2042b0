import { generateText, isStepCount, type ModelMessage, streamText } from "ai";
import { convertArrayToReadableStream, MockLanguageModelV4 } from "ai/test";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aiTools, pausedExecutions } from "../src/ai/index.js";
import type { ExecutionResult } from "../src/core/executions.js";
import type { CodeMode } from "../src/create-code-mode.js";
import { agentSystemPrompt } from "../src/providers/agent-system-prompt.js";
import {
  scriptedModel,
  shopCodeMode,
  textResponse,
  toolCallResponse,
} from "./helpers/agent-fixtures.js";

type Prompt = MockLanguageModelV4["doGenerateCalls"][number]["prompt"];

/** The tool result the model read before its step: the last message of the prompt it was sent. */
function lastToolResult(prompt: Prompt | undefined) {
  const message = prompt?.at(-1);
  if (message?.role !== "tool") throw new Error(`expected a tool message, got ${message?.role}`);
  expect(message.content).toHaveLength(1);
  return message.content[0];
}

const TYPE_ERROR_CODE = [
  "const skus = await shop.listProducts({});",
  "const levels = await Promise.all(skus.map((sku) => shop.getStock({ skuu: sku })));",
  "return levels;",
].join("\n");
const FIXED_CODE = [
  "const skus = await shop.listProducts({});",
  "const levels = await Promise.all(skus.map((sku) => shop.getStock({ sku })));",
  "const low = levels.filter((level) => level.units < 5);",
  'console.log(low.length, "of", skus.length, "running low");',
  "return low;",
].join("\n");
const REORDER_CODE = [
  'const order = await shop.reorder({ sku: "TEA-02", units: 17 });',
  "return order.orderId;",
].join("\n");

describe("codemode/ai on the AI SDK (mock language model)", () => {
  let codeMode: CodeMode;
  let orders: string[];
  beforeEach(async () => {
    ({ codeMode, orders } = await shopCodeMode());
  });
  afterEach(async () => {
    await codeMode.close();
  });

  it("runs a whole conversation: search, describe, a type error and its fix, a pause, approval by the app, the answer", async () => {
    const { model, queue } = scriptedModel();
    const { tools, system } = aiTools(codeMode);
    const task = "Which products are running low? Reorder TEA-02 up to 20 units.";
    const pausedAnswer =
      "Ordering 17 more TEA-02 waits for your approval; nothing was ordered yet.";
    queue.push(
      toolCallResponse("call-1", "search", { query: "stock of a product", limit: 2 }),
      toolCallResponse("call-2", "describe", { path: "shop.getStock" }),
      toolCallResponse("call-3", "execute", { code: TYPE_ERROR_CODE }),
      toolCallResponse("call-4", "execute", { code: FIXED_CODE }),
      toolCallResponse("call-5", "execute", { code: REORDER_CODE }),
      textResponse(pausedAnswer),
    );
    const first = await generateText({
      model,
      instructions: system,
      tools,
      prompt: task,
      stopWhen: isStepCount(10),
    });

    // The model was given the system prompt and codemode's three tools, as defined by cm.tools.
    const firstCall = model.doGenerateCalls[0];
    expect(firstCall?.prompt[0]).toEqual({ role: "system", content: agentSystemPrompt(codeMode) });
    expect(firstCall?.tools).toEqual(
      (["search", "describe", "execute"] as const).map((name) => ({
        type: "function",
        name,
        description: codeMode.tools[name].description,
        inputSchema: codeMode.tools[name].inputSchema,
      })),
    );

    // The exact tool calls, one per step, then the answer.
    expect(
      first.steps.map((step) =>
        step.toolCalls.map((call) => ({ toolName: call.toolName, input: call.input })),
      ),
    ).toEqual([
      [{ toolName: "search", input: { query: "stock of a product", limit: 2 } }],
      [{ toolName: "describe", input: { path: "shop.getStock" } }],
      [{ toolName: "execute", input: { code: TYPE_ERROR_CODE } }],
      [{ toolName: "execute", input: { code: FIXED_CODE } }],
      [{ toolName: "execute", input: { code: REORDER_CODE } }],
      [],
    ]);
    expect(first.text).toBe(pausedAnswer);

    // The exact results the model read after each call.
    const seen = model.doGenerateCalls.slice(1).map((call) => lastToolResult(call.prompt));
    expect(seen[0]).toEqual({
      type: "tool-result",
      toolCallId: "call-1",
      toolName: "search",
      output: {
        type: "text",
        value: [
          "shop.getStock(input: { sku: string }): Promise<{ sku: string; units: number }>",
          "  Units in stock for one product.",
          "shop.listProducts(input?: {}): Promise<string[]>",
          "  List the SKUs of the shop.",
        ].join("\n"),
      },
    });
    expect(seen[1]).toEqual({
      type: "tool-result",
      toolCallId: "call-2",
      toolName: "describe",
      output: {
        type: "text",
        value: [
          "declare namespace shop {",
          "  /** Units in stock for one product. */",
          "  function getStock(input: {",
          "    /** Product SKU, e.g. TEA-01 */",
          "    sku: string;",
          "  }): Promise<{ sku: string; units: number }>;",
          "}",
          "",
        ].join("\n"),
      },
    });
    // A real type error from the checker, with its line and column: nothing ran.
    expect(seen[2]).toEqual({
      type: "tool-result",
      toolCallId: "call-3",
      toolName: "execute",
      output: {
        type: "error-text",
        value: [
          "Failed: TypeError at line 2:68: Type error in the script, nothing was run.",
          "line 2:68: Object literal may only specify known properties, but 'skuu' does not exist in type '{ sku: string; }'. Did you mean to write 'sku'?",
        ].join("\n"),
      },
    });
    expect(seen[3]).toEqual({
      type: "tool-result",
      toolCallId: "call-4",
      toolName: "execute",
      output: {
        type: "text",
        value:
          'Console output:\n1 of 3 running low\n\nResult:\n[\n  {\n    "sku": "TEA-02",\n    "units": 3\n  }\n]',
      },
    });

    // The pause: a result the model explains, and the execution the app decides on.
    const paused = pausedExecutions(first);
    expect(paused).toHaveLength(1);
    const execution = paused[0] as ExecutionResult;
    const approvalId = execution.pending?.[0]?.approvalId ?? "";
    expect(execution).toMatchObject({ status: "paused", logs: [] });
    expect(execution.pending).toEqual([
      {
        approvalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        path: "shop.reorder",
        args: { sku: "TEA-02", units: 17 },
        summary:
          'shop.reorder({"sku":"TEA-02","units":17}): Order more units of a product from its supplier.',
        reason: "the function declares needsApproval",
        expiresAt: expect.any(Number),
      },
    ]);
    expect(seen[4]).toEqual({
      type: "tool-result",
      toolCallId: "call-5",
      toolName: "execute",
      output: {
        type: "text",
        value: [
          "Paused: waiting for a person to approve:",
          '- shop.reorder({"sku":"TEA-02","units":17}): Order more units of a product from its supplier.',
          `Nothing after that point ran. Tell the user; do not retry. Call execute with {"executionId":"${execution.executionId}"} later for the outcome.`,
        ].join("\n"),
      },
    });
    expect(first.steps[4]?.toolResults[0]?.output).toEqual(execution);
    expect(orders).toEqual([]);
    expect((await codeMode.pending()).map((approval) => approval.id)).toEqual([approvalId]);

    // The app approves: the execution resumes and the order is placed, once.
    const outcome = await codeMode.approve(approvalId, { by: "ada" });
    expect(outcome).toMatchObject({
      status: "completed",
      executionId: execution.executionId,
      result: "PO-TEA-02-17",
    });
    expect(orders).toEqual(["TEA-02 x17"]);

    // The next turn: the model reads the outcome by its executionId, then answers.
    const finalAnswer = "Done: order PO-TEA-02-17 for 17 units of TEA-02 was placed.";
    queue.push(
      toolCallResponse("call-6", "execute", { executionId: execution.executionId }),
      textResponse(finalAnswer),
    );
    const messages: ModelMessage[] = [
      { role: "user", content: task },
      ...first.response.messages,
      { role: "user", content: "I approved the reorder." },
    ];
    const second = await generateText({
      model,
      instructions: system,
      tools,
      messages,
      stopWhen: isStepCount(10),
    });
    expect(second.steps.map((step) => step.toolCalls.map((call) => call.input))).toEqual([
      [{ executionId: execution.executionId }],
      [],
    ]);
    expect(lastToolResult(model.doGenerateCalls[7]?.prompt)).toEqual({
      type: "tool-result",
      toolCallId: "call-6",
      toolName: "execute",
      output: { type: "text", value: "Result:\nPO-TEA-02-17" },
    });
    expect(second.text).toBe(finalAnswer);
    expect(pausedExecutions(second)).toEqual([]);
    expect(model.doGenerateCalls).toHaveLength(8);
    expect(orders).toEqual(["TEA-02 x17"]); // reading the outcome placed nothing again
  });

  // A tool that throws becomes the SDK's tool-error (the app keeps the error object); the model
  // reads it as error-text, named by the SDK as `${error.name}: ${error.message}`.
  it("gives a tool's error to the model as error-text, and the conversation goes on", async () => {
    const { model, queue } = scriptedModel();
    const { tools, system } = aiTools(codeMode);
    queue.push(
      toolCallResponse("call-1", "describe", { path: "shop.restock" }),
      toolCallResponse("call-2", "execute", {}),
      textResponse("There is no shop.restock."),
    );
    const result = await generateText({
      model,
      instructions: system,
      tools,
      prompt: "Restock the shop",
      stopWhen: isStepCount(5),
    });
    expect(lastToolResult(model.doGenerateCalls[1]?.prompt)).toEqual({
      type: "tool-result",
      toolCallId: "call-1",
      toolName: "describe",
      output: {
        type: "error-text",
        value:
          'ToolError: Nothing is called "shop.restock". Give "namespace.name" or "namespace" (namespaces: shop); search finds names.',
      },
    });
    expect(lastToolResult(model.doGenerateCalls[2]?.prompt)).toEqual({
      type: "tool-result",
      toolCallId: "call-2",
      toolName: "execute",
      output: { type: "error-text", value: 'ToolError: execute needs "code", a non-empty string.' },
    });
    expect(result.text).toBe("There is no shop.restock.");
  });

  it("works with streamText: the paused execution is in the streamed tool results", async () => {
    const { tools, system } = aiTools(codeMode);
    const usage = {
      inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 1, text: 1, reasoning: undefined },
    };
    const model = new MockLanguageModelV4({
      doStream: [
        {
          stream: convertArrayToReadableStream([
            { type: "stream-start", warnings: [] },
            {
              type: "tool-call",
              toolCallId: "call-1",
              toolName: "execute",
              input: JSON.stringify({ code: REORDER_CODE }),
            },
            { type: "finish", finishReason: { unified: "tool-calls", raw: undefined }, usage },
          ]),
        },
        {
          stream: convertArrayToReadableStream([
            { type: "stream-start", warnings: [] },
            { type: "text-start", id: "t" },
            { type: "text-delta", id: "t", delta: "It waits for your approval." },
            { type: "text-end", id: "t" },
            { type: "finish", finishReason: { unified: "stop", raw: undefined }, usage },
          ]),
        },
      ],
    });
    const result = streamText({
      model,
      instructions: system,
      tools,
      prompt: "Reorder TEA-02",
      stopWhen: isStepCount(5),
    });
    expect(await result.text).toBe("It waits for your approval.");
    const paused = pausedExecutions({ steps: await result.steps });
    expect(paused.map((execution) => execution.pending?.map((call) => call.path))).toEqual([
      ["shop.reorder"],
    ]);
    expect(orders).toEqual([]);
  });

  it("keeps the tools and the system prompt small (o200k tokens)", async () => {
    const { model, queue } = scriptedModel();
    const { tools, system } = aiTools(codeMode);
    queue.push(textResponse("ok"));
    await generateText({ model, instructions: system, tools, prompt: "hi" });
    const sentTools = encode(JSON.stringify(model.doGenerateCalls[0]?.tools)).length;
    // Budgets: the three tools as sent to the model < 650 (the MCP listing's promise is < 1,000,
    // test/serve-listing.test.ts); the prompt with this 3-operation catalog declared inline < 600
    // (the empty-catalog figure is in provider-tools.test.ts).
    expect(sentTools).toBeLessThan(650);
    expect(encode(system).length).toBeLessThan(600);
  });
});

describe("pausedExecutions", () => {
  const execution = (executionId: string, status: ExecutionResult["status"]): ExecutionResult => ({
    status,
    executionId,
    logs: [],
    stats: { durationMs: 1, toolCalls: 0, runs: 1 },
  });

  it("keeps the executions whose last state in the turn is paused, and ignores other tools", () => {
    const steps = [
      { toolResults: [{ toolName: "execute", output: execution("a", "paused") }] },
      { toolResults: [{ toolName: "search", output: [] }] },
      { toolResults: [{ toolName: "execute", output: execution("b", "paused") }] },
      { toolResults: [{ toolName: "execute", output: execution("a", "completed") }] },
      { toolResults: [{ toolName: "execute", output: execution("c", "failed") }] },
    ];
    expect(pausedExecutions({ steps }).map((paused) => paused.executionId)).toEqual(["b"]);
  });
});
