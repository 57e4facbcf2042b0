/**
 * Test doubles and contract suites for code built on codemode (also at `codemode/test`): a mock
 * sandbox that runs host-side functions in place of scripts, and the suites every sandbox
 * backend, connector and journal store must pass.
 */
export { describeSandboxContract, recordingBridge } from "./sandbox/sandbox-contract.js";
export {
  describeJournalStoreContract,
  sampleExecution,
} from "./store/journal-store-contract.js";
export {
  type ConnectorUnderTest,
  describeConnectorContract,
} from "./testing/connector-contract.js";
export {
  MockSandbox,
  type MockScript,
  type MockScriptContext,
  type MockScripts,
} from "./testing/mock-sandbox.js";
