import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import type { SearchExplanation, SearchHit } from "../core/discovery.js";
import type { Operation } from "../core/operation.js";
import {
  type Document,
  type PreparedOperation,
  prepareOperation,
  type SearchField,
} from "./catalog-document.js";

/** What the ranking keeps of one operation beside the index, by its path. */
export type CachedProfile = Omit<PreparedOperation, "document"> & { id: string };

/** A built index, as kept in the cache: the operations' profiles in order, and MiniSearch's index. */
export interface CachedIndex {
  profiles: CachedProfile[];
  index: AsPlainObject;
}

import { methodsAskedFor, type QueryLexicon, queryTerms, rewriteQuery } from "./terms.js";
import { wordNetRelated } from "./wordnet.js";

export { splitWords } from "./terms.js";

/** What the ranking can be tuned by; the defaults are the measured best. */
export interface SearchTuning {
  boosts: Partial<Record<SearchField, number>>;
  /** BM25 parameters: term saturation `k`, length normalisation `b`, floor `d`. */
  bm25: { k: number; b: number; d: number };
  /** Query terms at least this long also match longer terms they begin ("merg" → "mergeable"). */
  prefixFrom: number;
  /** Weight of a prefix match relative to an exact one. */
  prefixWeight: number;
  /**
   * How much it counts that the name and summary line cover the query: the score is multiplied by
   * `1 + coverage * share`, `share` being the part of the query's terms found there.
   */
  coverage: number;
  /**
   * How much a name's words that the query does not ask for count against it: the score is
   * divided by `1 + extraPenalty * extra`. Between two operations that match equally, the one
   * whose name says less beyond the query is the likelier target.
   */
  extraPenalty: number;
  /** Weight of a word related to one of the query's (`RELATED_WORDS`: "branch" → "ref"). */
  relatedWeight: number;
  /**
   * How much it counts that an operation's HTTP method does what the query's verbs ask ("remove"
   * → DELETE): its score is multiplied by `1 + methodBoost`.
   */
  methodBoost: number;
  /** The same for GET when the query names a thing without a verb ("followers of a user"). */
  readBoost: number;
  /**
   * Weight of a word WordNet relates to one of the query's ("bill" → "invoice"), among the words
   * of the catalog's names and summaries; 0 (the default) leaves WordNet out, `WORDNET_WEIGHT` is
   * the measured weight when it is on.
   */
  wordnetWeight: number;
  /**
   * Weight of the API's words the thesaurus (`thesaurus.ts`) gives for the user's words and
   * phrases ("bill" → "invoice", "zone file" → "dns record export").
   */
  thesaurusWeight: number;
}

/**
 * Field weights, measured on `test/fixtures/search-eval/tasks.json` (see
 * docs/decisions/0010-search.md): the name and the one-line summary say what an operation does;
 * the rest of a description mostly says how.
 */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = {
  name: 6,
  title: 2,
  action: 0.7,
  description: 0.3,
  parameters: 0.3,
};

export const DEFAULT_TUNING: SearchTuning = {
  boosts: FIELD_BOOSTS,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  prefixFrom: 4,
  prefixWeight: 0.375,
  coverage: 1,
  extraPenalty: 0.3,
  relatedWeight: 0.5,
  methodBoost: 0.3,
  readBoost: 0.1,
  wordnetWeight: 0,
  thesaurusWeight: 0.3,
};

/**
 * WordNet's words at a fifth of the user's: the best of 0–0.7 on the tuning half of the second
 * evaluation (docs/decisions/0018-semantic-search.md), and off by default, as it did not carry
 * over to the held-out half.
 */
export const WORDNET_WEIGHT = 0.2;

/** What the ranking needs to know of one operation beyond the index. */
interface Profile {
  operation: Operation;
  /** The terms of its name and summary line, for the coverage of a query. */
  headline: ReadonlySet<string>;
  /** The terms of its name, less the words of its own HTTP method ("list" of a GET). */
  named: readonly string[];
  /** Its HTTP method, if it has one. */
  method: string | undefined;
  /** Whether it reads one item (a GET whose path ends in a parameter: `/pets/{id}`). */
  single: boolean;
}

