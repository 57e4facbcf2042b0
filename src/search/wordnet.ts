import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * WordNet's relations for a word (its synonyms, the words one level up and the words derived from
 * it, for its three most frequent senses as a noun and as a verb), from the table
 * `scripts/build-wordnet-table.mjs` builds out of WordNet 3.1: "bill" → invoice, statement,
 * charge…; "discontinue" → stop, end, terminate…. Most of them are no API's word; the search keeps
 * those the catalog holds.
 */
let table: Record<string, string> | undefined;

/** The table ships beside `dist/` and `src/` (both two folders below the package's root). */
const TABLE_URL = new URL("../../data/wordnet-related.json.gz", import.meta.url);

function load(): Record<string, string> {
  if (table === undefined) {
    try {
      table = JSON.parse(gunzipSync(readFileSync(TABLE_URL)).toString("utf8")) as Record<
        string,
        string
      >;
    } catch {
      // A package without its data folder (a bundler that dropped it) searches without WordNet.
      table = {};
    }
  }
  return table;
}

/**
 * The base forms a word may come from, most likely first: "bills" → bills, bill; "paused" →
 * paused, pause, paus; "companies" → companies, company.
 */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  if (word.endsWith("ed")) forms.push(word.slice(0, -1), word.slice(0, -2));
  if (word.endsWith("ing")) forms.push(`${word.slice(0, -3)}e`, word.slice(0, -3));
  return forms;
}

/** The words WordNet relates to a word of the user's (lower case), or none. */
export function wordNetRelated(word: string): string[] {
  const entries = load();
  for (const form of baseForms(word)) {
    const related = Object.hasOwn(entries, form) ? entries[form] : undefined;
    if (related) return related.split(" ");
  }
  return [];
}
