import { describeSandboxContract } from "../sandbox-contract.js";
import { describeIfIsolate } from "./isolate-test-support.js";
import { createIsolateSandbox } from "./isolate-sandbox.js";

describeIfIsolate("isolate sandbox", () => {
  describeSandboxContract("isolate", () => createIsolateSandbox());
});
