export { type Config, parseConfig, safeParseConfig } from "./config/config.js";
export type { FunctionsInput, HostFunction } from "./connectors/functions/functions-connector.js";
export { FunctionsConnector } from "./connectors/functions/functions-connector.js";
export type {
  ApprovalConfig,
  ApprovalMode,
  PolicyCall,
  PolicyDecision,
  PolicyExplanation,
  PolicyRule,
  PolicyRuleAnswer,
} from "./core/approval-policy.js";
export type { ScriptValidator } from "./core/compiler.js";
export type { CallContext, Connector, HttpEffect, PreparedCall } from "./core/connector.js";
export type {
  Discovery,
  OperationSummary,
  SearchExplanation,
  SearchHit,
} from "./core/discovery.js";
export {
  CALL_ERROR_CODES,
  type CallErrorCode,
  ERROR_CODES,
  type ErrorCode,
} from "./core/error-codes.js";
export {
  ApprovalRejectedError,
  CallBlockedError,
  CallTooLargeError,
  CodemodeError,
  ConfigError,
  ExecutionNotFoundError,
  isCodemodeError,
  LimitError,
  OutputLimitError,
  ReplayDivergenceError,
  SandboxCpuLimitError,
  SandboxMemoryError,
  SandboxTimeoutError,
  ScriptCompileError,
  type ScriptLocation,
  ScriptRefusedError,
  ToolCallLimitError,
  ToolError,
  UnknownOperationError,
} from "./core/errors.js";
export type { ExecutionResult, PendingApproval } from "./core/executions.js";
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
} from "./core/journal.js";
export { DEFAULT_LIMITS, type Limits } from "./core/limits.js";
export type {
  CallEndEvent,
  CallOutcome,
  CallStartEvent,
  RunEndEvent,
  RunStartEvent,
  RuntimeObserver,
} from "./core/observer.js";
export type {
  JsonSchema,
  Operation,
  OperationAnnotations,
  OperationSource,
} from "./core/operation.js";
export type { CompensationTemplate, RollbackReport, RollbackStep } from "./core/rollback.js";
export { type HostEnding, hostEndingOf, RunPause } from "./core/run-ending.js";
export type {
  ExecutionErrorInfo,
  Nondeterminism,
  RunEnding,
  Sandbox,
  SandboxBridge,
  SandboxRunRequest,
} from "./core/sandbox.js";
export { StoreError } from "./core/store-errors.js";
export { executionText, type ToolOutputText, toolOutputText } from "./core/tool-output-text.js";
export type { CodeModeTool, ToolCallOptions } from "./core/tools.js";
export {
  type CodeMode,
  type CodeModeOptions,
  createCodeMode,
  type DecisionOptions,
  type ExecuteOptions,
  type SourceSummary,
} from "./create-code-mode.js";
export { agentSystemPrompt } from "./providers/agent-system-prompt.js";
export {
  type AnthropicTool,
  anthropicTools,
  type OpenAIChatTool,
  type OpenAIResponsesTool,
  openAIResponsesTools,
  openAITools,
} from "./providers/provider-tools.js";
export {
  type AnthropicToolUse,
  type OpenAIChatToolCall,
  type OpenAIResponsesToolCall,
  type ProviderToolCall,
  runToolCall,
  type ToolCallResult,
} from "./providers/run-tool-call.js";
export {
  type AnthropicToolResult,
  type OpenAIResponsesOutput,
  type OpenAIToolMessage,
  toAnthropicToolResult,
  toOpenAIResponsesOutput,
  toOpenAIToolMessage,
} from "./providers/tool-call-messages.js";
export { createSandbox, type SandboxKind } from "./sandbox/create-sandbox.js";
export {
  createIsolateSandbox,
  IsolateSandbox,
  type IsolateSandboxOptions,
} from "./sandbox/isolate/isolate-sandbox.js";
export { createQuickJSSandbox, QuickJSSandbox } from "./sandbox/quickjs/quickjs-sandbox.js";
export { WorkerSandbox, type WorkerSandboxOptions } from "./sandbox/worker/worker-sandbox.js";
export type {
  EmbedderConfig,
  EmbedderInput,
  EmbeddingModelLike,
  EmbedFunction,
} from "./search/embedder.js";
export { openJournalStore } from "./store/open-store.js";
export { openTelemetryObserver } from "./telemetry/open-telemetry.js";
