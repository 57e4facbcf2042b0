import { type Operation, operationPath } from "../core/operation.js";
import type { Embedder } from "./embedder.js";
import { splitWords } from "./terms.js";
import { type VectorCache, vectorKey } from "./vector-cache.js";

/** One operation found by meaning: its path, its rank (from 1) and its cosine similarity. */
export interface SemanticMatch {
  path: string;
  rank: number;
  similarity: number;
}

/** Queries whose vectors are kept in memory: a model asks the same thing more than once. */
const QUERIES_KEPT = 256;

/**
 * What an operation is embedded as: its name in words, its summary line, its tags and its HTTP
 * method and path, and the start of its description.
 */
export function operationText(operation: Operation): string {
  const description = (operation.description ?? "").replace(/\s+/g, " ").trim();
  return [
    splitWords(operation.name),
    operation.source.tags?.join(", "),
    operation.source.method
      ? `${operation.source.method.toUpperCase()} ${operation.source.path ?? ""}`
      : "",
    description.length > 400 ? `${description.slice(0, 400)}…` : description,
  ]
    .filter(Boolean)
    .join(". ");
}

/**
 * Operations ranked by the cosine similarity of their embedded text to the query's: one vector
 * per operation, computed once (then read from the cache) and normalised, so a query costs one
 * embedding and one pass of dot products.
 */
export class SemanticSearch {
  private paths: string[] = [];
  private vectors = new Float32Array(0);
  private dimensions = 0;
  private readonly queries = new Map<string, Float32Array>();
  private readiness: Promise<void> | undefined;

  constructor(
    private readonly operations: readonly Operation[],
    private readonly embedder: Embedder,
    private readonly cache?: VectorCache,
  ) {}

  /** How much this ranking counts in the fusion (the embedder's weight, 1 by default). */
  get weight(): number {
    return this.embedder.weight ?? 1;
  }

  /** Embeds the operations the cache does not hold (once; later calls wait for the same work). */
  ready(): Promise<void> {
    this.readiness ??= this.build().catch((error: unknown) => {
      this.readiness = undefined;
      throw error;
    });
    return this.readiness;
  }

  private async build(): Promise<void> {
    const { id } = this.embedder;
    const cached = (await this.cache?.read(id)) ?? new Map<string, Float32Array>();
    const keys = this.operations.map((operation) => vectorKey(id, operationText(operation)));
    const missing = this.operations.filter((_, index) => !cached.has(keys[index] as string));
    if (missing.length > 0) {
      const computed = await this.embedder.embed(missing.map(operationText));
      if (computed.length !== missing.length)
        throw new Error(
          `The embedder returned ${computed.length} vectors for ${missing.length} texts: it must return one per text, in order.`,
        );
      missing.forEach((operation, index) => {
        // Kept normalised, so that loading them is a copy.
        cached.set(
          vectorKey(id, operationText(operation)),
          normalised(Float32Array.from(computed[index] as number[])),
        );
      });
      // Only this catalog's vectors are kept: the file does not grow with every version of a spec.
      const kept = new Map(keys.map((key) => [key, cached.get(key) as Float32Array]));
      await this.cache?.write(id, kept);
    }
    this.dimensions = cached.get(keys[0] ?? "")?.length ?? 0;
    this.paths = this.operations.map(operationPath);
    this.vectors = new Float32Array(this.paths.length * this.dimensions);
    keys.forEach((key, index) => {
      this.vectors.set(cached.get(key) as Float32Array, index * this.dimensions);
    });
  }

  /** The `limit` operations nearest the query's meaning. */
  async search(query: string, limit: number): Promise<SemanticMatch[]> {
    await this.ready();
    const vector = await this.queryVector(query);
    if (vector.length !== this.dimensions) return [];
    const scores = new Float32Array(this.paths.length);
    const { vectors, dimensions } = this;
    for (let row = 0; row < this.paths.length; row++) {
      // Four sums at once: the loop is most of a query's time.
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      const offset = row * dimensions;
      let column = 0;
      for (; column + 3 < dimensions; column += 4) {
        a += (vectors[offset + column] as number) * (vector[column] as number);
        b += (vectors[offset + column + 1] as number) * (vector[column + 1] as number);
        c += (vectors[offset + column + 2] as number) * (vector[column + 2] as number);
        d += (vectors[offset + column + 3] as number) * (vector[column + 3] as number);
      }
      for (; column < dimensions; column++)
        a += (vectors[offset + column] as number) * (vector[column] as number);
      scores[row] = a + b + c + d;
    }
    return topRows(scores, limit).map((row, index) => ({
      path: this.paths[row] as string,
      rank: index + 1,
      similarity: Math.round((scores[row] as number) * 1000) / 1000,
    }));
  }

  private async queryVector(query: string): Promise<Float32Array> {
    const key = query.trim().toLowerCase();
    let vector = this.queries.get(key);
    if (vector === undefined) {
      const [embedded] = await this.embedder.embed([query]);
      vector = normalised(Float32Array.from(embedded ?? []));
      if (this.queries.size >= QUERIES_KEPT)
        this.queries.delete(this.queries.keys().next().value as string);
      this.queries.set(key, vector);
    }
    return vector;
  }
}

/** The vector scaled to length 1, in place. */
function normalised(vector: Float32Array): Float32Array {
  let norm = 0;
  for (let index = 0; index < vector.length; index++)
    norm += (vector[index] as number) * (vector[index] as number);
  norm = Math.sqrt(norm) || 1;
  for (let index = 0; index < vector.length; index++)
    vector[index] = (vector[index] as number) / norm;
  return vector;
}

/** The rows of the `limit` highest scores, best first. */
function topRows(scores: Float32Array, limit: number): number[] {
  const rows: number[] = [];
  for (let row = 0; row < scores.length; row++) {
    if (
      rows.length === limit &&
      (scores[row] as number) <= (scores[rows[limit - 1] as number] as number)
    )
      continue;
    let at = rows.length < limit ? rows.length : limit - 1;
    rows[at] = row;
    while (at > 0 && (scores[rows[at - 1] as number] as number) < (scores[row] as number)) {
      rows[at] = rows[at - 1] as number;
      rows[--at] = row;
    }
  }
  return rows;
}
