import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Inside the repository, so that the bundle resolves node-sqlite3-wasm and pg from node_modules. */
const cache = join(root, "node_modules", ".cache", "codemode-store-tests");

/**
 * Bundles `src/store/open-store.ts` for plain Node child processes (the tests must not depend on
 * a fresh `dist/`), and writes `script` beside it. `script` imports `./store.mjs`.
 */
export async function writeStoreChild(name: string, script: string): Promise<string> {
  mkdirSync(cache, { recursive: true });
  await build({
    entryPoints: [join(root, "src/store/open-store.ts")],
    outfile: join(cache, "store.mjs"),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["node-sqlite3-wasm", "pg"],
    logLevel: "warning",
  });
  const path = join(cache, name);
  writeFileSync(path, script);
  return path;
}

/** Runs a child script; `lines` collects its stdout lines as they come. */
export function runChild(path: string, args: string[], options: { stdin?: boolean } = {}) {
  const child: ChildProcess = spawn(process.execPath, [path, ...args], {
    stdio: [options.stdin ? "pipe" : "ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let partial = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, lines, exited, stderr: () => stderr };
}

/** Resolves once `lines` has an entry matching `test`, or fails after `timeoutMs`. */
export async function waitForLine(
  lines: string[],
  test: (line: string) => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = lines.find(test);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for a line: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
