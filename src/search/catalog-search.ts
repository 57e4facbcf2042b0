import MiniSearch from "minisearch";
import type { SearchHit } from "../core/execute.js";
import { type Operation, operationPath } from "../core/operation.js";
import { processTerm, splitWords, tokenize } from "./terms.js";

export { splitWords } from "./terms.js";

/** Each field holds index terms (already stemmed), separated by spaces. */
interface Document {
  id: string;
  /** The operation's name, each term once. */
  name: string;
  /** The summary line, tags, path and namespace: each term once, and none already in `name`. */
  title: string;
  /** The rest of the description, with repetitions (BM25 counts them). */
  description: string;
  /** Input property names and short enum values, each once. */
  parameters: string;
  /** Words for what the HTTP method does. */
  action: string;
}

type SearchField = Exclude<keyof Document, "id">;

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
};

/**
 * Words a user says for what an HTTP method does: "remove a pet" finds `DELETE /pet/{id}` even
 * when the operation is called `deletePet`.
 */
const METHOD_WORDS: Record<string, string> = {
  GET: "get list show read find fetch view",
  HEAD: "check exists",
  POST: "create add new make send post submit publish",
  PUT: "set replace put add update",
  PATCH: "update edit change modify",
  DELETE: "delete remove",
};

type SchemaObject = { [keyword: string]: unknown };

const isSchemaObject = (value: unknown): value is SchemaObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows local `$ref`s (against the operation's `schemaRoot`, else the schema itself). */
function resolve(schema: unknown, root: unknown): SchemaObject | undefined {
  let current = schema;
  for (let hop = 0; hop < 8 && isSchemaObject(current) && typeof current.$ref === "string"; hop++) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) return undefined;
    current = ref
      .slice(2)
      .split("/")
      .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, token) => (isSchemaObject(node) ? node[token] : undefined), root);
  }
  return isSchemaObject(current) ? current : undefined;
}

/** Short string values an input may take (`state: "open" | "closed"`): users name them. */
function enumWords(schema: SchemaObject | undefined): string[] {
  const items = isSchemaObject(schema?.items) ? schema.items : undefined;
  const values = [
    ...(Array.isArray(schema?.enum) ? schema.enum : []),
    ...(Array.isArray(items?.enum) ? items.enum : []),
  ];
  return values.filter((value): value is string => typeof value === "string" && value.length <= 24);
}

/**
 * Input property names and their short enum values, one level into object properties (an OpenAPI
 * operation's `body`), following `$ref`s: "title", "state open closed", "labels".
 */
function parameterWords(operation: Operation): string {
  const root = operation.schemaRoot ?? operation.inputSchema;
  const input = resolve(operation.inputSchema, root);
  const words: string[] = [];
  const visit = (schema: SchemaObject | undefined, depth: number) => {
    const properties = schema?.properties;
    if (!isSchemaObject(properties)) return;
    for (const [name, child] of Object.entries(properties)) {
      const property = resolve(child, root);
      words.push(splitWords(name), ...enumWords(property));
      if (depth < 1) visit(property, depth + 1);
    }
  };
  visit(input, 0);
  return words.join(" ");
}

/** The first line (paragraph) of a description, and the rest. */
function splitDescription(text: string): { summary: string; rest: string } {
  const trimmed = text.trim();
  const end = trimmed.search(/\n/);
  return end < 0
    ? { summary: trimmed, rest: "" }
    : { summary: trimmed.slice(0, end), rest: trimmed.slice(end + 1) };
}

/** Text → index terms, in order, with repetitions. */
function terms(text: string): string[] {
  return tokenize(text).flatMap(processTerm);
}

/** Text → index terms, each once. */
function uniqueTerms(text: string): string[] {
  return [...new Set(terms(text))];
}

/** A path without its `{parameters}`: `/repos/{owner}/{repo}/pulls` → "repos pulls". */
function routeWords(path: string | undefined): string {
  return (path ?? "").replace(/\{[^}]*\}/g, " ");
}

