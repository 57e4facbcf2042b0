import { MockLanguageModelV4 } from "ai/test";
import type { FunctionsInput } from "../../src/connectors/functions/functions-connector.js";
import { type CodeMode, createCodeMode } from "../../src/create-code-mode.js";

/** A small shop: two reads, and a reorder that waits for a person. Every order placed is recorded. */
export function shop(): { functions: FunctionsInput; orders: string[] } {
  const orders: string[] = [];
  const stock: Record<string, number> = { "TEA-01": 42, "TEA-02": 3, "COF-01": 12 };
  const functions: FunctionsInput = {
    shop: {
      listProducts: {
        description: "List the SKUs of the shop.",
        input: { type: "object", properties: {} },
        output: { type: "array", items: { type: "string" } },
        annotations: { readOnlyHint: true },
        execute: async () => Object.keys(stock),
      },
      getStock: {
        description: "Units in stock for one product.",
        input: {
          type: "object",
          properties: { sku: { type: "string", description: "Product SKU, e.g. TEA-01" } },
          required: ["sku"],
          additionalProperties: false,
        },
        output: {
          type: "object",
          properties: { sku: { type: "string" }, units: { type: "integer" } },
          required: ["sku", "units"],
        },
        annotations: { readOnlyHint: true },
        execute: async ({ sku }: { sku: string }) => ({ sku, units: stock[sku] ?? 0 }),
      },
      reorder: {
        description: "Order more units of a product from its supplier.",
        input: {
          type: "object",
          properties: { sku: { type: "string" }, units: { type: "integer", minimum: 1 } },
          required: ["sku", "units"],
          additionalProperties: false,
        },
        output: {
          type: "object",
          properties: { orderId: { type: "string" } },
          required: ["orderId"],
        },
        needsApproval: true,
        execute: async ({ sku, units }: { sku: string; units: number }) => {
          orders.push(`${sku} x${units}`);
          return { orderId: `PO-${sku}-${units}` };
        },
      },
    },
  };
  return { functions, orders };
}

/** A runtime on the shop with the journal in memory and type-checking on. */
export async function shopCodeMode(): Promise<{ codeMode: CodeMode; orders: string[] }> {
  const { functions, orders } = shop();
  const codeMode = await createCodeMode({ functions, store: ":memory:", typecheck: true });
  return { codeMode, orders };
}

/** What a language model returns for one step (the AI SDK's LanguageModelV4 result). */
export type GenerateResult = Awaited<ReturnType<MockLanguageModelV4["doGenerate"]>>;

const USAGE: GenerateResult["usage"] = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** One model response that calls a tool. */
export function toolCallResponse(
  toolCallId: string,
  toolName: string,
  input: Record<string, unknown>,
): GenerateResult {
  return {
    content: [{ type: "tool-call", toolCallId, toolName, input: JSON.stringify(input) }],
    finishReason: { unified: "tool-calls", raw: "tool_calls" },
    usage: USAGE,
    warnings: [],
  };
}

/** One model response that answers in text and ends the turn. */
export function textResponse(text: string): GenerateResult {
  return {
    content: [{ type: "text", text }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: USAGE,
    warnings: [],
  };
}

/**
 * A mock model that answers from a queue the test fills, turn by turn: responses for a later turn
 * can use what the earlier ones produced (an execution's id).
 */
export function scriptedModel(): { model: MockLanguageModelV4; queue: GenerateResult[] } {
  const queue: GenerateResult[] = [];
  const model = new MockLanguageModelV4({
    doGenerate: async () => {
      const next = queue.shift();
      if (!next) throw new Error("the scripted model has no response left");
      return next;
    },
  });
  return { model, queue };
}
