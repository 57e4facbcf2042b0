import { afterAll, describe, expect, it } from "vitest";
import { resolveLimits } from "../../core/limits.js";
import { describeSandboxContract, recordingBridge } from "../sandbox-contract.js";
import { WorkerSandbox } from "./worker-sandbox.js";

// Workers run the compiled worker entry: `npm test` builds before it runs the suites.
const workerUrl = new URL("../../../dist/sandbox/worker/worker-main.js", import.meta.url);

describeSandboxContract(
  "quickjs in worker threads",
  () => new WorkerSandbox({ size: 2, workerUrl }),
);

describe("WorkerSandbox", () => {
  const sandbox = new WorkerSandbox({ size: 2, workerUrl });
  afterAll(() => sandbox.close());

  it("keeps the host's event loop free while a script spins", async () => {
    const recorder = recordingBridge();
    const spinning = sandbox.run({
      code: "while (true) {}",
      globals: {},
      bridge: recorder.bridge,
      limits: resolveLimits({ timeoutMs: 1500 }),
    });
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const tick = Date.now() - started;
    const other = await sandbox.run({
      code: "return 6 * 7",
      globals: {},
      bridge: recordingBridge().bridge,
      limits: resolveLimits({ timeoutMs: 1500 }),
    });
    expect(tick).toBeLessThan(500);
    expect(other).toEqual({ status: "completed", resultJson: "42" });
    const outcome = await spinning;
    expect(outcome.status).not.toBe("completed");
    if ("error" in outcome) expect(outcome.error.code).toMatch(/^(timeout|cpu_limit)$/);
  });

  it("queues runs beyond its size and runs them all", async () => {
    const runs = Array.from({ length: 5 }, (_, i) =>
      sandbox.run({
        code: `await new Promise((r) => setTimeout(r, 30)); return ${i}`,
        globals: {},
        bridge: recordingBridge().bridge,
        limits: resolveLimits({ timeoutMs: 3000 }),
      }),
    );
    expect(await Promise.all(runs)).toEqual(
      [0, 1, 2, 3, 4].map((i) => ({ status: "completed", resultJson: String(i) })),
    );
  });
});
