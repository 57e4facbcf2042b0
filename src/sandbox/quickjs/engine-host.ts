import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// What the engine's pool needs from where it runs. The page build replaces this file with
// `page/engine-host.ts` (same exports): the WebAssembly beside the bundle, and plain timers.

let compiled: Promise<WebAssembly.Module> | undefined;

/** The engine's WebAssembly is compiled once per process; each module only instantiates it. */
export function compiledWasm(): Promise<WebAssembly.Module> {
  if (!compiled) {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("@jitl/quickjs-wasmfile-release-sync/package.json"));
    compiled = readFile(join(root, "dist", "emscripten-module.wasm")).then((bytes) =>
      WebAssembly.compile(bytes),
    );
  }
  return compiled;
}

/** Runs `task` once the event loop is idle, without keeping the process alive for it. */
export function whenIdle(task: () => void): void {
  setImmediate(task).unref();
}
