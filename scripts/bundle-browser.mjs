// Bundles the page build into dist/browser/: codemode.js (the module a page imports, without a
// bundler), codemode-worker.js (the sandbox's Web Worker), codemode-typecheck.js (TypeScript and
// its lib, loaded only when a page asks for a check) and quickjs.wasm, each found relative to
// codemode.js's own URL. The composition is the Node one: the files below are swapped for their
// page versions (same exports), so the page never loads a Node built-in.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { PAGE_BUILD } from "./page-build.mjs";

const out = "dist/browser";
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = { ...PAGE_BUILD, minify: true, keepNames: true, legalComments: "none" };
await Promise.all([
  // Split: what the runtime loads on demand (the config schema, a page's server connectors) is a
  // chunk of its own under chunks/, fetched only when used.
  build({
    ...common,
    entryPoints: { codemode: "src/page/index.ts" },
    outdir: out,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  }),
  build({
    ...common,
    entryPoints: { "codemode-worker": "src/page/sandbox-worker.ts" },
    outdir: out,
  }),
  build({
    ...common,
    entryPoints: { "codemode-typecheck": "src/page/typecheck-worker.ts" },
    outdir: out,
  }),
]);
copyFileSync(
  require.resolve("@jitl/quickjs-wasmfile-release-sync/wasm"),
  join(out, "quickjs.wasm"),
);
