import type { Operation } from "./operation.js";

/** What a connector learns of the call it performs. */
export interface CallContext {
  executionId: string;
  /** Aborted when the run ends early (a limit, a timeout): stop the work if you can. */
  signal?: AbortSignal;
}

/**
 * A source of operations: MCP servers, OpenAPI documents, host functions. A connector owns its
 * credentials; the sandbox only ever sees arguments and results as JSON.
 */
export interface Connector {
  /** The sandbox global its operations live under. */
  readonly namespace: string;
  listOperations(): Promise<readonly Operation[]>;
  /**
   * Performs one call. Throws `ToolError` for failures the script should see (bad arguments, an
   * error result); the message should tell the model what to change.
   */
  callOperation(name: string, args: unknown, context: CallContext): Promise<unknown>;
  close?(): Promise<void>;
}
