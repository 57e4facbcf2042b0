import { describe, expect, it } from "vitest";
import { TypeScriptChecker } from "./typecheck.js";

const DECLARATIONS = `declare namespace weather {
  /** Forecast for a city. */
  function forecast(input: { city: string; units?: "c" | "f"; days?: number }): Promise<{ temp: number }>;
}`;

describe("TypeScriptChecker", () => {
  const checker = new TypeScriptChecker();

  it("accepts a correct script with top-level await and return", async () => {
    const diagnostics = await checker.check(
      "const r = await weather.forecast({ city: 'Paris', days: 2 });\nconsole.log(r.temp);\nreturn r.temp * 2;",
      DECLARATIONS,
    );
    expect(diagnostics).toEqual([]);
  });

  it("reports a misspelt argument with line and column", async () => {
    const diagnostics = await checker.check(
      "const a = 1;\nawait weather.forecast({ city: 'Paris', dayz: 3 });",
      DECLARATIONS,
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2 });
    expect(diagnostics[0]?.message).toContain("'dayz' does not exist");
    expect(diagnostics[0]?.column).toBe(41);
  });

  it("reports an unknown operation", async () => {
    const diagnostics = await checker.check("await weather.forcast({ city: 'x' });", DECLARATIONS);
    expect(diagnostics[0]?.message).toMatch(/Property 'forcast' does not exist/);
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 15 });
  });

  it("reports a wrongly typed argument and a missing required one", async () => {
    const wrong = await checker.check("await weather.forecast({ city: 42 });", DECLARATIONS);
    expect(wrong[0]?.message).toContain("not assignable to type 'string'");
    const missing = await checker.check("await weather.forecast({ units: 'c' });", DECLARATIONS);
    expect(missing[0]?.message).toContain("'city' is missing");
  });

  it("reports an undefined name", async () => {
    const diagnostics = await checker.check("\nreturn github.reposGet({});", DECLARATIONS);
    expect(diagnostics[0]).toMatchObject({ line: 2 });
    expect(diagnostics[0]?.message).toContain("Cannot find name 'github'");
  });

  it("does not block plain JavaScript that TypeScript would nag about", async () => {
    const diagnostics = await checker.check(
      "const a = {};\na.foo = 1;\nlet x;\nx = 'now a string';\nconst items = [];\nitems.push({ n: 1 });\nreturn [a, x, items];",
      DECLARATIONS,
    );
    expect(diagnostics).toEqual([]);
  });

  it("knows the sandbox globals", async () => {
    const diagnostics = await checker.check(
      "const hits = await codemode.search('forecast', { limit: 3 });\nconsole.log(hits[0].path, crypto.randomUUID());\ntry { await weather.forecast({ city: 'x' }) } catch (e) { if (e instanceof ToolError) console.log(e.code) }",
      DECLARATIONS,
    );
    expect(diagnostics).toEqual([]);
  });

  it("accepts a lone async arrow", async () => {
    expect(
      await checker.check(
        "async () => {\n  return await weather.forecast({ city: 'x' });\n}",
        DECLARATIONS,
      ),
    ).toEqual([]);
  });
});
