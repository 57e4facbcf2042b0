export type { FunctionsInput, HostFunction } from "./connectors/functions/functions-connector.js";
export { FunctionsConnector } from "./connectors/functions/functions-connector.js";
export { type Config, parseConfig, safeParseConfig } from "./core/config.js";
export type { CallContext, Connector } from "./core/connector.js";
export * from "./core/errors.js";
export type { Discovery, ExecutionResult, SearchHit } from "./core/execute.js";
export { DEFAULT_LIMITS, type Limits } from "./core/limits.js";
export type {
  JsonSchema,
  Operation,
  OperationAnnotations,
  OperationSource,
} from "./core/operation.js";
export type {
  ExecutionErrorInfo,
  Nondeterminism,
  Sandbox,
  SandboxBridge,
  SandboxOutcome,
  SandboxRunRequest,
} from "./core/sandbox.js";
export type { CodeModeTool } from "./core/tools.js";
export { type CodeMode, type CodeModeOptions, createCodeMode } from "./create-code-mode.js";
export { createQuickJSSandbox, QuickJSSandbox } from "./sandbox/quickjs/quickjs-sandbox.js";
export { WorkerSandbox, type WorkerSandboxOptions } from "./sandbox/worker/worker-sandbox.js";
