/**
 * Memory floods that V8 can only end on its fatal out-of-memory path (a hash table that doubles
 * past the heap's limit), run through the isolate sandbox in a child process: isolated-vm then
 * parks the isolate's thread for good, so the process could not exit cleanly afterwards. The
 * host must survive: the run fails with the memory-limit error and the next run works.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { expect, it } from "vitest";
import { describeIfIsolate } from "../src/sandbox/isolate/isolate-test-support.js";

// The child runs the compiled sandbox: `npm test` builds before it runs the suites.
const SANDBOX = new URL("../dist/sandbox/isolate/isolate-sandbox.js", import.meta.url).href;

const CHILD = `
import { createIsolateSandbox } from ${JSON.stringify(SANDBOX)};
const sandbox = createIsolateSandbox();
const bridge = {
  async call() { return null; },
  log() {},
  nondeterminism: { now: () => 0, random: () => 0.5, randomUUID: () => "u" },
};
const limits = { timeoutMs: 8000, cpuMs: 8000, memoryMb: 32, maxToolCalls: 10, maxOutputChars: 1000, maxRefChars: 1000 };
const run = (code) => sandbox.run({ code, globals: {}, bridge, limits });
process.stdout.write(JSON.stringify(await run(process.argv[1])) + "\\n");
process.stdout.write(JSON.stringify(await run("return 6 * 7")) + "\\n");
`;

async function runFlood(code: string): Promise<{ lines: string[]; stderr: string }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, code], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const lines: string[] = [];
  try {
    for await (const line of createInterface({ input: child.stdout })) {
      lines.push(line);
      if (lines.length === 2) break;
    }
  } finally {
    // After a lost isolate only a signal ends the process (isolated-vm's thread is parked).
    child.kill("SIGKILL");
  }
  return { lines, stderr };
}

describeIfIsolate("isolate sandbox: floods that reach V8's fatal out-of-memory path", () => {
  for (const [what, code] of [
    ["an object with many keys", "const o = {};\nfor (let i = 0; ; i++) o['k' + i] = i;"],
    ["a Map with many keys", "const m = new Map();\nfor (let i = 0; ; i++) m.set('k' + i, i);"],
    ["an array grown to 2 ** 28 elements", "return new Array(2 ** 28).fill(1).length"],
  ] as const) {
    it(`${what}: the memory-limit error, and the host runs the next script`, async () => {
      const { lines, stderr } = await runFlood(code);
      expect(lines, stderr).toHaveLength(2);
      const outcome = JSON.parse(lines[0] as string);
      expect(outcome.status).toBe("limit");
      // Node 24's V8 may instead stall collecting garbage at the limit until the wall clock
      // stops the run: a limit error all the same.
      expect(outcome.error.code).toMatch(/^(memory_limit|timeout)$/);
      expect(JSON.parse(lines[1] as string)).toEqual({ status: "completed", resultJson: "42" });
    });
  }
});
