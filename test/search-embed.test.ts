import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createOpenAI } from "@ai-sdk/openai";
import { MockEmbeddingModelV4 } from "ai/test";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeMode } from "../src/create-code-mode.js";
import { stem, tokenize } from "../src/search/terms.js";
import { POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";

// A pluggable embedder, from the user's side: a function, an AI SDK model, and an embeddings API
// named in the config, over GitHub and Stripe (1,700+ operations). The embedder here is a
// deterministic bag of word stems hashed into 64 dimensions, with one pair of words made to mean
// the same ("chargeback" and "dispute": Stripe's spec never says "chargeback"), so that a hit that
// only meaning can find shows the semantic ranking at work.

const DIMENSIONS = 64;
function bucket(word: string): number {
  let hash = 0;
  for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % DIMENSIONS;
}
function embedText(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  for (const token of tokenize(text)) {
    const word = stem(token) === "chargeback" ? "disput" : stem(token);
    vector[bucket(word)] = (vector[bucket(word)] ?? 0) + 1;
  }
  return vector;
}

const require = createRequire(import.meta.url);
let folder: string;
let servers: Record<string, { openapi: string; baseUrl: string }>;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "codemode-embed-"));
  const stripe = join(folder, "stripe.json");
  writeFileSync(
    stripe,
    gunzipSync(readFileSync(new URL("fixtures/specs/stripe.json.gz", import.meta.url))),
  );
  servers = {
    github: {
      openapi: require.resolve("@octokit/openapi/generated/api.github.com.json"),
      baseUrl: "https://github.example.com",
    },
    stripe: { openapi: stripe, baseUrl: "https://stripe.example.com" },
  };
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("search with an embedder", () => {
  it("embeds each operation once, keeps the vectors in the store folder, and ranks by meaning", async () => {
    const store = join(folder, "store-function");
    const embedded: string[][] = [];
    const embed = async (texts: string[]) => {
      embedded.push(texts);
      return texts.map(embedText);
    };
    const first = await createCodeMode({
      config: { servers },
      store,
      typecheck: false,
      search: { embed },
    });
    const operationCount = first.operations().length;
    expect(operationCount).toBeGreaterThan(1500);
    try {
      const hits = await first.search("chargebacks", { limit: 5, explain: true });
      // Lexically "chargebacks" matches nothing in either spec; the meaning finds disputes.
      expect(hits[0]?.path).toMatch(/^stripe\..*Disputes/);
      expect(hits[0]?.explain?.fusion?.semanticRank).toBe(1);
      await first.search("list the disputes", { limit: 5 });
      await first.search("chargebacks", { limit: 5 });
    } finally {
      await first.close();
    }
    // One call for every operation, then one per distinct query (a repeated one is kept).
    expect(embedded[0]).toHaveLength(operationCount);
    expect(embedded.slice(1).map((texts) => texts.length)).toEqual([1, 1]);
    expect(
      readdirSync(join(store, "cache", "search")).filter((f) => f.endsWith(".vectors")),
    ).toHaveLength(1);

    // A new process with the same store reads the vectors: only the query is embedded.
    embedded.length = 0;
    const second = await createCodeMode({
      config: { servers },
      store,
      typecheck: false,
      search: { embed },
    });
    try {
      const hits = await second.search("chargebacks", { limit: 5 });
      expect(hits[0]?.path).toMatch(/^stripe\..*Disputes/);
    } finally {
      await second.close();
    }
    expect(embedded).toEqual([["chargebacks"]]);
  }, 120_000);

  it("takes an AI SDK EmbeddingModel and calls it through embedMany", async () => {
    const model = new MockEmbeddingModelV4({
      provider: "test",
      modelId: "stems-64",
      maxEmbeddingsPerCall: 2048,
      doEmbed: async ({ values }) => ({ embeddings: values.map(embedText), warnings: [] }),
    });
    const cm = await createCodeMode({
      config: { servers },
      store: join(folder, "store-model"),
      typecheck: false,
      search: { embed: model },
    });
    try {
      const [hit] = await cm.search("chargebacks", { limit: 3 });
      expect(hit?.path).toMatch(/^stripe\..*Disputes/);
    } finally {
      await cm.close();
    }
    const texts = model.doEmbedCalls.flatMap((call) => call.values);
    expect(texts.length).toBe(cm.operations().length + 1);
  }, 120_000);
});

