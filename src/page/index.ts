// `codemode/browser`: the runtime for a web page. The same `createCodeMode` as in Node, built for
// the page (scripts in Web Workers, the journal in memory or IndexedDB); less what a page cannot
// have: config files, stdio MCP servers, file stores, skills folders.

export type { Config } from "../config/config.js";
export type { FunctionsInput, HostFunction } from "../connectors/functions/functions-connector.js";
export { FunctionsConnector } from "../connectors/functions/functions-connector.js";
export type {
  ApprovalConfig,
  ApprovalMode,
  PolicyCall,
  PolicyDecision,
  PolicyExplanation,
  PolicyRule,
  PolicyRuleAnswer,
} from "../core/approval-policy.js";
export type { ScriptValidator } from "../core/compiler.js";
export type { CallContext, Connector, HttpEffect, PreparedCall } from "../core/connector.js";
export type { Discovery, SearchHit } from "../core/discovery.js";
export { CALL_ERROR_CODES, type CallErrorCode } from "../core/error-codes.js";
export * from "../core/errors.js";
export type { ExecutionResult, PendingApproval } from "../core/executions.js";
export type {
  ApprovalRecord,
  ApprovalStatus,
  CallRecord,
  CallState,
  Draw,
  ExecutionQuery,
  ExecutionRecord,
  ExecutionStatus,
  JournalEvent,
  JournalStore,
  RetentionPolicy,
} from "../core/journal.js";
export { DEFAULT_LIMITS, type Limits } from "../core/limits.js";
export type { RuntimeObserver } from "../core/observer.js";
export type { JsonSchema, Operation } from "../core/operation.js";
export { type HostEnding, hostEndingOf, RunPause } from "../core/run-ending.js";
export type {
  DetachedDraws,
  ExecutionErrorInfo,
  Nondeterminism,
  RunEnding,
  Sandbox,
  SandboxBridge,
  SandboxRunRequest,
} from "../core/sandbox.js";
export { executionText, type ToolOutputText, toolOutputText } from "../core/tool-output-text.js";
export type { CodeModeTool, ToolCallOptions } from "../core/tools.js";
export {
  type CodeMode,
  type CodeModeOptions,
  createCodeMode,
  type DecisionOptions,
  type ExecuteOptions,
  type SourceSummary,
} from "../create-code-mode.js";
export { MemoryJournalStore } from "../store/memory-journal-store.js";
export { openIndexedDbJournalStore } from "./indexeddb-journal-store.js";
export {
  mcpConnector,
  openApiConnector,
  type PageMcpOptions,
  type PageOpenApiOptions,
} from "./page-server-connectors.js";
export { pageTypeChecker } from "./page-type-checker.js";
export { WebWorkerSandbox, type WebWorkerSandboxOptions } from "./web-worker-sandbox.js";
