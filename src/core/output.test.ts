import { describe, expect, it } from "vitest";
import { capResult, OutputBuffer } from "./output.js";

describe("output caps", () => {
  it("keeps a small result as it is and cuts a large one into valid JSON with a notice", () => {
    expect(capResult('{"a":1}', 100, JSON.parse)).toEqual({ a: 1 });
    expect(capResult(undefined, 100, JSON.parse)).toBeUndefined();
    const big = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => i) });
    const capped = capResult(big, 50, JSON.parse) as {
      truncated: boolean;
      notice: string;
      preview: string;
    };
    expect(capped.truncated).toBe(true);
    expect(capped.preview).toBe(big.slice(0, 50));
    expect(capped.notice).toContain("limits.maxOutputChars (50)");
    expect(JSON.parse(JSON.stringify(capped))).toEqual(capped);
  });

  it("collects lines up to the limit, then adds a notice and refuses more", () => {
    const buffer = new OutputBuffer(20);
    expect(buffer.push("0123456789")).toBe(true);
    expect(buffer.push("abcdefghijklmnop")).toBe(false);
    expect(buffer.push("more")).toBe(false);
    expect(buffer.lines[0]).toBe("0123456789");
    expect(buffer.lines[1]).toBe("abcdefghi");
    expect(buffer.lines[2]).toContain("output truncated at 20 characters");
  });
});
