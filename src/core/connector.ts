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

/** What an HTTP call will send, as the approval policy judges it. */
export interface HttpEffect {
  /** The method judged: the one sent, or an unsafe one a method-override header names. */
  method: string;
  /** The path sent, below the API's base URL, query included. */
  path: string;
  /** Whether the spec declares the route (a `request()` to a path the spec has not is `false`). */
  declared: boolean;
}

/** What a call will really do, worked out by its connector before the policy judges it. */
export interface PreparedCall {
  /**
   * The arguments as the source will use them (validated, coerced, defaults applied): the
   * policy, the journal, the person approving and the call itself all see this value.
   */
  args?: unknown;
  /**
   * The name of the declared operation of this namespace the call amounts to, when it is not the
   * one called (`request({ method: "DELETE", path: "/pets/1" })` is `deletePet`): its rules apply.
   */
  target?: string;
  http?: HttpEffect;
}

/**
 * A source of operations: MCP servers, OpenAPI documents, host functions. A connector owns its
 * credentials; the sandbox only ever sees arguments and results as JSON.
 */
export interface Connector {
  /** The sandbox global its operations live under. */
  readonly namespace: string;
  /**
   * What it is. A source read from outside the process (`mcp`, `openapi`) that fails to load
   * leaves its namespace unavailable (the others work); host functions defined wrongly fail the
   * start.
   */
  readonly kind?: "functions" | "mcp" | "openapi";
  /** Said about the source although it works (a cached copy used because the URL failed). */
  readonly warning?: string | undefined;
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
   * Works out what a call will do, for the approval policy: the HTTP method and path it sends, the
   * declared operation it amounts to. Throws a `ToolError` for a call that must never be made (a
   * path outside the API); nothing is sent then.
   */
  prepareCall?(name: string, args: unknown): PreparedCall | Promise<PreparedCall>;
  /**
   * Whether a call waits for a person, when the source itself declares it (a host function's
   * `needsApproval`); undefined leaves it to the config and the defaults.
   */
  needsApproval?(name: string, args: unknown): boolean | undefined | Promise<boolean | undefined>;
  /** What `needsApproval` declares before any call, for review: `"function"` when arguments decide. */
  approvalDeclaration?(name: string): boolean | "function" | undefined;
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