/**
 * A ranked full-text index over the catalog (BM25 via MiniSearch): operation names split into
 * words, the summary line and the rest of each description, parameter names, HTTP paths and the
 * words of their methods, and tags, with stemming, stop words and prefix matching.
 */
export class CatalogSearch {
  private readonly index: MiniSearch<Document>;
  private readonly profiles = new Map<string, Profile>();
  private readonly tuning: SearchTuning;
  /** The terms of every operation's name and summary line: where WordNet's words may lead. */
  private readonly headlineTerms = new Set<string>();
  private readonly lexicon: QueryLexicon | undefined;
  private readonly cachedProfiles: CachedProfile[];

  /**
   * Signatures rendered once per operation: a large schema (Stripe's) takes milliseconds to
   * analyse, and the same operations come up query after query.
   */
  private readonly signatures = new WeakMap<Operation, string>();

  private signatureOf(operation: Operation): string {
    let signature = this.signatures.get(operation);
    if (signature === undefined) {
      signature = this.signature(operation);
      this.signatures.set(operation, signature);
    }
    return signature;
  }

  constructor(
    operations: readonly Operation[],
    private readonly signature: (operation: Operation) => string,
    tuning: Partial<SearchTuning> = {},
    /** The index built before for the same operations, in the same order (from the cache). */
    cached?: CachedIndex,
  ) {
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    const { boosts, bm25, prefixWeight } = this.tuning;
    const options: Options<Document> = {
      fields: Object.keys(FIELD_BOOSTS),
      storeFields: [],
      // Documents and queries hold terms already processed (queries by `queryTerms`).
      tokenize: (text) => text.split(" ").filter(Boolean),
      processTerm: (term) => term,
      searchOptions: {
        boost: { ...FIELD_BOOSTS, ...boosts },
        bm25,
        fuzzy: false,
        weights: { prefix: prefixWeight, fuzzy: 0 },
        combineWith: "OR",
      },
    };
    let profiles: CachedProfile[];
    if (cached) {
      this.index = MiniSearch.loadJS(cached.index, options);
      profiles = cached.profiles;
    } else {
      this.index = new MiniSearch<Document>(options);
      const prepared = operations.map((operation) => prepareOperation(operation));
      this.index.addAll(prepared.map(({ document }) => document));
      profiles = prepared.map(({ document, ...profile }) => ({ id: document.id, ...profile }));
    }
    operations.forEach((operation, position) => {
      const { id, headline, named, method, single } = profiles[position] as CachedProfile;
      for (const term of headline) this.headlineTerms.add(term);
      this.profiles.set(id, { operation, headline: new Set(headline), named, method, single });
    });
    this.cachedProfiles = profiles;
    const headline = this.headlineTerms;
    this.lexicon =
      this.tuning.wordnetWeight > 0
        ? {
            related: wordNetRelated,
            known: (term) => headline.has(term),
            weight: this.tuning.wordnetWeight,
          }
        : undefined;
  }

  /** The built index and profiles, to keep in a cache and give back to the constructor. */
  toCache(): CachedIndex {
    return { profiles: this.cachedProfiles, index: this.index.toJSON() };
  }

  search(query: string, options: { limit?: number; explain?: boolean } = {}): SearchHit[] {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    return this.rank(query, limit).map(({ id, score, why }) =>
      this.hit(id, score, options.explain ? why : undefined),
    );
  }

  /** The first `limit` operations for a query, with their scores and why, without rendering. */
  ranked(query: string, limit: number): { path: string; score: number; why: SearchExplanation }[] {
    return this.rank(query, limit).map(({ id, score, why }) => ({ path: id, score, why }));
  }

