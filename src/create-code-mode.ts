import {
  describePath,
  operationSummaries,
  unavailableDeclarations,
  unavailableHits,
  unmatchedGlobs,
} from "./catalog-views.js";
import {
  type CodeMode,
  type CodeModeOptions,
  DEFAULT_APPROVAL_TTL_MS,
  DEFAULT_MAX_EXECUTIONS,
  type DecisionOptions,
  type ExecuteOptions,
  type SourceSummary,
} from "./code-mode.js";
import type { LoadedConfig } from "./config/load-config.js";
import { FunctionsConnector } from "./connectors/functions/functions-connector.js";
import { jsonSchemaProblem } from "./connectors/json-schema-problem.js";
import { ApprovalPolicy, type PolicyExplanation } from "./core/approval-policy.js";
import { Catalog } from "./core/catalog.js";
import type { Connector } from "./core/connector.js";
import { errorInfo } from "./core/error-info.js";
import { CodemodeError } from "./core/errors.js";
import { Executions } from "./core/executions.js";
import type { ExecutionQuery } from "./core/journal.js";
import { resolveLimits } from "./core/limits.js";
import { startMaintenance } from "./core/maintenance.js";
import { combineObservers, type RuntimeObserver } from "./core/observer.js";
import { operationPath } from "./core/operation.js";
import { Tokenizer } from "./core/privacy/tokenizer.js";
import { rollback, rollbackPlan } from "./core/rollback.js";
import { RunSurface } from "./core/run-surface.js";
import { SavedScripts, type SaveScriptInput } from "./core/saved-scripts.js";
import { describeScriptOrSkill } from "./core/script-discovery.js";
import { SKILLS_NAMESPACE, skillOperation } from "./core/skills.js";
import { systemPrompt } from "./core/system-prompt.js";
import { createTools } from "./core/tools.js";
import { runtimeHost } from "./runtime-host.js";
import { SANDBOX_GLOBALS } from "./sandbox/sandbox-globals.js";
import { sucraseTranspiler } from "./sandbox/transpile.js";
import type { HybridSearch } from "./search/hybrid-search.js";
import {
  renderDeclarations,
  renderNamespace,
  renderOperation,
  renderSignature,
} from "./typegen/index.js";

export {
  type CodeMode,
  type CodeModeOptions,
  DEFAULT_APPROVAL_TTL_MS,
  DEFAULT_MAX_EXECUTIONS,
  type DecisionOptions,
  type ExecuteOptions,
  type PolicyReview,
  type SourceSummary,
} from "./code-mode.js";

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
  // The engine compiles in the background while the rest starts (the store opens, the first
  // script transpiles): the first execute does not wait for all of it.
  if (ownsSandbox) sandbox.warm?.(limits.memoryMb).catch(() => undefined);
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
  // The detectors (and the phone-number metadata, half a megabyte) load only when asked for.
  const tokenizer = new Tokenizer(
    store,
    (privacy.tokenize?.length ?? 0) > 0 || Object.keys(privacy.patterns ?? {}).length > 0
      ? (await import("./privacy/detectors.js")).personalDataDetectors(
          privacy.tokenize ?? [],
          privacy.patterns,
          { ...(privacy.phoneRegion ? { phoneRegion: privacy.phoneRegion } : {}) },
        )
      : [],
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

async function resolveConfig(options: CodeModeOptions): Promise<LoadedConfig> {
  const cwd = options.cwd ?? runtimeHost.cwd();
  if (typeof options.config === "string") return runtimeHost.loadConfig(options.config, cwd);
  if (options.config) {
    const { parseConfig } = await import("./config/config.js");
    return { config: parseConfig(options.config), baseDirectory: cwd };
  }
  return { config: {}, baseDirectory: cwd };
}
