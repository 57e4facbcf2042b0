import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { createJsonApi } from "../src/server/json-api.js";

const SVG = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`,
).toString("base64");

describe("the console's API: real values for operators, tokens for viewers, emitted content", () => {
  let cm: CodeMode;
  let api: ReturnType<typeof createJsonApi>;
  let executionId: string;

  beforeAll(async () => {
    cm = await createCodeMode({ typecheck: false, privacy: { tokenize: ["email", "ip"] } });
    api = createJsonApi(cm);
    const outcome = await cm.execute(
      `console.log("login from 198.51.100.4");
       await codemode.emit({ type: "text", text: "Sent to grace@example.com" });
       await codemode.emit({ type: "image", data: "${SVG}", mimeType: "image/svg+xml" });
       await codemode.emit({ type: "file", data: "aGVsbG8=", mimeType: "text/html", name: "report <1>.html" });
       return { to: "grace@example.com" }`,
    );
    executionId = outcome.executionId;
    expect(outcome.result).toEqual({ to: "[email_1]" });
  });
  afterAll(async () => cm?.close());

  const get = (path: string, role?: "operator" | "viewer") =>
    api(
      new Request(`http://127.0.0.1/api/${path}`),
      role ? { credential: { name: role, role } } : {},
    );

  it("shows an operator the real values and a viewer the tokens", async () => {
    type Journal = {
      execution: { result: unknown; logs: string[] };
      emitted: unknown[];
    };
    const operator = (await (await get(`executions/${executionId}`, "operator")).json()) as Journal;
    expect(operator.execution.result).toEqual({ to: "grace@example.com" });
    expect(operator.execution.logs).toEqual(["login from 198.51.100.4"]);
    const viewer = (await (await get(`executions/${executionId}`, "viewer")).json()) as Journal;
    expect(viewer.execution.result).toEqual({ to: "[email_1]" });
    expect(viewer.execution.logs).toEqual(["login from [ip_1]"]);
    const listed = await (await get("executions", "viewer")).json();
    expect(JSON.stringify(listed)).not.toContain("grace@example.com");
    // What was emitted is the user's: it comes with the execution.
    expect(operator.emitted[0]).toEqual({ type: "text", text: "Sent to grace@example.com" });
  });

  it("serves emitted images and files under a sandboxing policy, files as attachments", async () => {
    const image = await get(`executions/${executionId}/emitted/1`, "operator");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
    expect(image.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await image.text()).toContain("<svg");
    const file = await get(`executions/${executionId}/emitted/2`, "operator");
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="report__1_.html"');
    expect(await file.text()).toBe("hello");
    expect((await get(`executions/${executionId}/emitted/0`, "operator")).status).toBe(404);
    expect((await get(`executions/${executionId}/emitted/9`, "operator")).status).toBe(404);
  });
});
