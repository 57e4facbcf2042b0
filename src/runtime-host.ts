import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { threadId } from "node:worker_threads";
import { type LoadedConfig, loadConfig } from "./config/load-config.js";
import { createServerConnectors } from "./connectors/create-server-connectors.js";
import type { ScriptChecker } from "./core/compiler.js";
import type { Connector } from "./core/connector.js";
import type { JournalStore } from "./core/journal.js";
import type { Operation } from "./core/operation.js";
import type { Sandbox } from "./core/sandbox.js";
import type { Skill } from "./core/skills.js";
import { createIsolateSandbox } from "./sandbox/isolate/isolate-sandbox.js";
import { createQuickJSSandbox } from "./sandbox/quickjs/quickjs-sandbox.js";
import { leaseTypeCheckPool } from "./sandbox/typecheck-pool.js";
import type { EmbedderInput } from "./search/embedder.js";
import type { HybridSearch } from "./search/hybrid-search.js";
import { searchEngine } from "./search/search-engine.js";
import { openJournalStoreLazily } from "./store/open-store.js";

/**
 * What the composition in `create-code-mode.ts` needs from where it runs. This file is the Node
 * host; the page build replaces it with `page/runtime-host.ts` (same exports), so the composition
 * itself is one implementation and the page never loads a Node built-in.
 */
export const runtimeHost = {
  randomUUID: (): string => randomUUID(),
  /** Resolves relative paths of a config given as an object. */
  cwd: (): string => process.cwd(),
  /** This runtime's owner id: host, process and thread, so that another process can tell it is gone. */
  owner: (): string => `${hostname()}/${process.pid}/${threadId}/${randomUUID()}`,
  ownerAlive,
  loadConfig: (path: string, cwd: string): Promise<LoadedConfig> => loadConfig(path, cwd),
  serverConnectors: (loaded: LoadedConfig): Promise<Connector[]> => createServerConnectors(loaded),
  defaultSandbox: (): Sandbox => createQuickJSSandbox(),
  /** V8 isolates through the optional peer isolated-vm; says what to install when it cannot load. */
  isolateSandbox: (): Sandbox => createIsolateSandbox(),
  typecheckByDefault: true,
  /** Checks run on worker threads shared by the process's runtimes: never on the event loop. */
  typeChecks: (): { checker: ScriptChecker; release(): Promise<void> } => leaseTypeCheckPool(),
  openStore: (spec: string, baseDirectory: string): JournalStore =>
    openJournalStoreLazily(spec, baseDirectory),
  searchEngine: (
    loaded: LoadedConfig,
    options: { embed?: EmbedderInput | "offline"; embedId?: string; wordnet?: boolean } | undefined,
    store: string | JournalStore | undefined,
  ): {
    build(operations: Operation[], signature: (operation: Operation) => string): HybridSearch;
  } => searchEngine(loaded, options, store),
  /** Loaded on demand: the YAML parser stays out of the start-up of configs without skills. */
  loadSkills: async (folder: string, baseDirectory: string): Promise<Skill[]> =>
    (await import("./connectors/skills/load-skills.js")).loadSkills(folder, baseDirectory),
};

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
