#!/usr/bin/env node
// What each heavy dependency costs a fresh process to import, and when codemode loads it. Each
// sample is its own process (`node -e` importing one module and timing the import); rounds rotate
// the modules, so the machine's other load falls on all of them alike.
//
//   npm run build && node bench/imports.mjs [--quick] [--json] [--rounds 7]

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { machine } from "./machine.mjs";
import { formatImports } from "./report.mjs";
import { interleave, spread } from "./stats.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const ROUNDS = argv.includes("--rounds")
  ? Number(argv[argv.indexOf("--rounds") + 1])
  : argv.includes("--quick")
    ? 3
    : 7;

/** Module → when codemode loads it. */
export const MODULES = {
  "./dist/index.js": "the library's entry (all of the below that it imports statically)",
  sucrase: "every run: TypeScript to JavaScript",
  "quickjs-emscripten-core": "every run: the sandbox's bindings",
  "@jitl/quickjs-wasmfile-release-sync":
    "every run: the engine (its WebAssembly compiles on first use)",
  zod: "the library's entry (`parseConfig`); the CLI with a config file; the MCP SDK",
  ajv: "an input schema beyond the plain keywords (formats, references, combinators)",
  typescript: "type-check (on a worker thread; `typecheck: true`, `serve`)",
  "@modelcontextprotocol/sdk/client/index.js": "an MCP server in the config",
  "node-sqlite3-wasm": "the embedded store (CLI and `serve` default), on first use",
  pg: "a PostgreSQL store or vector cache",
  "@readme/openapi-parser": "an OpenAPI source",
  yaml: "skills, YAML specs",
  "libphonenumber-js/max": "privacy.tokenize with phone",
  minisearch: "the search index, on first search",
};

function importMs(specifier) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`import ${specifier} failed: ${run.stderr.slice(-500)}`);
  return Number(run.stdout);
}

const before = machine().loadAverage;
const samples = await interleave(Object.keys(MODULES), ROUNDS, async (specifier) =>
  importMs(specifier),
);
const result = {
  machine: { ...machine(), loadAverageBefore: before },
  rounds: ROUNDS,
  imports: Object.entries(MODULES).map(([module, when]) => ({
    module: module.replace("./dist/", "dist/"),
    when,
    ms: spread(samples.get(module)),
  })),
};
if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
else console.log(formatImports(result));
