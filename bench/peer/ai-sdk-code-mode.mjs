// Peer benchmark adapter: Vercel's `@ai-sdk/code-mode` (QuickJS-ng compiled to
// WASI, run by the `run` package in a pool of worker threads).
//
// API used (read from node_modules/@ai-sdk/code-mode/dist and node_modules/run/dist):
//
//   import { experimental_runCodeMode as runCodeMode } from '@ai-sdk/code-mode';
//   import { tool } from 'ai';
//   const echo = tool({ inputSchema: z.object({ text: z.string() }), execute: async ({ text }) => ({ text }) });
//   const value = await runCodeMode({ js, tools: { echo }, options: { executionPolicy } });
//
// * `js` is wrapped in an async function body (top-level await/return allowed);
//   on Node 20 it is first type-stripped with the `typescript` package
//   (`transpileModule`, cached by source hash); Node >= 22.13 uses
//   `module.stripTypeScriptTypes` instead.
// * Inside the sandbox `tools` is a Proxy; `tools.echo(input)` is a bridge
//   request to the host, which validates `input` against the AI SDK tool's
//   `inputSchema` (zod here), runs `execute`, and JSON-round-trips the output.
// * The return value is `JSON.parse(JSON.stringify(result))` and comes back as
//   the resolved value of runCodeMode (JSON-only; undefined stays undefined).
// * console.log/info/debug/error are NOT captured or returned: the worker
//   formats them and writes them synchronously with `fs.writeSync(1|2, ...)`,
//   i.e. straight to the process's stdout/stderr fds (capped by
//   executionPolicy.maxConsoleOutputBytes, 64 KiB default). Callers that do
//   not want "hi" on their terminal must run this in a child process whose
//   stdout goes to a file or /dev/null (bench/run.mjs does).
// * Each run gets a fresh QuickJS context in a pooled worker; idle workers are
//   unref()'d, so there is nothing to shut down (close() is a no-op).
// * Default executionPolicy.maxBridgeRequests is 256 tool calls per run; we
//   raise it so runManyCalls(1000) is allowed.

import { createRequire } from "node:module";
import { experimental_runCodeMode as runCodeMode } from "@ai-sdk/code-mode";
import { tool } from "ai";
import { z } from "zod";

const require = createRequire(import.meta.url);

function peerVersion() {
  try {
    return require("@ai-sdk/code-mode/package.json").version;
  } catch {
    return "unknown";
  }
}

const ONE_CALL_SOURCE = `const r = await tools.echo({ text: "hi" });
console.log(r.text);
return r;`;

function manyCallsSource(n) {
  // n is embedded as a literal: the peer takes no run-time inputs besides the
  // source. The same n gives the same source, so the peer's type-strip cache hits.
  return `let count = 0;
for (let i = 0; i < ${n}; i++) {
  const r = await tools.echo({ text: "x" });
  if (r.text === "x") count++;
}
return count;`;
}

/**
 * Creates the peer runtime once with one host tool `echo({ text: string }) -> { text }`.
 * @param {{ maxCalls?: number }} [opts]
 */
export async function createPeer(opts = {}) {
  const maxCalls = opts.maxCalls ?? 100_000;
  const echo = tool({
    description: "Echo the text back.",
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => ({ text }),
  });
  const tools = { echo };
  const options = {
    executionPolicy: {
      timeoutMs: 60_000,
      maxBridgeRequests: Math.max(256, maxCalls + 16),
    },
  };
  const run = (js) => runCodeMode({ js, tools, options });

  return {
    name: `@ai-sdk/code-mode ${peerVersion()}`,

    async runOneCallAndLog() {
      const r = await run(ONE_CALL_SOURCE);
      if (r === null || typeof r !== "object" || r.text !== "hi") {
        throw new Error(`peer runOneCallAndLog: unexpected result ${JSON.stringify(r)}`);
      }
    },

    async runManyCalls(n) {
      if (!Number.isInteger(n) || n < 0 || n > maxCalls) {
        throw new RangeError(`runManyCalls: n must be an integer in [0, ${maxCalls}]`);
      }
      const count = await run(manyCallsSource(n));
      if (count !== n) {
        throw new Error(`peer runManyCalls(${n}): script counted ${JSON.stringify(count)}`);
      }
    },

    async close() {
      // Pooled workers are unref()'d when idle; the package exposes no shutdown.
    },
  };
}
