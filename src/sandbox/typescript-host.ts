import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type ts from "typescript";

// What the type checker needs from where it runs. The page build replaces this file with
// `page/typescript-host.ts` (same exports): TypeScript and its lib bundled in a lazily loaded chunk.

const require = createRequire(import.meta.url);

export const typescriptHost = {
  /** Loaded on first use: a runtime that never checks never pays for TypeScript. */
  load: (): typeof ts => require("typescript") as typeof ts,
  /** Where the lib's declaration files are. */
  libDirectory: (): string => dirname(require.resolve("typescript/lib/lib.d.ts")),
  /** A lib file's text (a full path in `libDirectory`), or undefined. */
  readLib: (path: string): string | undefined => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
  /** A key for a text in the checker's caches. */
  hash: (text: string): string => createHash("sha256").update(text).digest("hex"),
};
