import { describe, expect, it } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";
import { loadToolListing, mcpOperations } from "../../test/typegen/mcp-operations.js";
import { renderDeclarations, renderOperation, renderSignature } from "./index.js";

// Real `tools/list` payloads of @modelcontextprotocol/server-filesystem and server-everything,
// captured by test/fixtures/capture-mcp-listings.mjs.
const filesystem = mcpOperations("fs", loadToolListing("mcp-filesystem-tools.json"));
const everything = mcpOperations("everything", loadToolListing("mcp-everything-tools.json"));

describe("declarations of real MCP tool listings", () => {
  const text = renderDeclarations([...filesystem, ...everything]);

  it("compiles, and scripts using the tools type-check against it", () => {
    const usage = [
      "export async function run() {",
      "  const file = await fs.read_text_file({ path: 'notes.md', head: 10 });",
      "  const text: string = file.content;",
      "  const media = await fs.read_media_file({ path: 'a.png' });",
      "  for (const block of media.content) if (block.type === 'resource') block.resource.blob;",
      "  await fs.edit_file({ path: 'a', edits: [{ oldText: 'x', newText: 'y' }], dryRun: true });",
      "  const weather = await everything.get_structured_content({ location: 'Chicago' });",
      "  const sum = await everything.get_sum({ a: 1, b: 2 });",
      "  await everything.get_env();",
      "  return [text, weather.temperature + 1, sum.anything];",
      "}",
    ].join("\n");
    expect(compileDiagnostics({ "types.ts": text, "usage.ts": usage })).toEqual([]);
  });

  it("rejects calls that do not match the schemas", () => {
    const usage = [
      "export async function run() {",
      "  await fs.read_text_file({ head: 10 });",
      "  await everything.get_structured_content({ location: 'Paris' });",
      "}",
    ].join("\n");
    const diagnostics = compileDiagnostics({ "types.ts": text, "usage.ts": usage });
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toContain("Property 'path' is missing");
    expect(diagnostics[1]).toContain(`'"Paris"' is not assignable`);
  });

  it("renders filesystem tools with their docs and outputSchema-derived results", () => {
    expect(text).toContain(
      [
        "  function read_text_file(input: {",
        "    path: string;",
        "    /** If provided, returns only the last N lines of the file */",
        "    tail?: number;",
        "    /** If provided, returns only the first N lines of the file */",
        "    head?: number;",
        "  }): Promise<{ content: string }>;",
      ].join("\n"),
    );
    expect(text).toContain(
      "function list_allowed_directories(input?: {}): Promise<{ content: string }>;",
    );
    expect(text).toContain(
      'content: ({ type: "image" | "audio"; data: string; mimeType: string } | { type: "resource"; resource: { uri: string; mimeType?: string; blob: string } })[];',
    );
    expect(text).toContain(
      "edits: {\n      /** Text to search for - must match exactly */\n      oldText: string;",
    );
  });

  it("renders everything tools, with names made identifiers and defaults in JSDoc", () => {
    expect(text).toContain(
      [
        "  /** Returns structured content along with an output schema for client data validation */",
        "  function get_structured_content(input: {",
        "    /** Choose city */",
        '    location: "New York" | "Chicago" | "Los Angeles";',
        "  }): Promise<{",
        "    /** Temperature in celsius */",
        "    temperature: number;",
      ].join("\n"),
    );
    expect(text).toContain("function get_env(input?: {}): Promise<any>;");
    expect(text).toContain("     * @format uri\n");
    expect(text).toContain('     * @default "resourceLink"\n');
    expect(text).toMatch(/declare namespace everything \{[\s\S]*\}\n\ndeclare namespace fs \{/);
  });

  it("renders each tool alone and as a signature", () => {
    const readText = filesystem.find((operation) => operation.name === "read_text_file");
    expect(readText).toBeDefined();
    if (readText === undefined) return;
    const alone = renderOperation(readText);
    expect(alone.startsWith("declare namespace fs {\n  /**\n   * Read the complete contents")).toBe(
      true,
    );
    expect(compileDiagnostics({ "types.ts": alone })).toEqual([]);
    expect(renderSignature(readText)).toBe(
      "fs.read_text_file(input: { path: string; tail?: number; head?: number }): Promise<{ content: string }>",
    );
    for (const operation of [...filesystem, ...everything]) {
      expect(renderSignature(operation).length).toBeLessThanOrEqual(160);
    }
  });
});
