import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, string | { types?: string; default: string }>;
};

/** The source file behind a package export, from its types (`./dist/page/index.d.ts` → `src/page/index.ts`). */
function sourceOf(target: string | { types?: string; default: string }): string {
  const built = typeof target === "string" ? target : (target.types ?? target.default);
  return join(root, built.replace(/^\.\/dist\//, "src/").replace(/\.d\.ts$|\.js$/, ".ts"));
}

/** Every package an entry loads when it is imported: static imports, followed through its files. */
function packagesLoadedBy(entry: string): { files: number; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(
      /^(?:import|export)(?!\s+type\b)[^"';]*?from\s*"([^"]+)"/gm,
    )) {
      const specifier = match[1] as string;
      if (specifier.startsWith("."))
        pending.push(join(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  }
  return { files: seen.size, packages };
}

/** Loaded only where asked for: the AI SDK, a database driver, telemetry, processes, the test runner. */
const HEAVY = ["ai", "pg", "@opentelemetry/api", "node:child_process", "vitest", "typescript"];
/** What each entry is for, and so may load. */
const ALLOWED: Record<string, readonly string[]> = {
  "./ai": ["ai"],
  "./testing": ["vitest"],
  "./test": ["vitest"],
};

describe("every package entry loads nothing heavy it does not need", () => {
  const entries = Object.entries(packageJson.exports).filter(([name]) => name !== "./package.json");

  it("covers every entry of package.json", () => {
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining([".", "./server", "./ai"]),
    );
  });

  for (const [name, target] of entries) {
    it(`${name} loads none of ${HEAVY.join(", ")} but what it is for`, () => {
      const { files, packages } = packagesLoadedBy(sourceOf(target));
      expect(files).toBeGreaterThan(0);
      const heavy = HEAVY.filter(
        (heavyPackage) =>
          !(ALLOWED[name] ?? []).includes(heavyPackage) &&
          [...packages].some(
            (loaded) => loaded === heavyPackage || loaded.startsWith(`${heavyPackage}/`),
          ),
      );
      expect(heavy).toEqual([]);
    });
  }
});
