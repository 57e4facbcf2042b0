import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { EmbeddingsModel } from "@energetic-ai/embeddings";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../src/config/config.js";
import { createCodeMode } from "../src/create-code-mode.js";

// The offline embedder from the user's side: `search: { embed: "offline" }` over Stripe's real
// spec (452 operations), the packaged sentence encoder loaded in this process with every way out
// to the network closed, and its vectors read back by a second runtime on the same store.

let folder: string;
let servers: Record<string, { openapi: string; baseUrl: string }>;
const connections: string[] = [];
const realFetch = globalThis.fetch;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "codemode-offline-embed-"));
  const stripe = join(folder, "stripe.json");
  writeFileSync(
    stripe,
    gunzipSync(readFileSync(new URL("fixtures/specs/stripe.json.gz", import.meta.url))),
  );
  servers = { stripe: { openapi: stripe, baseUrl: "https://stripe.example.com" } };
  // Every socket (node:http, node-fetch, undici's fetch) connects through Socket.prototype.connect.
  vi.spyOn(Socket.prototype, "connect").mockImplementation(function (
    this: Socket,
    ...args: unknown[]
  ) {
    connections.push(JSON.stringify(args[0]));
    throw new Error("no network in this test");
  });
  globalThis.fetch = async (input) => {
    connections.push(String(input));
    throw new Error("no network in this test");
  };
});
afterAll(() => {
  vi.restoreAllMocks();
  globalThis.fetch = realFetch;
  rmSync(folder, { recursive: true, force: true });
});

describe('search.embed "offline": the packaged sentence encoder', () => {
  it("loads and ranks with no network, and a second runtime reads its vectors from the store", async () => {
    const store = join(folder, "store");
    const embedded = vi.spyOn(EmbeddingsModel.prototype, "embed");
    const textsEmbedded = () =>
      embedded.mock.calls.reduce((sum, [texts]) => sum + (texts as string[]).length, 0);

    const first = await createCodeMode({
      config: { servers, search: { embed: "offline" } },
      store,
      typecheck: false,
    });
    // Nothing is loaded until a search needs it.
    expect(embedded).not.toHaveBeenCalled();
    const operationCount = first.operations().length;
    try {
      const hits = await first.search("chargebacks", { limit: 5, explain: true });
      // Stripe's spec never says "chargeback": words reach a dispute only through the thesaurus,
      // and below where the encoder ranks it by meaning.
      const dispute = hits.find((hit) => /Dispute/.test(hit.path));
      expect(dispute?.path).toMatch(/^stripe\.(Get|Post)\w*Dispute/);
      const semanticRank = dispute?.explain?.fusion?.semanticRank;
      expect(semanticRank).toBeLessThanOrEqual(5);
      expect(dispute?.explain?.fusion?.lexicalRank ?? Number.POSITIVE_INFINITY).toBeGreaterThan(
        semanticRank ?? 0,
      );
      // Words and meaning agree on the bank accounts: the fusion keeps the lexical order's head.
      const bank = await first.search("money sent to my bank account", { limit: 5, explain: true });
      expect(bank[0]?.path).toMatch(/^stripe\.\w*BankAccounts/);
      expect(bank[0]?.explain?.fusion?.semanticRank).toBeLessThanOrEqual(5);
    } finally {
      await first.close();
    }
    expect(connections).toEqual([]);
    // Every operation once, in batches, then the two queries.
    expect(textsEmbedded()).toBe(operationCount + 2);
    const vectorFiles = readdirSync(join(store, "cache", "search")).filter((file) =>
      file.endsWith(".vectors"),
    );
    expect(vectorFiles).toHaveLength(1);

    embedded.mockClear();
    const second = await createCodeMode({
      config: { servers, search: { embed: "offline" } },
      store,
      typecheck: false,
    });
    try {
      const hits = await second.search("chargebacks", { limit: 5 });
      expect(hits.some((hit) => /^stripe\.(Get|Post)\w*Dispute/.test(hit.path))).toBe(true);
    } finally {
      await second.close();
    }
    // The operations' vectors come from the store: the model embeds the query alone.
    expect(embedded.mock.calls.map(([texts]) => texts)).toEqual([["chargebacks"]]);
    expect(connections).toEqual([]);
  }, 300_000);

  it("is named in the config by one word, and a misspelt one says what is accepted", () => {
    expect(parseConfig({ servers: {}, search: { embed: "offline" } }).search?.embed).toBe(
      "offline",
    );
    expect(() => parseConfig({ servers: {}, search: { embed: "ofline" } })).toThrow(
      /search\.embed: expected "offline"/,
    );
  });
});
