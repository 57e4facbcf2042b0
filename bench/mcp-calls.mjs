#!/usr/bin/env node
// 100 tool calls in one codemode script against 100 sequential native MCP `tools/call` round
// trips through the SDK's own client, both to `@modelcontextprotocol/server-everything` over
// stdio (each its own server process, started the same way), measured interleaved in one run.
// This is the tool-call part of what Code Mode saves, without the model: natively each call is
// also a model turn, which this does not count.
//
//   npm run build && node bench/mcp-calls.mjs [--quick] [--json] [--calls 100] [--rounds 30]
//
// Subjects: `native` (client.callTool, awaited one after the other), `codemode` (one execute whose
// script awaits `everything.echo` 100 times in a loop) and `codemode-parallel` (one execute whose
// script sends the 100 calls at once with Promise.all, which a script can do and a model turn
// cannot). codemode runs with the library's defaults (in-thread sandbox, journal in memory) and
// no type-check.

import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { createCodeMode } from "../dist/index.js";
import { machine } from "./machine.mjs";
import { formatMcpCalls } from "./report.mjs";
import { interleave, ratio, spread } from "./stats.mjs";

const require = createRequire(import.meta.url);
const SERVER = join(
  require.resolve("@modelcontextprotocol/server-everything/package.json"),
  "..",
  "dist",
  "index.js",
);
const argv = process.argv.slice(2);
const option = (name, fallback) =>
  argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback;
const quick = argv.includes("--quick");
const CALLS = option("--calls", 100);
const ROUNDS = option("--rounds", quick ? 10 : 30);
const server = { command: process.execPath, args: [SERVER, "stdio"] };

const expected = (i) => `Echo: m${i}`;
const sequentialScript = `let ok = 0;
for (let i = 0; i < ${CALLS}; i++) {
  const text = await everything.echo({ message: "m" + i });
  if (text === "Echo: m" + i) ok++;
}
return ok;`;
const parallelScript = `const texts = await Promise.all(
  Array.from({ length: ${CALLS} }, (_, i) => everything.echo({ message: "m" + i })),
);
return texts.filter((text, i) => text === "Echo: m" + i).length;`;

const before = machine();
const client = new Client({ name: "codemode-bench", version: "0.1.0" });
await client.connect(new StdioClientTransport({ ...server, stderr: "ignore" }));
const cm = await createCodeMode({
  config: { servers: { everything: server } },
  typecheck: false,
  limits: { maxToolCalls: CALLS + 10 },
});

async function native() {
  for (let i = 0; i < CALLS; i++) {
    const result = await client.callTool({ name: "echo", arguments: { message: `m${i}` } });
    if (result.content?.[0]?.text !== expected(i))
      throw new Error(`unexpected result ${JSON.stringify(result)}`);
  }
}

const viaCodemode = (script) => async () => {
  const result = await cm.execute(script);
  if (result.status !== "completed" || result.result !== CALLS)
    throw new Error(`unexpected result ${JSON.stringify(result)}`);
};

const subjects = {
  native,
  codemode: viaCodemode(sequentialScript),
  "codemode-parallel": viaCodemode(parallelScript),
};
const names = Object.keys(subjects);
try {
  for (let i = 0; i < 3; i++) for (const name of names) await subjects[name]();
  const samples = await interleave(names, ROUNDS, async (name) => {
    const started = performance.now();
    await subjects[name]();
    return performance.now() - started;
  });
  const native_ = samples.get("native");
  const result = {
    benchmark: "mcp-calls",
    machine: before,
    loadAverageAfter: machine().loadAverage,
    settings: {
      calls: CALLS,
      rounds: ROUNDS,
      server: "@modelcontextprotocol/server-everything stdio",
    },
    subjects: Object.fromEntries(
      names.map((name) => {
        const stats = spread(samples.get(name));
        const perCallUs = (stats.median / CALLS) * 1000;
        const vsNative = name === "native" ? undefined : ratio(native_, samples.get(name));
        return [name, { ...stats, perCallUs, ...(vsNative ? { vsNative } : {}) }];
      }),
    ),
  };
  if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
  else console.log(formatMcpCalls(result));
} finally {
  await client.close();
  await cm.close();
}
