import { describe, it } from "vitest";
import { loadIsolatedVm } from "./isolated-vm.js";

/**
 * Runs a suite only where isolated-vm loads. With `CODEMODE_TEST_ISOLATE=required` (CI's Node 22
 * and 24 runs) a missing addon fails the suite; elsewhere the suite is skipped with a notice on
 * stderr saying how to run it.
 */
export function describeIfIsolate(name: string, suite: () => void): void {
  let problem: string | undefined;
  try {
    loadIsolatedVm();
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem === undefined) {
    describe(name, suite);
    return;
  }
  if (process.env.CODEMODE_TEST_ISOLATE === "required") {
    describe(name, () => {
      it("loads isolated-vm (CODEMODE_TEST_ISOLATE=required)", () => {
        throw new Error(problem);
      });
    });
    return;
  }
  process.stderr.write(
    `Skipping "${name}": ${problem} (npm run test:node-versions installs it and runs these suites on Node 22 and 24.)\n`,
  );
  describe.skip(name, suite);
}
