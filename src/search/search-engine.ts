import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import { resolveEnvReferences } from "../connectors/resolve-env-references.js";
import type { JournalStore } from "../core/journal.js";
import type { Operation } from "../core/operation.js";
import { CatalogSearch } from "./catalog-search.js";
import { configEmbedder, createEmbedder, type Embedder, type EmbedderInput } from "./embedder.js";
import { HybridSearch } from "./hybrid-search.js";
import { SemanticSearch } from "./semantic-search.js";
import { folderVectorCache } from "./vector-cache.js";

/**
 * Where vectors are kept: beside the spec cache, under the store folder (`.codemode/cache/search`);
 * for a store that is not a folder (PostgreSQL, memory, an object), the system's temporary folder.
 */
function vectorDirectory(loaded: LoadedConfig, store: string | JournalStore | undefined): string {
  const folder = typeof store === "string" ? store : (loaded.config.store ?? ".codemode");
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(folder) ||
    folder === ":memory:" ||
    typeof store === "object"
    ? join(tmpdir(), "codemode-cache", "search")
    : resolve(loaded.baseDirectory, folder, "cache", "search");
}

/**
 * How the runtime searches, from the library's `search` option (first) and the config's: the
 * lexical index, with WordNet unless turned off, fused with an embedder's ranking when one is set.
 */
export function searchEngine(
  loaded: LoadedConfig,
  options: { embed?: EmbedderInput; embedId?: string; wordnet?: boolean } | undefined,
  store: string | JournalStore | undefined,
  environment: Record<string, string | undefined> = process.env,
): { build(operations: Operation[], signature: (operation: Operation) => string): HybridSearch } {
  const configured = loaded.config.search;
  let embedder: Embedder | undefined;
  if (options?.embed) embedder = createEmbedder(options.embed, options.embedId);
  else if (configured?.embed) {
    const { apiKey, ...rest } = configured.embed;
    embedder = configEmbedder({
      ...rest,
      ...(apiKey
        ? { apiKey: resolveEnvReferences(apiKey, "search.embed.apiKey", environment) }
        : {}),
    });
  }
  const wordnet = options?.wordnet ?? configured?.wordnet ?? true;
  const cache = embedder ? folderVectorCache(vectorDirectory(loaded, store)) : undefined;
  return {
    build: (operations, signature) =>
      new HybridSearch(
        new CatalogSearch(operations, signature, wordnet ? {} : { wordnetWeight: 0 }),
        embedder ? new SemanticSearch(operations, embedder, cache) : undefined,
      ),
  };
}
