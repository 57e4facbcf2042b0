import type { SearchExplanation, SearchHit } from "../core/discovery.js";
import type { CatalogSearch } from "./catalog-search.js";
import type { SemanticSearch } from "./semantic-search.js";

/** How deep each ranking is read before fusing: a hit this far down still counts a little. */
const DEPTH = 50;
/**
 * Reciprocal-rank fusion's constant: each ranking gives a hit `1 / (K + rank)`. The usual 60
 * lets two middling ranks beat one first place.
 */
const K = 60;

/**
 * The lexical ranking and, when an embedder is configured, the ranking by meaning, fused by
 * reciprocal rank: each operation scores `1 / (K + its rank by words) + 1 / (K + its rank by
 * meaning)`, the second times the embedder's weight. Ranks rather than scores, since BM25 and cosine similarity are on no common scale.
 */
export class HybridSearch {
  constructor(
    private readonly lexical: CatalogSearch,
    private readonly semantic?: SemanticSearch,
  ) {}

  /** Embeds the catalog now (it is otherwise done on the first search). */
  async ready(): Promise<void> {
    await this.semantic?.ready();
  }

  async search(
    query: string,
    options: { limit?: number; explain?: boolean } = {},
  ): Promise<SearchHit[]> {
    if (!this.semantic) return this.lexical.search(query, options);
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const [byWords, byMeaning] = [
      this.lexical.ranked(query, DEPTH),
      await this.semantic.search(query, DEPTH),
    ];
    const fused = new Map<string, { score: number; why: SearchExplanation }>();
    const entry = (path: string) => {
      let found = fused.get(path);
      if (!found) {
        found = {
          score: 0,
          why: { bm25: 0, matched: {}, coverage: 0, unasked: 0, method: 1, fusion: {} },
        };
        fused.set(path, found);
      }
      return found;
    };
    byWords.forEach(({ path, why }, index) => {
      const found = entry(path);
      found.score += 1 / (K + index + 1);
      found.why = { ...why, fusion: { ...found.why.fusion, lexicalRank: index + 1 } };
    });
    const { weight } = this.semantic;
    for (const { path, rank, similarity } of byMeaning) {
      const found = entry(path);
      found.score += weight / (K + rank);
      found.why.fusion = { ...found.why.fusion, semanticRank: rank, similarity };
    }
    return [...fused]
      .sort(([, a], [, b]) => b.score - a.score)
      .slice(0, limit)
      .map(([path, { score, why }]) =>
        this.lexical.hit(path, score * 100, options.explain ? why : undefined),
      );
  }
}
