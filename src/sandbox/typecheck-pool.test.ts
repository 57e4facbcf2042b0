import { afterAll, describe, expect, it } from "vitest";
import { TypeScriptChecker } from "./typecheck.js";
import { TypeCheckPool } from "./typecheck-pool.js";

const DECLARATIONS = `declare namespace weather {
  /** Forecast for a city. */
  function forecast(input: { city: string; units?: "c" | "f"; days?: number }): Promise<{ temp: number }>;
}`;

/** A script per index: every seventh misspells an argument on its own line. */
function script(index: number): string {
  const argument = index % 7 === 3 ? "dayz" : "days";
  return `const n = ${index};\nconst r = await weather.forecast({ city: "c" + n, ${argument}: 2 });\nreturn [1, 2, 3].map((x) => x * r.temp + n);`;
}

describe("TypeCheckPool", () => {
  const pool = new TypeCheckPool({ size: 2 });
  afterAll(() => pool.close());

  it("reports what the in-thread checker reports, script by script, when many arrive at once", async () => {
    const sources = Array.from({ length: 21 }, (_, index) => script(index));
    const pooled = await Promise.all(sources.map((source) => pool.check(source, DECLARATIONS)));
    const inThread = new TypeScriptChecker();
    for (const [index, source] of sources.entries()) {
      expect(pooled[index]).toEqual(await inThread.check(source, DECLARATIONS));
      if (index % 7 === 3) {
        expect(pooled[index]).toHaveLength(1);
        expect(pooled[index]?.[0]).toMatchObject({ line: 2 });
        expect(pooled[index]?.[0]?.message).toContain("'dayz' does not exist");
      } else expect(pooled[index]).toEqual([]);
    }
  });

  it("checks against the declarations each script was given, when they change between scripts", async () => {
    const other = DECLARATIONS.replace("days?: number", "dayz?: number");
    const [old, renamed] = await Promise.all([
      pool.check(script(3), DECLARATIONS),
      pool.check(script(3), other),
    ]);
    expect(old).toHaveLength(1);
    expect(renamed).toEqual([]);
  });

  it("keeps catalogs apart when more of them take turns than a worker keeps", async () => {
    const single = new TypeCheckPool({ size: 1 });
    try {
      for (let round = 0; round < 2; round++) {
        for (let catalog = 0; catalog < 6; catalog++) {
          const declarations = DECLARATIONS.replace("forecast(", `forecast${catalog}(`);
          const right = `return weather.forecast${catalog}({ city: "x${round}" });`;
          const wrong = `return weather.forecast${(catalog + 1) % 6}({ city: "x${round}" });`;
          expect(await single.check(right, declarations)).toEqual([]);
          expect((await single.check(wrong, declarations))[0]?.message).toContain(
            `Property 'forecast${(catalog + 1) % 6}' does not exist`,
          );
        }
      }
    } finally {
      await single.close();
    }
  });

  it("keeps the event loop free while it checks", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        pool.check(`${script(index)}\n// ${index}`, DECLARATIONS),
      ),
    );
    clearInterval(timer);
    const elapsed = performance.now() - started;
    // An event loop held by the checks would tick once or twice in all that time.
    expect(ticks).toBeGreaterThan(Math.min(20, elapsed / 10));
  });

  it("refuses checks once closed, and fails those still queued", async () => {
    const closing = new TypeCheckPool({ size: 1 });
    const queued = Promise.all(
      Array.from({ length: 5 }, (_, index) => closing.check(`${script(index)}//q`, DECLARATIONS)),
    );
    const refused = expect(queued).rejects.toThrow(/closed|stopped/);
    await closing.close();
    await refused;
    await expect(closing.check("return 1", DECLARATIONS)).rejects.toThrow(/closed/);
  });
});
