import { randomUUID } from "node:crypto";
import { type LoadedConfig, loadConfig } from "./config/load-config.js";
import { createServerConnectors } from "./connectors/create-server-connectors.js";
import {
  FunctionsConnector,
  type FunctionsInput,
} from "./connectors/functions/functions-connector.js";
import { Catalog } from "./core/catalog.js";
import type { Config } from "./core/config.js";
import type { Connector } from "./core/connector.js";
import { ToolError } from "./core/errors.js";
import {
  type ExecutionEnvironment,
  type ExecutionResult,
  execute,
  type SearchHit,
} from "./core/execute.js";
import { type Limits, resolveLimits } from "./core/limits.js";
import type { Operation } from "./core/operation.js";
import type { Nondeterminism, Sandbox } from "./core/sandbox.js";
import { systemPrompt } from "./core/system-prompt.js";
import { type CodeModeTool, createTools } from "./core/tools.js";
import { createQuickJSSandbox } from "./sandbox/quickjs/quickjs-sandbox.js";
import { SANDBOX_GLOBALS } from "./sandbox/sandbox-globals.js";
import { sucraseTranspiler } from "./sandbox/transpile.js";
import { TypeScriptChecker } from "./sandbox/typecheck.js";
import { CatalogSearch } from "./search/catalog-search.js";
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
}

export interface ExecuteOptions {
  /** Overrides the runtime's limits for this run. */
  limits?: Partial<Limits>;
  /** Receives progress that sources report while the script's calls run. */
  onProgress?: ExecutionEnvironment["onProgress"];
}

export interface CodeMode {
  /** Tells the model what it can do and how: give it as (part of) the system prompt. */
  readonly systemPrompt: string;
  /** `search`, `describe` and `execute`, as plain tool definitions any model client can adapt. */
  readonly tools: Record<"search" | "describe" | "execute", CodeModeTool>;
  readonly limits: Limits;
  /** Runs a TypeScript script in a fresh sandbox. */
  execute(code: string, options?: ExecuteOptions): Promise<ExecutionResult>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** The declaration of one operation (`ns.name`) or namespace (`ns`). */
  describe(path: string): Promise<string>;
  /** The whole declaration file: sandbox globals and every namespace. */
  types(): string;
  operations(): Operation[];
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

  const limits = resolveLimits(loaded.config.limits, options.limits);
  const sandbox = options.sandbox ?? createQuickJSSandbox();
  const typecheck = options.typecheck ?? loaded.config.typecheck ?? true;
  const checker = typecheck ? new TypeScriptChecker() : undefined;
  const nondeterminism = options.nondeterminism ?? {
    now: () => Date.now(),
    random: () => Math.random(),
    randomUUID: () => randomUUID(),
  };

  let declarationsCache: { revision: number; text: string } | undefined;
  const declarations = (): string => {
    if (declarationsCache?.revision !== catalog.revision) {
      declarationsCache = {
        revision: catalog.revision,
        text: renderDeclarations(catalog.operations()),
      };
    }
    return declarationsCache.text;
  };
  let searchCache: { revision: number; index: CatalogSearch } | undefined;
  const searchIndex = (): CatalogSearch => {
    if (searchCache?.revision !== catalog.revision) {
      searchCache = {
        revision: catalog.revision,
        index: new CatalogSearch(catalog.operations(), renderSignature),
      };
    }
    return searchCache.index;
  };

  const discovery = {
    search: async (query: string, searchOptions?: { limit?: number }) =>
      searchIndex().search(query, searchOptions),
    describe: async (path: string) => describePath(catalog, path),
  };

  const codeMode: CodeMode = {
    systemPrompt: systemPrompt({ operations: catalog.operations(), declarations: declarations() }),
    tools: undefined as unknown as CodeMode["tools"],
    limits,
    execute: (code, executeOptions) =>
      execute(code, {
        catalog,
        sandbox,
        transpiler: sucraseTranspiler,
        ...(checker ? { checker } : {}),
        declarations,
        discovery,
        limits: executeOptions?.limits ? resolveLimits(limits, executeOptions.limits) : limits,
        nondeterminism,
        newExecutionId: randomUUID,
        ...(executeOptions?.onProgress ? { onProgress: executeOptions.onProgress } : {}),
      }),
    search: discovery.search,
    describe: discovery.describe,
    types: () => `${SANDBOX_GLOBALS}\n${declarations()}`,
    operations: () => catalog.operations(),
    close: async () => {
      await catalog.close();
      if (!options.sandbox) await sandbox.close();
    },
  };
  (codeMode as { tools: CodeMode["tools"] }).tools = createTools(codeMode);
  return codeMode;
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
