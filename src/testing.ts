/** Test helpers for sandbox backends and connectors built on codemode. */
export { describeSandboxContract, recordingBridge } from "./sandbox/sandbox-contract.js";
export {
  describeJournalStoreContract,
  sampleExecution,
} from "./store/journal-store-contract.js";
