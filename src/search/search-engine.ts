import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import { resolveEnvReferences } from "../connectors/resolve-env-references.js";
import type { JournalStore } from "../core/journal.js";
import type { Operation } from "../core/operation.js";
import { type CachedIndex, CatalogSearch, WORDNET_WEIGHT } from "./catalog-search.js";
import { configEmbedder, createEmbedder, type Embedder, type EmbedderInput } from "./embedder.js";
import { HybridSearch } from "./hybrid-search.js";
import { offlineEmbedder } from "./offline-embedder.js";
import { postgresVectorCache } from "./postgres-vector-cache.js";
import { SemanticSearch } from "./semantic-search.js";
import { cachedSignatures } from "./signature-cache.js";
import { folderVectorCache } from "./vector-cache.js";

/**
 * Where the built index (and the vectors, unless the store is PostgreSQL) are kept: beside the spec
 * cache, under the store folder (`.codemode/cache/search`); for a store that is not a folder
 * (PostgreSQL, memory, an object), the system's temporary folder.
 */
function cacheDirectory(loaded: LoadedConfig, store: string | JournalStore | undefined): string {
  const folder = typeof store === "string" ? store : (loaded.config.store ?? ".codemode");
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(folder) ||
    folder === ":memory:" ||
    typeof store === "object"
    ? join(tmpdir(), "codemode-cache", "search")
    : resolve(loaded.baseDirectory, folder, "cache", "search");
}

/**
 * How the runtime searches, from the library's `search` option (first) and the config's: the
 * lexical index (with WordNet when turned on), fused with an embedder's ranking when one is set.
 */
export function searchEngine(
  loaded: LoadedConfig,
  options: { embed?: EmbedderInput | "offline"; embedId?: string; wordnet?: boolean } | undefined,
  store: string | JournalStore | undefined,
  environment: Record<string, string | undefined> = process.env,
): { build(operations: Operation[], signature: (operation: Operation) => string): HybridSearch } {
  const configured = loaded.config.search;
  let embedder: Embedder | undefined;
  if (options?.embed === "offline" || (!options?.embed && configured?.embed === "offline"))
    embedder = offlineEmbedder();
  else if (options?.embed) embedder = createEmbedder(options.embed, options.embedId);
  else if (configured?.embed && configured.embed !== "offline") {
    const { apiKey, ...rest } = configured.embed;
    embedder = configEmbedder({
      ...rest,
      ...(apiKey
        ? { apiKey: resolveEnvReferences(apiKey, "search.embed.apiKey", environment) }
        : {}),
    });
  }
  const wordnet = options?.wordnet ?? configured?.wordnet ?? false;
  const directory = cacheDirectory(loaded, store);
  const location = typeof store === "string" ? store : loaded.config.store;
  const cache = !embedder
    ? undefined
    : location && /^postgres(ql)?:\/\//i.test(location)
      ? postgresVectorCache(location)
      : folderVectorCache(directory);
  return {
    build: (operations, signature) => {
      const key = catalogKey(operations);
      const file = join(directory, `index-${key}.json`);
      const cached = readIndex(file, operations.length);
      const lexical = new CatalogSearch(
        operations,
        cachedSignatures(join(directory, `signatures-${key}.json`), signature),
        wordnet ? { wordnetWeight: WORDNET_WEIGHT } : {},
        cached,
      );
      if (!cached) writeIndex(file, lexical.toCache());
      return new HybridSearch(
        lexical,
        embedder ? new SemanticSearch(operations, embedder, cache) : undefined,
      );
    },
  };
}

/**
 * Bumped when what `prepareOperation` makes of the same words changes (the stemmer, say), or what
 * `renderSignature` makes of the same schemas: the key names the signatures' file too.
 */
const INDEX_FORMAT = 2;
const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

/**
 * The key of a catalog's built index: this version of codemode, the format and, per operation, its
 * path, HTTP method and path, tags and annotations, and the digest of the document it was built
 * from (an OpenAPI spec from the spec cache), which stands for its description and schemas without
 * reading them: from the cache they are parsed only when first used. An operation without a digest
 * (an MCP tool, a host function) gives its description instead; its schemas are left out, as
 * reading them would cost what the cache saves, so a change to an MCP tool's parameter names alone
 * keeps the previous parameter words until anything else of it changes.
 */
function catalogKey(operations: readonly Operation[]): string {
  const hash = createHash("sha256").update(`${version}\n${INDEX_FORMAT}\n`);
  for (const operation of operations)
    hash.update(
      JSON.stringify([
        operation.namespace,
        operation.name,
        operation.sourceDigest ?? operation.description,
        operation.source,
        operation.annotations,
      ]),
    );
  return hash.digest("hex").slice(0, 32);
}

function readIndex(file: string, count: number): CachedIndex | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as CachedIndex;
    return cached.profiles?.length === count && cached.index ? cached : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only disk only costs building the index again next time. */
function writeIndex(file: string, cached: CachedIndex): void {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(cached));
    renameSync(temporary, file);
  } catch {
    // Nothing to do: the index works from memory.
  }
}
