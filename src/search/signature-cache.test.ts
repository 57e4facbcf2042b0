import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Operation } from "../core/operation.js";
import { cachedSignatures } from "./signature-cache.js";

const operation = (name: string, sourceDigest?: string): Operation => ({
  namespace: "api",
  name,
  inputSchema: { type: "object" },
  source: { kind: "openapi", method: "get", path: `/${name}` },
  ...(sourceDigest ? { sourceDigest } : {}),
});

describe("cachedSignatures", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it("renders a spec operation's signature once across processes, and others in each", async () => {
    const folder = mkdtempSync(join(tmpdir(), "codemode-signatures-"));
    folders.push(folder);
    const file = join(folder, "signatures-key.json");
    const rendered: string[] = [];
    const render = (op: Operation) => {
      rendered.push(op.name);
      return `api.${op.name}(): Promise<any>`;
    };
    const first = cachedSignatures(file, render);
    expect(first(operation("listPets", "digest"))).toBe("api.listPets(): Promise<any>");
    expect(first(operation("listPets", "digest"))).toBe("api.listPets(): Promise<any>");
    first(operation("mcpTool"));
    await Promise.resolve();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      "api.listPets": "api.listPets(): Promise<any>",
    });

    // A new process: the spec operation's signature comes from the file, the tool's is rendered.
    const second = cachedSignatures(file, render);
    expect(second(operation("listPets", "digest"))).toBe("api.listPets(): Promise<any>");
    second(operation("mcpTool"));
    expect(rendered).toEqual(["listPets", "mcpTool", "mcpTool"]);
  });

  it("renders as usual when the folder cannot be written", async () => {
    const folder = mkdtempSync(join(tmpdir(), "codemode-signatures-"));
    folders.push(folder);
    // A file where the folder should be.
    writeFileSync(join(folder, "cache"), "");
    const render = (op: Operation) => `api.${op.name}()`;
    const signature = cachedSignatures(join(folder, "cache", "signatures.json"), render);
    expect(signature(operation("getPet", "digest"))).toBe("api.getPet()");
    await Promise.resolve();
    expect(signature(operation("getPet", "digest"))).toBe("api.getPet()");
  });
});
