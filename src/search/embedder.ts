import { CodemodeError } from "../core/errors.js";

/** Texts → one vector each, in order. */
export type EmbedFunction = (texts: string[]) => Promise<number[][]>;

/**
 * An AI SDK `EmbeddingModel` (from `@ai-sdk/openai`, `@ai-sdk/google`…), recognised by its
 * `doEmbed`; it is called through the SDK's `embedMany`, which splits and retries.
 */
export interface EmbeddingModelLike {
  readonly provider: string;
  readonly modelId: string;
  doEmbed(options: { values: string[] }): PromiseLike<{ embeddings: number[][] }>;
}

/** What `search.embed` accepts in the library: a function, or an AI SDK embedding model. */
export type EmbedderInput = EmbedFunction | EmbeddingModelLike;

/** `search.embed` in a config file: an embeddings API by provider name and model. */
export interface EmbedderConfig {
  /** `openai`: the OpenAI embeddings format, which many servers speak (set `baseURL` for them). */
  provider: "openai";
  model: string;
  /** Usually `${env:OPENAI_API_KEY}`. */
  apiKey?: string;
  /** Where the API lives; `https://api.openai.com/v1` by default. */
  baseURL?: string;
  /** Shorter vectors, for models that can give them (`text-embedding-3-*`). */
  dimensions?: number;
}

/** An embedder ready to use, with the identity its cached vectors are filed under. */
export interface Embedder {
  /** Names the model: vectors of one model are never compared with another's. */
  id: string;
  embed: EmbedFunction;
  /**
   * How much its ranking counts in the fusion beside the lexical one (1, as much, by default): a
   * weaker model is given less, so that it adds what words miss without overruling them.
   */
  weight?: number;
}

const isModel = (input: EmbedderInput): input is EmbeddingModelLike =>
  typeof input === "object" && input !== null && typeof input.doEmbed === "function";

/**
 * The embedder for `search.embed`: a function as given (`id` names it in the cache, "function"
 * by default), or an AI SDK model through `embedMany` (the `ai` package, an optional peer).
 */
export function createEmbedder(input: EmbedderInput, id?: string): Embedder {
  if (!isModel(input)) return { id: id ?? "function", embed: input };
  return {
    id: id ?? `${input.provider}:${input.modelId}`,
    embed: async (texts) => {
      const { embedMany } = await import("ai");
      const { embeddings } = await embedMany({
        model: input as unknown as Parameters<typeof embedMany>[0]["model"],
        values: texts,
      });
      return embeddings;
    },
  };
}

/** Texts per request to an embeddings API (OpenAI accepts up to 2,048). */
const BATCH = 512;

/**
 * The embedder a config names: `provider: "openai"` posts `{ model, input }` to
 * `{baseURL}/embeddings` and reads `data[].embedding`, with no SDK needed.
 */
export function configEmbedder(config: EmbedderConfig, fetcher: typeof fetch = fetch): Embedder {
  if (config.provider !== "openai")
    throw new CodemodeError(
      "config_invalid",
      `search.embed.provider "${String(config.provider)}" is not known: use "openai" (any server that speaks the OpenAI embeddings format, with baseURL), or pass an embedder to createCodeMode({ search: { embed } }).`,
    );
  const baseURL = (config.baseURL ?? "https://api.openai.com/v1").replace(/\/+$/, "");
  const embedBatch = async (input: string[]): Promise<number[][]> => {
    const response = await fetcher(`${baseURL}/embeddings`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: config.model,
        input,
        ...(config.dimensions ? { dimensions: config.dimensions } : {}),
      }),
    });
    if (!response.ok)
      throw new CodemodeError(
        "search_embed_failed",
        `The embeddings API at ${baseURL} answered ${response.status} for model ${config.model}: ${(await response.text()).slice(0, 200)}. Check search.embed (model, apiKey, baseURL).`,
      );
    const body = (await response.json()) as { data?: { index?: number; embedding: number[] }[] };
    const data = [...(body.data ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (data.length !== input.length)
      throw new CodemodeError(
        "search_embed_failed",
        `The embeddings API at ${baseURL} returned ${data.length} vectors for ${input.length} texts.`,
      );
    return data.map((entry) => entry.embedding);
  };
  return {
    id: `openai:${baseURL}:${config.model}:${config.dimensions ?? ""}`,
    embed: async (texts) => {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += BATCH)
        vectors.push(...(await embedBatch(texts.slice(start, start + BATCH))));
      return vectors;
    },
  };
}
