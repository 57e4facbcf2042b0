// The page's `runtime-host.ts` (same exports, swapped in by the page build): no process, files,
// worker threads or stdio; the sandbox in Web Workers, the journal in memory or IndexedDB.

import { configServers } from "../config/config-servers.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { Connector } from "../core/connector.js";
import { ConfigError, SandboxUnavailableError } from "../core/errors.js";
import type { JournalStore } from "../core/journal.js";
import type { Operation } from "../core/operation.js";
import type { Skill } from "../core/skills.js";
import { CatalogSearch } from "../search/catalog-search.js";
import type { EmbedderInput } from "../search/embedder.js";
import { HybridSearch } from "../search/hybrid-search.js";
import { lazyJournalStore } from "../store/lazy-store.js";
import { MemoryJournalStore } from "../store/memory-journal-store.js";
import { openIndexedDbJournalStore } from "./indexeddb-journal-store.js";
import { pageTypeChecker } from "./page-type-checker.js";
import { randomUUID } from "./random-uuid.js";
import { WebWorkerSandbox } from "./web-worker-sandbox.js";

export const runtimeHost = {
  randomUUID,
  cwd: (): string => "/",
  /** A page is its own owner: a store it opens is its alone (IndexedDB is held with a lock). */
  owner: (): string => `page/${randomUUID()}`,
  ownerAlive: (_owner: string): boolean => true,
  loadConfig: async (path: string): Promise<LoadedConfig> => {
    throw new ConfigError(
      `A page has no config files (asked for ${path}): give the config as an object.`,
    );
  },
  serverConnectors: async (loaded: LoadedConfig): Promise<Connector[]> => {
    const keys = Object.keys(configServers(loaded.config));
    if (keys.length === 0) return [];
    const { pageServerConnectors } = await import("./page-server-connectors.js");
    return pageServerConnectors(loaded);
  },
  defaultSandbox: () => new WebWorkerSandbox(),
  isolateSandbox: (): never => {
    throw new SandboxUnavailableError(
      'The "isolate" sandbox runs on Node 22 or later with isolated-vm, not in a page: leave `sandbox` unset to use the page\'s QuickJS sandbox.',
    );
  },
  /** A page checks only when it asks (`typecheck: true`): TypeScript is a download of its own. */
  typecheckByDefault: false,
  /** TypeScript loads in its own worker on the first check: a page that never checks never pays. */
  typeChecks: () => pageTypeChecker(),
  openStore: (spec: string): JournalStore => {
    if (spec === ":memory:") return new MemoryJournalStore();
    const name = /^indexeddb:(.+)$/.exec(spec)?.[1];
    if (!name)
      throw new ConfigError(
        `A page keeps its journal in memory (":memory:") or in IndexedDB ("indexeddb:NAME"), not ${JSON.stringify(spec)}.`,
      );
    return lazyJournalStore(() => openIndexedDbJournalStore(name), {
      description: `IndexedDB store ${name}`,
      exclusive: true,
      durable: true,
    });
  },
  /** The lexical index, built in the page (nothing cached on disk, no embedder yet). */
  searchEngine: (
    loaded: LoadedConfig,
    options: { embed?: EmbedderInput | "offline"; embedId?: string; wordnet?: boolean } | undefined,
  ): {
    build(operations: Operation[], signature: (operation: Operation) => string): HybridSearch;
  } => {
    if (
      options?.embed ||
      loaded.config.search?.embed ||
      options?.wordnet ||
      loaded.config.search?.wordnet
    )
      throw new ConfigError(
        "A page ranks search by words only: leave search.embed and search.wordnet out of a page's options and config.",
      );
    return {
      build: (operations, signature) =>
        new HybridSearch(new CatalogSearch(operations, signature, {}), undefined),
    };
  },
  loadSkills: async (folder: string): Promise<Skill[]> => {
    throw new ConfigError(
      `A page has no skills folder (${folder}): leave "skills" out of a page's config.`,
    );
  },
};
