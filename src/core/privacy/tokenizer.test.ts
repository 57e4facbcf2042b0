import { describe, expect, it } from "vitest";
import { Tokenizer } from "./tokenizer.js";

/** The store's token table, as plain maps. */
function tokenTable() {
  const values = new Map<string, string[]>();
  return {
    async privacyToken(kind: string, value: string) {
      const list = values.get(kind) ?? [];
      values.set(kind, list);
      const index = list.indexOf(value);
      if (index >= 0) return index + 1;
      list.push(value);
      return list.length;
    },
    async privacyValue(kind: string, number: number) {
      return values.get(kind)?.[number - 1];
    },
  };
}

/** A detector of any run of 13 digits, as a card's would find in an id. */
const digits = {
  kind: "card",
  find: (text: string) =>
    [...text.matchAll(/\d(?:-?\d){12}/g)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      value: match[0],
    })),
};

describe("Tokenizer", () => {
  it("never tokenizes reference handles and UUIDs, whatever their digits look like", async () => {
    const tokenizer = new Tokenizer(tokenTable(), [digits]);
    const text =
      "ref_123456789012345678901234 and 12345678-9012-3456-7890-123456789012, but 1234567890123";
    expect(await tokenizer.tokenizeText(text)).toBe(
      "ref_123456789012345678901234 and 12345678-9012-3456-7890-123456789012, but [card_1]",
    );
  });

  it("gives the same token for the same value, in strings and keys, and reverses only its own", async () => {
    const tokenizer = new Tokenizer(tokenTable(), [digits]);
    const value = { "1234567890123": ["1234567890123", "x 9999999999999 y"] };
    expect(await tokenizer.tokenize(value)).toEqual({ "[card_1]": ["[card_1]", "x [card_2] y"] });
    expect(await tokenizer.detokenize({ a: "[card_2] [card_3] [email_1]" })).toEqual({
      a: "9999999999999 [card_3] [email_1]",
    });
  });

  it("finds values percent-encoded, as a URL's query carries them", async () => {
    const tokenizer = new Tokenizer(tokenTable(), [digits]);
    expect(await tokenizer.tokenizeText("/items?tags=%2B1234567890123&x=1")).toBe(
      "/items?tags=%2B[card_1]&x=1",
    );
  });
});
