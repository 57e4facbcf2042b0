import { describeSandboxContract } from "../sandbox-contract.js";
import { createIsolateSandbox } from "./isolate-sandbox.js";
import { describeIfIsolate } from "./isolate-test-support.js";

describeIfIsolate("isolate sandbox", () => {
  describeSandboxContract("isolate", () => createIsolateSandbox());
});
