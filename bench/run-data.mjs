// What reaches the model: a 1 MB result whole, cut, and kept by reference (o200k tokens of the
// execute tool's text, as the MCP gateway sends it), and what tokenizing personal data costs per
// KB, beside the same work without it, interleaved. `npm run build` first.
//   node bench/run-data.mjs [--rounds 15] [--json]
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { Tokenizer } from "../dist/core/privacy/tokenizer.js";
import { createCodeMode } from "../dist/index.js";
import { personalDataDetectors } from "../dist/privacy/detectors.js";
import { executionToolResult } from "../dist/server/gateway-tools.js";
import { MemoryJournalStore } from "../dist/store/memory-journal-store.js";
import { interleave, spread } from "./stats.mjs";

const argv = process.argv.slice(2);
const rounds = argv.includes("--rounds") ? Number(argv[argv.indexOf("--rounds") + 1]) : 15;
const json = argv.includes("--json");

/** About 1 MB of JSON: order rows as an API returns them. */
const ROWS_SCRIPT = `return Array.from({ length: 5100 }, (_, i) => ({
  id: "ord_" + i, customer: "Customer " + i, email: "customer" + i + "@example.com",
  total: Math.round(i * 37.5) / 10, currency: "EUR", status: i % 7 ? "paid" : "refunded",
  items: [{ sku: "SKU-" + (i % 97), quantity: 1 + (i % 3) }], note: "delivered to the front desk" }))`;

const modelTokens = (execution) =>
  encode(
    executionToolResult(execution)
      .content.map((block) => block.text ?? "")
      .join("\n"),
  ).length;

async function resultCosts() {
  const rows = [];
  const whole = await createCodeMode({ typecheck: false, limits: { maxOutputChars: 2_000_000 } });
  const cut = await createCodeMode({ typecheck: false, limits: { maxRefChars: 0 } });
  const byReference = await createCodeMode({ typecheck: false });
  try {
    const full = await whole.execute(ROWS_SCRIPT);
    const chars = JSON.stringify(full.result).length;
    rows.push({
      how: "whole (maxOutputChars raised to 2,000,000)",
      tokens: modelTokens(full),
      complete: "yes",
    });
    const cutOutcome = await cut.execute(ROWS_SCRIPT);
    rows.push({
      how: "cut at maxOutputChars 20,000 (before: the rest is lost)",
      tokens: modelTokens(cutOutcome),
      complete: "no",
    });
    const referenced = await byReference.execute(ROWS_SCRIPT);
    const ref = referenced.refs?.[0];
    rows.push({
      how: "by reference (preview + handle)",
      tokens: modelTokens(referenced),
      complete: "in the store",
    });
    // The next step, as a model would write it: load it and return only what it needs.
    const next = await byReference.execute(
      `const rows = (await codemode.load("${ref}")) as { status: string; total: number }[];
       const refunded = rows.filter((row) => row.status === "refunded");
       return { rows: rows.length, refunded: refunded.length, refundedTotal: refunded.reduce((s, r) => s + r.total, 0) };`,
    );
    rows.push({
      how: "…then a run that loads it and returns a summary",
      tokens: modelTokens(next),
      complete: "yes",
    });
    return { chars, rows };
  } finally {
    await whole.close();
    await cut.close();
    await byReference.close();
  }
}

/** 64 KB of records with personal data in a fifth of the fields, and prose around it. */
function sampleRecords() {
  const records = [];
  for (let i = 0; records.length === 0 || JSON.stringify(records).length < 64 * 1024; i++)
    records.push({
      id: i,
      name: `Customer ${i}`,
      email: `customer${i}@example.com`,
      phone: `+1 415-555-${String(1000 + (i % 9000)).padStart(4, "0")}`,
      ip: `203.0.113.${i % 250}`,
      note: `Order ${i} shipped on 2024-05-0${(i % 9) + 1}; the customer asked about invoice INV-${i * 7}.`,
      iban: i % 10 === 0 ? "GB82 WEST 1234 5698 7654 32" : null,
    });
  return records;
}

async function tokenizationCosts() {
  const records = sampleRecords();
  const kb = JSON.stringify(records).length / 1024;
  const store = new MemoryJournalStore();
  const all = new Tokenizer(store, personalDataDetectors(["email", "phone", "card", "iban", "ip"]));
  const emailOnly = new Tokenizer(store, personalDataDetectors(["email"]));
  await all.tokenize(records); // numbers every value once, as a store that has seen them would
  await emailOnly.tokenize(records);
  const copy = (value) => JSON.parse(JSON.stringify(value));
  const subjects = {
    "baseline: no tokenization (a JSON copy of the value)": async () => copy(records),
    "email only": () => emailOnly.tokenize(records),
    "email, phone, card, iban, ip": () => all.tokenize(records),
  };
  const samples = await interleave(Object.keys(subjects), rounds, async (subject) => {
    const started = performance.now();
    await subjects[subject]();
    return (performance.now() - started) / kb;
  });

  // End to end: execute returning the same 64 KB, privacy on and off, interleaved.
  const limits = { maxOutputChars: 200_000 };
  const plain = await createCodeMode({ typecheck: false, limits });
  const tokenized = await createCodeMode({
    typecheck: false,
    limits,
    privacy: { tokenize: ["email", "phone", "card", "iban", "ip"] },
  });
  const script = `return ${JSON.stringify(records)}`;
  await plain.execute(script);
  await tokenized.execute(script);
  const runtimes = { "execute, privacy off": plain, "execute, all five kinds": tokenized };
  const executeSamples = await interleave(Object.keys(runtimes), rounds, async (subject) => {
    const started = performance.now();
    await runtimes[subject].execute(script);
    return performance.now() - started;
  });
  await plain.close();
  await tokenized.close();
  return {
    kb,
    perKb: Object.fromEntries([...samples].map(([subject, values]) => [subject, spread(values)])),
    execute: Object.fromEntries(
      [...executeSamples].map(([subject, values]) => [subject, spread(values)]),
    ),
  };
}

const results = { results: await resultCosts(), tokenization: await tokenizationCosts() };
if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const { results: costs, tokenization } = results;
  const ms = (value) => value.toFixed(3);
  console.log(
    `\nA result of ${(costs.chars / 1024).toFixed(0)} KB of JSON, as the model reads it (o200k tokens):\n`,
  );
  console.log("| how | tokens | the whole value |\n| --- | ---: | --- |");
  for (const row of costs.rows)
    console.log(`| ${row.how} | ${row.tokens.toLocaleString("en-US")} | ${row.complete} |`);
  console.log(
    `\nTokenizing ${tokenization.kb.toFixed(0)} KB of records, per KB (ms, median, p10 – p90, ${rounds} rounds interleaved):\n`,
  );
  console.log("| what | ms per KB | p10 – p90 |\n| --- | ---: | --- |");
  for (const [subject, value] of Object.entries(tokenization.perKb))
    console.log(`| ${subject} | ${ms(value.median)} | ${ms(value.p10)} – ${ms(value.p90)} |`);
  console.log(
    `\nThe same ${tokenization.kb.toFixed(0)} KB returned by execute (ms, median, p10 – p90):\n`,
  );
  console.log("| runtime | ms | p10 – p90 |\n| --- | ---: | --- |");
  for (const [subject, value] of Object.entries(tokenization.execute))
    console.log(
      `| ${subject} | ${value.median.toFixed(1)} | ${value.p10.toFixed(1)} – ${value.p90.toFixed(1)} |`,
    );
}
