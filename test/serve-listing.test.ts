import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FunctionsInput } from "../src/connectors/functions/functions-connector.js";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { createGatewayServer } from "../src/server/create-gateway-server.js";

const NAMESPACES = 40;
const PER_NAMESPACE = 30;

/** 1,200 host functions with realistic descriptions and schemas: a large catalog. */
function largeCatalog(): FunctionsInput {
  const functions: FunctionsInput = {};
  for (let n = 0; n < NAMESPACES; n++) {
    const namespace: FunctionsInput[string] = {};
    for (let f = 0; f < PER_NAMESPACE; f++) {
      namespace[`operation${f}OfService${n}`] = {
        description: `Does task ${f} of service ${n}: reads or updates records, with filters and paging. Returns the matching records.`,
        input: {
          type: "object",
          properties: {
            id: { type: "string", description: "The record's identifier" },
            filter: {
              type: "object",
              properties: { status: { type: "string", enum: ["open", "closed", "pending"] } },
            },
            limit: { type: "integer", minimum: 1, maximum: 100 },
          },
          required: ["id"],
        },
        execute: async () => ({ ok: true }),
      };
    }
    functions[`service${n}`] = namespace;
  }
  return functions;
}

async function listingTokens(codeMode: CodeMode): Promise<{ tokens: number; names: string[] }> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = createGatewayServer(codeMode);
  const client = new Client({ name: "listing-test", version: "1.0.0" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  try {
    const listing = await client.listTools();
    return {
      tokens: encode(JSON.stringify(listing.tools)).length,
      names: listing.tools.map((tool) => tool.name),
    };
  } finally {
    await client.close();
    await server.close();
  }
}

describe("the gateway's tool listing", () => {
  let large: CodeMode;
  let small: CodeMode;

  beforeAll(async () => {
    large = await createCodeMode({ functions: largeCatalog(), typecheck: false });
    small = await createCodeMode({
      functions: { math: { add: { input: { type: "object" }, execute: () => 0 } } },
      typecheck: false,
    });
  });
  afterAll(async () => {
    await large?.close();
    await small?.close();
  });

  it("stays under 1,000 tokens (o200k) for a catalog of 1,200 operations", async () => {
    expect(large.operations()).toHaveLength(NAMESPACES * PER_NAMESPACE);
    const { tokens, names } = await listingTokens(large);
    expect(names).toEqual(["search", "describe", "execute"]);
    expect(tokens).toBeLessThan(1000);
    console.log(`tools/list for ${large.operations().length} operations: ${tokens} tokens (o200k)`);
  });

  it("does not grow with the catalog beyond its one summary line", async () => {
    const largeListing = await listingTokens(large);
    const smallListing = await listingTokens(small);
    expect(largeListing.tokens - smallListing.tokens).toBeLessThan(60);
  });
});
