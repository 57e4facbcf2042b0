// The console's pure helpers (the DOM-free ones), outside the browser.
import { describe, expect, it } from "vitest";
import { duration, firstLine, relativeTime } from "../src/console/format.js";
import { linesCalling } from "../src/console/lines-calling.js";
import { parseRoute, routeHash } from "../src/console/routes.js";

describe("linesCalling", () => {
  it("finds the lines that call the pending operation, and only those", () => {
    const code = [
      "const q = await payments.quote({ order: 'a' });",
      "// payments.charge( is mentioned in a comment too",
      "const c = await payments.charge ({ order: 'a', cents: q.cents });",
      "await mypayments.charge({});",
      "await other.payments.charge({});",
      "return c;",
    ].join("\n");
    expect([...linesCalling(code, ["payments.charge"])]).toEqual([2, 3]);
    expect([...linesCalling(code, ["payments.quote", "payments.charge"])]).toEqual([1, 2, 3]);
    expect(linesCalling("const f = payments.charge; await f({})", ["payments.charge"]).size).toBe(
      0,
    );
  });
});

describe("routes", () => {
  it("read and write the hash", () => {
    expect(parseRoute("")).toEqual({ name: "approvals" });
    expect(parseRoute("#/nowhere")).toEqual({ name: "approvals" });
    expect(parseRoute("#/executions?status=paused&q=charge")).toEqual({
      name: "executions",
      status: "paused",
      q: "charge",
    });
    expect(parseRoute("#/executions?status=bogus")).toEqual({ name: "executions" });
    expect(parseRoute("#/executions/abc-123")).toEqual({ name: "execution", id: "abc-123" });
    expect(parseRoute("#/catalog/payments.charge?q=card")).toEqual({
      name: "catalog",
      path: "payments.charge",
      q: "card",
    });
    for (const hash of ["#/approvals", "#/executions?status=failed&q=a+b", "#/catalog/ns.op?q=x"])
      expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});

describe("format", () => {
  it("says durations and ages the short way", () => {
    expect(duration(0)).toBe("0 ms");
    expect(duration(1234)).toBe("1.2 s");
    expect(duration(125_000)).toBe("2 min 5 s");
    expect(duration(3_780_000)).toBe("1 h 3 min");
    const now = 1_000_000_000;
    expect(relativeTime(now - 2000, now)).toBe("just now");
    expect(relativeTime(now - 180_000, now)).toBe("3 min ago");
    expect(relativeTime(now + 7 * 86_400_000, now)).toBe("in 7 d");
    expect(firstLine("// comment\n\n  return 42;\n")).toBe("return 42;");
  });
});
