import type { Operation } from "./operation.js";

/** How far a long call has got, as its source reports it (MCP progress notifications). */
export interface CallProgress {
  progress: number;
  total?: number;
  message?: string;
}

/** What a connector learns of the call it performs. */
export interface CallContext {
  executionId: string;
  /** Aborted when the run ends early (a limit, a timeout): stop the work if you can. */
  signal?: AbortSignal;
  /** Receives progress the source reports while the call runs. */
  onProgress?: (progress: CallProgress) => void;
  /** Receives log messages the source sends while the call runs, for the script's output. */
  onLog?: (level: string, text: string) => void;
}

/**
 * A source of operations: MCP servers, OpenAPI documents, host functions. A connector owns its
 * credentials; the sandbox only ever sees arguments and results as JSON.
 */
export interface Connector {
  /** The sandbox global its operations live under. */
  readonly namespace: string;
  /**
   * The current operations. Throw (a `ToolError` saying what is wrong) when the source cannot be
   * read: the catalog keeps the namespace empty and reports why, the other sources are unaffected.
   */
  listOperations(): Promise<readonly Operation[]>;
  /**
   * Performs one call. Throws `ToolError` for failures the script should see (bad arguments, an
   * error result); the message should tell the model what to change.
   */
  callOperation(name: string, args: unknown, context: CallContext): Promise<unknown>;
  /**
   * Whether a call waits for a person, when the source itself declares it (a host function's
   * `needsApproval`); undefined leaves it to the config and the defaults.
   */
  needsApproval?(name: string, args: unknown): boolean | undefined | Promise<boolean | undefined>;
  /**
   * How to undo an applied call, for rollback (a host function's `revert`); undefined when the
   * source declares none.
   */
  compensation?(name: string): ((args: unknown, result: unknown) => Promise<unknown>) | undefined;
  /**
   * Subscribes to changes of the source's operations (an MCP `tools/list_changed`); the catalog
   * then lists this connector again. Returns the function that unsubscribes.
   */
  onChange?(listener: () => void): () => void;
  close?(): Promise<void>;
}
