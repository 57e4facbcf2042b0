#!/usr/bin/env node
// Instructions per host call, for noisy machines: run under callgrind once with 0 calls and once
// with N, for each build to compare, and divide the difference of the "Collected" totals by N.
// Not run by all.mjs (each run takes minutes under valgrind).
//
//   valgrind --tool=callgrind --smc-check=all-non-file node --predictable \
//     bench/callgrind-calls.mjs [DIST] [N]
//
// DIST is a built `dist` folder (default ../dist), so that two builds compare in the same way.
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url));
const calls = Number(process.argv[3] ?? 0);
const { createCodeMode } = await import(pathToFileURL(join(resolve(dist), "index.js")).href);
const codeMode = await createCodeMode({
  functions: {
    bench: {
      echo: {
        description: "Echo the text back.",
        input: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
        execute: async ({ text }) => ({ text }),
      },
    },
  },
  typecheck: false,
  limits: { maxToolCalls: calls + 100 },
});
const script = (n) =>
  `let count = 0;\nfor (let i = 0; i < ${n}; i++) { await bench.echo({ text: "x" }); count++; }\nreturn count;`;
// The same warm-up either way, so that the difference is the calls.
for (let i = 0; i < 3; i++) await codeMode.execute(script(50));
const result = await codeMode.execute(script(calls));
if (result.result !== calls) throw new Error(`unexpected result: ${JSON.stringify(result)}`);
await codeMode.close();
