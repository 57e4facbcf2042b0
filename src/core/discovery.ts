/** A search hit as scripts, the CLI and the MCP tool see it. */
export interface SearchHit {
  path: string;
  signature: string;
  description: string;
  score: number;
  /** For an HTTP operation: its method and path, `POST /v1/refunds`. */
  http?: string;
  /** Why it ranks where it does, when asked for (`codemode search --explain`). */
  explain?: SearchExplanation;
  /** Set when a call may not simply run: it waits for a person, is blocked, or depends on its arguments. */
  approval?: { action: "ask" | "block" | "depends"; reason: string };
}

/** One operation as `codemode.operations()` lists it: no schemas, one line of summary. */
export interface OperationSummary {
  path: string;
  method?: string;
  httpPath?: string;
  tags?: string[];
  summary: string;
}

/**
 * How a hit's score was made: BM25 over the query's terms (and their related words) in each
 * field, times the share of the query's own words the name and summary cover, times the method's
 * fit (a read asked for, a GET found), divided by the name's words nobody asked for.
 */
export interface SearchExplanation {
  bm25: number;
  /** Each term that matched (the query's, a stem, or a related word), and the fields it matched in. */
  matched: Record<string, string[]>;
  /** Share of the query's own words found in the name and summary (0 to 1). */
  coverage: number;
  /** Words of the operation's name the query does not ask for. */
  unasked: number;
  /** The factor for the HTTP method: above 1 when it does what the query asks. */
  method: number;
  /** Matched terms that WordNet related to a word of the query the catalog does not use. */
  wordnet?: string[];
  /** With an embedder: the hit's rank by words (absent: not in the first 50) and by meaning. */
  fusion?: { lexicalRank?: number; semanticRank?: number; similarity?: number };
}

/** `codemode.search`, `codemode.describe` and `codemode.operations`, for scripts and the model's tools. */
export interface Discovery {
  search(query: string, options?: { limit?: number; explain?: boolean }): Promise<SearchHit[]>;
  describe(path: string): Promise<string>;
  operations?(filter?: { namespace?: string; text?: string }): Promise<OperationSummary[]>;
}
