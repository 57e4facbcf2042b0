import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type CodeMode, createCodeMode } from "./create-code-mode.js";

describe("createCodeMode with host functions", () => {
  let cm: CodeMode;
  const calls: unknown[] = [];
  beforeAll(async () => {
    cm = await createCodeMode({
      functions: {
        crm: {
          findCustomer: {
            description: "Find a customer by email",
            input: {
              type: "object",
              properties: { email: { type: "string", format: "email" } },
              required: ["email"],
              additionalProperties: false,
            },
            output: {
              type: "object",
              properties: { id: { type: "string" }, email: { type: "string" } },
              required: ["id"],
            },
            execute: async (args: { email: string }) => {
              calls.push(args);
              return { id: `c_${args.email.length}`, email: args.email };
            },
          },
          addNote: {
            description: "Add a note to a customer",
            input: z.object({ customerId: z.string(), text: z.string().min(1) }),
            execute: async ({ customerId, text }: { customerId: string; text: string }) => ({
              customerId,
              text,
              saved: true,
            }),
          },
          explode: {
            input: { type: "object" },
            execute: async () => {
              throw new Error("database is down");
            },
          },
          huge: {
            input: { type: "object" },
            execute: async () => "x".repeat(50 * 1024 * 1024),
          },
        },
      },
      limits: { timeoutMs: 5000 },
    });
  });
  afterAll(async () => {
    await cm.close();
  });

  it("runs the example of the README", async () => {
    const result = await cm.execute("const r: number = 6 * 7; console.log({ r }); return r");
    expect(result).toMatchObject({ status: "completed", logs: ["{ r: 42 }"], result: 42 });
    expect(result.executionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("calls host functions with validated arguments", async () => {
    const result = await cm.execute(
      "const c = await crm.findCustomer({ email: 'ada@example.com' });\nconst n = await crm.addNote({ customerId: c.id, text: 'hi' });\nreturn { c, n }",
    );
    expect(result.status).toBe("completed");
    expect(result.result).toEqual({
      c: { id: "c_15", email: "ada@example.com" },
      n: { customerId: "c_15", text: "hi", saved: true },
    });
    expect(result.stats.toolCalls).toBe(2);
  });

  it("turns invalid arguments into a ToolError the model can act on", async () => {
    const result = await cm.execute(
      "try { await crm.findCustomer({ email: 'not-an-email', extra: 1 } as any) } catch (e) { return { name: e.name, code: e.code, message: e.message } }",
    );
    expect(result.result).toMatchObject({ name: "ToolError", code: "invalid_arguments" });
    const message = (result.result as { message: string }).message;
    expect(message).toContain("crm.findCustomer: invalid input");
    expect(message).toContain('unknown property "extra"');
    expect(message).toContain('must match format "email"');
  });

  it("validates zod inputs with zod", async () => {
    const result = await cm.execute("await crm.addNote({ customerId: 'c', text: '' })");
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({ name: "ToolError", line: 1 });
    expect(result.error?.message).toMatch(/text: .*(>=1|at least 1|too small)/i);
  });

  it("reports a host function's failure without its stack", async () => {
    const result = await cm.execute("\nawait crm.explode({})");
    expect(result.error).toMatchObject({
      name: "ToolError",
      message: "crm.explode failed: database is down",
      line: 2,
    });
    expect(result.error?.stack ?? "").not.toContain("create-code-mode");
  });

  it("refuses a tool result too large for the sandbox with a clear error", async () => {
    const result = await cm.execute("await crm.huge({})");
    expect(result.status).toBe("failed");
    // Past limits.maxCallBytes it is withheld before it reaches the sandbox (or the journal).
    expect(result.error?.message).toMatch(
      /crm\.huge was made, but its result is .*limits\.maxCallBytes/,
    );
    const roomy = await createCodeMode({
      functions: { crm: { huge: { execute: () => "x".repeat(50 * 1024 * 1024) } } },
      limits: { maxCallBytes: 64 * 1024 * 1024 },
    });
    const inSandbox = await roomy.execute("await crm.huge({})");
    expect(inSandbox.error?.message).toMatch(/crm\.huge returned 50\.0 MB.*limits\.memoryMb/);
    await roomy.close();
    expect((await cm.execute("return 1")).result).toBe(1);
  });

  it("type-checks against the declarations before running", async () => {
    calls.length = 0;
    const result = await cm.execute("await crm.findCustomer({ mail: 'a@b.c' });");
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({ code: "type_error", line: 1 });
    expect(result.error?.message).toContain("mail");
    expect(calls).toEqual([]);
  });

  it("reports a syntax error with its line before running", async () => {
    const result = await cm.execute("const a = 1;\nconst b = ;");
    expect(result.error).toMatchObject({ name: "SyntaxError", code: "syntax_error", line: 2 });
  });

  it("reports a runtime error at the line of the TypeScript source", async () => {
    const result = await cm.execute(
      "interface Customer {\n  id: string;\n}\nconst list: Customer[] = [];\nconst first = list[0] as any;\nreturn first.id;",
    );
    expect(result.error).toMatchObject({ name: "TypeError", line: 6 });
  });

  it("ends a run that makes too many tool calls", async () => {
    const result = await cm.execute(
      "for (let i = 0; i < 10; i++) { try { await crm.findCustomer({ email: 'a@b.co' }) } catch {} }\nreturn 'not reached'",
      { limits: { maxToolCalls: 3 } },
    );
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({ code: "tool_call_limit" });
    expect(result.error?.message).toContain("limits.maxToolCalls");
    // Three calls were made; the fourth was refused.
    expect(result.stats.toolCalls).toBe(3);
  });

  it("ends a run that prints more than the output limit, keeping what fit", async () => {
    const result = await cm.execute("for (let i = 0; ; i++) console.log('line', i)", {
      limits: { maxOutputChars: 200, maxRefChars: 0 },
    });
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({ code: "output_limit" });
    expect(result.logs[0]).toBe("line 0");
    expect(result.logs.at(-1)).toContain("output truncated at 200 characters");
    expect(result.logs.join("\n").length).toBeLessThan(300);
  });

  it("caps a large result with a notice and valid JSON (no references kept)", async () => {
    const result = await cm.execute("return Array.from({ length: 5000 }, (_, i) => ({ i }))", {
      limits: { maxOutputChars: 1000, maxRefChars: 0 },
    });
    expect(result.status).toBe("completed");
    const capped = result.result as { truncated: boolean; notice: string; preview: string };
    expect(capped.truncated).toBe(true);
    expect(capped.notice).toContain("limits.maxOutputChars");
    expect(capped.preview).toHaveLength(1000);
    expect(() => JSON.parse(JSON.stringify(result))).not.toThrow();
  });

  it("discovers operations from inside a script", async () => {
    const result = await cm.execute(
      "const hits = await codemode.search('customer email', { limit: 2 });\nconst d = await codemode.describe(hits[0].path);\nreturn { path: hits[0].path, d }",
    );
    expect(result.result).toMatchObject({ path: "crm.findCustomer" });
    expect((result.result as { d: string }).d).toContain("function findCustomer(");
  });

  it("searches, describes and lists types", async () => {
    const hits = await cm.search("note");
    expect(hits[0]?.path).toBe("crm.addNote");
    expect(hits[0]?.signature).toContain("addNote(");
    expect(await cm.describe("crm")).toContain("declare namespace crm");
    await expect(cm.describe("nope.nothing")).rejects.toThrow(/Nothing is called "nope.nothing"/);
    expect(cm.types()).toContain("declare namespace codemode");
    expect(cm.types()).toContain("function findCustomer(");
  });

  it("teaches the model through its system prompt and tools", async () => {
    expect(cm.systemPrompt).toContain("function findCustomer(");
    expect(Object.keys(cm.tools).sort()).toEqual(["describe", "execute", "search"]);
    const executed = (await cm.tools.execute.execute({ code: "return 1 + 1" })) as {
      result: number;
    };
    expect(executed.result).toBe(2);
    expect(cm.tools.search.annotations.readOnlyHint).toBe(true);
  });
});