describe("search.embed in the config: an OpenAI-format embeddings API", () => {
  let server: Server;
  let baseURL: string;
  const requests: { authorization?: string; model: string; input: string[] }[] = [];

  beforeAll(async () => {
    server = createServer(async (request: IncomingMessage, response) => {
      let body = "";
      for await (const chunk of request) body += chunk;
      const parsed = JSON.parse(body) as { model: string; input: string[] };
      requests.push({ authorization: request.headers.authorization, ...parsed });
      if (request.headers.authorization !== "Bearer sk-test") {
        response.writeHead(401, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: "Incorrect API key provided" } }));
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          object: "list",
          model: parsed.model,
          data: parsed.input.map((text, index) => ({
            object: "embedding",
            index,
            embedding: embedText(text),
          })),
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address() as { port: number };
    baseURL = `http://127.0.0.1:${address.port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("posts batches with the key from the environment and ranks with the vectors", async () => {
    process.env.CODEMODE_TEST_EMBED_KEY = "sk-test";
    const config = {
      servers: { stripe: servers.stripe as { openapi: string; baseUrl: string } },
      search: {
        embed: {
          provider: "openai" as const,
          model: "text-embedding-3-small",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the config's own syntax
          apiKey: "${env:CODEMODE_TEST_EMBED_KEY}",
          baseURL,
        },
      },
    };
    const cm = await createCodeMode({
      config,
      store: join(folder, "store-config"),
      typecheck: false,
    });
    try {
      const [hit] = await cm.search("chargebacks", { limit: 3 });
      expect(hit?.path).toMatch(/^stripe\..*Disputes/);
    } finally {
      await cm.close();
      delete process.env.CODEMODE_TEST_EMBED_KEY;
    }
    expect(requests.every((request) => request.authorization === "Bearer sk-test")).toBe(true);
    expect(requests.every((request) => request.model === "text-embedding-3-small")).toBe(true);
    // 500+ operations go in batches of at most 512 texts.
    expect(Math.max(...requests.map((request) => request.input.length))).toBeLessThanOrEqual(512);
  }, 120_000);

  it("takes the AI SDK's own OpenAI provider pointed at the same server", async () => {
    const before = requests.length;
    const provider = createOpenAI({ baseURL, apiKey: "sk-test" });
    const cm = await createCodeMode({
      config: { servers: { stripe: servers.stripe as { openapi: string; baseUrl: string } } },
      store: join(folder, "store-provider"),
      typecheck: false,
      search: { embed: provider.embedding("text-embedding-3-small") },
    });
    try {
      const [hit] = await cm.search("chargebacks", { limit: 3, explain: true });
      expect(hit?.path).toMatch(/^stripe\..*Disputes/);
      expect(hit?.explain?.fusion?.similarity).toBeGreaterThan(0);
    } finally {
      await cm.close();
    }
    const made = requests.slice(before);
    expect(made.length).toBeGreaterThan(1);
    expect(made.every((request) => request.authorization === "Bearer sk-test")).toBe(true);
  }, 120_000);

  it("says what the API answered when it refuses, and which setting to check", async () => {
    const config = {
      servers: { stripe: servers.stripe as { openapi: string; baseUrl: string } },
      search: { embed: { provider: "openai" as const, model: "m", apiKey: "wrong", baseURL } },
    };
    const cm = await createCodeMode({
      config,
      store: join(folder, "store-refused"),
      typecheck: false,
    });
    try {
      await expect(cm.search("chargebacks")).rejects.toThrow(
        /answered 401 for model m: .*Incorrect API key.*Check search\.embed/,
      );
    } finally {
      await cm.close();
    }
  }, 120_000);

  it("refuses an unknown provider in the config with the key that is wrong", async () => {
    await expect(
      createCodeMode({
        config: { search: { embed: { provider: "cohere", model: "m" } } } as never,
        typecheck: false,
      }),
    ).rejects.toThrow(/search\.embed\.provider/);
  });
});

const postgresSuite = POSTGRES_URL ? describe : describe.skip;
postgresSuite("search vectors in PostgreSQL when the store is PostgreSQL", () => {
  const schemas = postgresSchemas(POSTGRES_URL ?? "");
  afterAll(() => schemas.dropAll());

  it("embeds each operation once across processes sharing the database", async () => {
    const store = await schemas.create();
    const config = { servers: { stripe: servers.stripe as { openapi: string; baseUrl: string } } };
    let texts = 0;
    const embed = async (given: string[]) => {
      texts += given.length;
      return given.map(embedText);
    };
    for (let process = 0; process < 2; process++) {
      const cm = await createCodeMode({ config, store, typecheck: false, search: { embed } });
      try {
        const [hit] = await cm.search("chargebacks", { limit: 3 });
        expect(hit?.path).toMatch(/^stripe\..*Disputes/);
        if (process === 0) expect(texts).toBe(cm.operations().length + 1);
        else expect(texts).toBe(cm.operations().length + 2);
      } finally {
        await cm.close();
      }
    }
    const client = new pg.Client({ connectionString: store });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT count(*)::int AS count FROM codemode_search_vectors",
      );
      expect(rows[0].count).toBeGreaterThan(400);
    } finally {
      await client.end();
    }
  }, 120_000);
});
