// Bundles the CLI into dist/cli/ so a cold `codemode` start resolves and parses one file instead
// of a few hundred (the library itself stays unbundled in dist/). Heavy parts loaded only on
// demand (the type checker, ajv, zod for config files) stay separate. The offline sentence
// encoder is an optional install that finds its weights beside its own files: never bundled.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry content hashes: clear the last build so stale chunks do not pile up.
rmSync("dist/cli-bundle", { recursive: true, force: true });

await build({
  entryPoints: {
    codemode: "dist/cli/main.js",
    "worker-main": "dist/sandbox/worker/worker-main.js",
    "typecheck-worker": "dist/sandbox/typecheck-worker.js",
  },
  outdir: "dist/cli-bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  keepNames: true,
  // `ai` is loaded only for an AI SDK embedding model passed in the library, never by the CLI; the
  // offline encoder finds its weights beside its own files.
  external: ["typescript", "ajv", "ajv/*", "ajv-formats", "@jitl/*", "ai", "@energetic-ai/*"],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
