// The page's `sandbox/quickjs/engine-host.ts`: the engine's WebAssembly is the `quickjs.wasm` the
// build puts beside this bundle, fetched relative to the module's own URL.

let compiled: Promise<WebAssembly.Module> | undefined;

/** The engine's WebAssembly is compiled once per worker; each module only instantiates it. */
export function compiledWasm(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const url = new URL("./quickjs.wasm", import.meta.url);
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(
        `The sandbox's WebAssembly could not be loaded from ${url} (HTTP ${response.status}): serve quickjs.wasm beside codemode.js.`,
      );
    return WebAssembly.compile(await response.arrayBuffer());
  })();
  return compiled;
}

/** Runs `task` after the current work, once the worker's event loop turns. */
export function whenIdle(task: () => void): void {
  setTimeout(task, 0);
}