  /** A hit for an operation of the catalog (by path), as `search` returns it. */
  hit(path: string, score: number, explain?: SearchExplanation): SearchHit {
    const { operation } = this.profiles.get(path) as Profile;
    return {
      path,
      signature: this.signatureOf(operation),
      description: firstLine(operation.description ?? ""),
      score: Math.round(score * 1000) / 1000,
      ...(operation.source.method && operation.source.path
        ? { http: `${operation.source.method.toUpperCase()} ${operation.source.path}` }
        : {}),
      ...(explain ? { explain } : {}),
    };
  }

  /**
   * MiniSearch's BM25 scores over the query's terms and their related words, then weighed by how
   * much of the query the name and summary cover, by the name's words the query does not ask for,
   * and by whether the HTTP method does what the query asks.
   */
  private rank(request: string, limit: number): Ranked[] {
    const { coverage, extraPenalty, prefixFrom, relatedWeight, thesaurusWeight } = this.tuning;
    const query = rewriteQuery(request);
    const asked = queryTerms(query, relatedWeight, this.lexicon, thesaurusWeight);
    if (asked.length === 0) return [];
    const weights = new Map(asked.map(({ term, weight }) => [term, weight]));
    const lexiconTerms = new Set(
      asked.filter(({ source }) => source === "wordnet").map(({ term }) => term),
    );
    const groups = asked.filter(({ own }) => own).length;
    const intent = methodsAskedFor(query);
    const methodBoost = intent.stated ? this.tuning.methodBoost : this.tuning.readBoost;
    const credit = new Array<number>(groups).fill(0);
    // No weighing raises a score by more than this: once BM25 alone falls below the last kept
    // score divided by it, nothing further down can enter the first `limit`.
    const most = (1 + coverage) * (1 + Math.max(methodBoost, 0));
    const ranked: Ranked[] = [];
    let floor = 0;
    const results = this.index.search(asked.map(({ term }) => term).join(" "), {
      boostTerm: (term) => weights.get(term) ?? 1,
      // A related word is a guess already: its prefixes would be a guess on a guess.
      prefix: (term) => term.length >= prefixFrom && weights.get(term) === 1,
    });
    for (const result of results) {
      if (result.score * most < floor) break;
      const id = result.id as string;
      const profile = this.profiles.get(id) as Profile;
      // Each of the query's own words counts once, by the best of its terms the headline holds.
      credit.fill(0);
      for (const { term, weight, group } of asked)
        if (group >= 0 && profile.headline.has(term))
          credit[group] = Math.max(credit[group] ?? 0, weight);
      const share = groups > 0 ? credit.reduce((sum, value) => sum + value, 0) / groups : 0;
      let extra = 0;
      for (const term of profile.named) if (!weights.has(term)) extra++;
      // Asked in the plural, reading means a collection, not one item.
      const verb =
        profile.method !== undefined &&
        intent.methods.has(profile.method) &&
        !(intent.many && profile.single)
          ? 1 + methodBoost
          : 1;
      const score = (result.score * (1 + coverage * share) * verb) / (1 + extraPenalty * extra);
      const why: SearchExplanation = {
        bm25: round(result.score),
        matched: Object.fromEntries(
          Object.entries(result.match).map(([term, fields]) => [term, [...fields]]),
        ),
        coverage: round(share),
        unasked: extra,
        method: round(verb),
      };
      const widened = Object.keys(result.match).filter((term) => lexiconTerms.has(term));
      if (widened.length > 0) why.wordnet = widened;
      ranked.push({ id, profile, score, why });
      if (ranked.length >= 2 * limit) {
        ranked.sort((a, b) => b.score - a.score);
        ranked.length = limit;
        floor = (ranked[limit - 1] as { score: number }).score;
      }
    }
    return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

interface Ranked {
  id: string;
  profile: Profile;
  score: number;
  why: SearchExplanation;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function firstLine(text: string): string {
  const line = text.split(/\n/)[0]?.trim() ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