/**
 * A ranked full-text index over the catalog (BM25 via MiniSearch): operation names split into
 * words, the summary line and the rest of each description, parameter names, HTTP paths and the
 * words of their methods, and tags, with stemming, stop words and prefix matching.
 */
export class CatalogSearch {
  private readonly index: MiniSearch<Document>;
  private readonly operations = new Map<string, Operation>();
  /** Per operation: the terms of its name and summary line, for the coverage of a query. */
  private readonly headline = new Map<string, ReadonlySet<string>>();
  private readonly coverage: number;
  private readonly extraPenalty: number;
  /** Per operation: the terms of its name. */
  private readonly nameTerms = new Map<string, readonly string[]>();

  constructor(
    operations: readonly Operation[],
    private readonly signature: (operation: Operation) => string,
    tuning: Partial<SearchTuning> = {},
  ) {
    const { boosts, bm25, prefixFrom, prefixWeight, coverage, extraPenalty } = {
      ...DEFAULT_TUNING,
      ...tuning,
    };
    this.coverage = coverage;
    this.extraPenalty = extraPenalty;
    this.index = new MiniSearch<Document>({
      fields: Object.keys(FIELD_BOOSTS),
      storeFields: [],
      // Documents hold terms already processed; queries go through the same processing.
      tokenize: (text) => text.split(" ").filter(Boolean),
      processTerm: (term) => term,
      searchOptions: {
        tokenize,
        processTerm,
        boost: { ...FIELD_BOOSTS, ...boosts },
        bm25,
        prefix: (term) => term.length >= prefixFrom,
        fuzzy: false,
        weights: { prefix: prefixWeight, fuzzy: 0 },
        combineWith: "OR",
      },
    });
    const documents: Document[] = [];
    for (const operation of operations) {
      const id = operationPath(operation);
      this.operations.set(id, operation);
      const { summary, rest } = splitDescription(operation.description ?? "");
      const method = operation.source.method?.toUpperCase();
      const name = uniqueTerms(operation.name);
      const nameSet = new Set(name);
      const title = uniqueTerms(
        [
          summary,
          ...(operation.source.tags ?? []),
          routeWords(operation.source.path),
          operation.namespace,
        ].join(" "),
      ).filter((term) => !nameSet.has(term));
      this.headline.set(id, new Set([...name, ...title]));
      this.nameTerms.set(id, name);
      documents.push({
        id,
        name: name.join(" "),
        title: title.join(" "),
        description: terms(rest).join(" "),
        parameters: uniqueTerms(parameterWords(operation)).join(" "),
        action: terms(method ? (METHOD_WORDS[method] ?? "") : "").join(" "),
      });
    }
    this.index.addAll(documents);
  }

  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const trimmed = query.trim();
    const queryTerms = [...new Set(terms(trimmed))];
    const results = trimmed === "" ? [] : this.rank(trimmed, queryTerms);
    return results.slice(0, limit).map((result) => {
      const operation = this.operations.get(result.id) as Operation;
      return {
        path: result.id,
        signature: this.signature(operation),
        description: firstLine(operation.description ?? ""),
        score: Math.round(result.score * 1000) / 1000,
      };
    });
  }

  /** MiniSearch's BM25 scores, weighed by how much of the query the name and summary cover. */
  private rank(query: string, queryTerms: readonly string[]): { id: string; score: number }[] {
    const asked = new Set(queryTerms);
    const results = this.index.search(query).map((result) => {
      const id = result.id as string;
      const headline = this.headline.get(id) ?? new Set<string>();
      const covered = queryTerms.filter((term) => headline.has(term)).length;
      const share = queryTerms.length > 0 ? covered / queryTerms.length : 0;
      const extra = (this.nameTerms.get(id) ?? []).filter((term) => !asked.has(term)).length;
      const score = (result.score * (1 + this.coverage * share)) / (1 + this.extraPenalty * extra);
      return { id, score };
    });
    return results.sort((a, b) => b.score - a.score);
  }
}

function firstLine(text: string): string {
  const line = text.split(/\n/)[0]?.trim() ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
