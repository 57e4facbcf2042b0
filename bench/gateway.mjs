#!/usr/bin/env node
// Gateway throughput: 32 MCP SDK clients (each its own session over streamable HTTP) calling
// `execute` of a trivial script on `codemode serve --http` (its defaults: the worker-thread
// sandbox, type-check on, the embedded store), beside the same clients calling a bare MCP SDK
// server on the same HTTP stack whose `execute` answers a constant (gateway-bare-server.mjs): the
// ceiling. Rounds alternate the two (A B, B A, ...); each round keeps every client calling for
// the round's seconds and counts completed calls. Servers and clients share the machine's cores.
//
//   npm run build && node bench/gateway.mjs [--quick] [--json] [--clients 32] [--rounds 6] [--seconds 4]

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { machine } from "./machine.mjs";
import { formatGateway } from "./report.mjs";
import { spread } from "./stats.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const option = (name, fallback) =>
  argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback;
const CLIENTS = option("--clients", 32);
const ROUNDS = option("--rounds", quick ? 4 : 8);
const SECONDS = option("--seconds", quick ? 3 : 5);
const TRIVIAL = 'const r = await bench.echo({ text: "hi" });\nreturn r;';
const CONFIG = `export default {
  functions: {
    bench: {
      echo: {
        description: "Echo the text back.",
        input: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
        execute: async ({ text }) => ({ text }),
      },
    },
  },
};
`;

/** Starts a server process; resolves with its URL once its line on stderr names it. */
function start(args, cwd, pattern) {
  const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${log}`)), 30_000);
    child.stderr.on("data", (chunk) => {
      log = (log + chunk.toString()).slice(-20_000);
      const match = pattern.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${log}`)));
  });
}

async function connectClients(url) {
  const clients = [];
  for (let i = 0; i < CLIENTS; i++) {
    const client = new Client({ name: `bench-${i}`, version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    clients.push(client);
  }
  return clients;
}

/** Every client calls in a loop for `seconds`; returns completed calls per second. */
async function round(clients, seconds, check) {
  const until = performance.now() + seconds * 1000;
  let completed = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const result = await client.callTool({ name: "execute", arguments: { code: TRIVIAL } });
        check(result);
        completed++;
      }
    }),
  );
  return completed / ((performance.now() - started) / 1000);
}

const folder = mkdtempSync(join(tmpdir(), "codemode-gateway-"));
writeFileSync(join(folder, "codemode.config.mjs"), CONFIG);
const servers = [];
try {
  const codemode = await start(
    [
      join(ROOT, "bin", "codemode.js"),
      "serve",
      "--config",
      "codemode.config.mjs",
      "--http",
      "127.0.0.1:0",
    ],
    folder,
    /MCP gateway at (\S+)/,
  );
  servers.push(codemode.child);
  const bare = await start(
    [join(ROOT, "bench", "gateway-bare-server.mjs")],
    folder,
    /bare MCP server at (\S+)/,
  );
  servers.push(bare.child);
  const subjects = {
    codemode: {
      clients: await connectClients(codemode.url),
      check: (result) => {
        if (result.isError || !JSON.stringify(result.content).includes("hi"))
          throw new Error(`execute failed: ${JSON.stringify(result)}`);
      },
    },
    bare: { clients: await connectClients(bare.url), check: () => {} },
  };
  // Warm-up: both servers have compiled their hot paths before the first round counts.
  for (const subject of Object.values(subjects)) await round(subject.clients, 1, subject.check);
  const rates = { codemode: [], bare: [] };
  const ratios = [];
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? ["codemode", "bare"] : ["bare", "codemode"];
    const got = {};
    for (const name of order)
      got[name] = await round(subjects[name].clients, SECONDS, subjects[name].check);
    rates.codemode.push(got.codemode);
    rates.bare.push(got.bare);
    ratios.push(got.codemode / got.bare);
  }
  for (const subject of Object.values(subjects))
    await Promise.all(subject.clients.map((client) => client.close()));
  const report = {
    machine: machine(),
    clients: CLIENTS,
    rounds: ROUNDS,
    seconds: SECONDS,
    codemode: spread(rates.codemode),
    bare: spread(rates.bare),
    ratio: spread(ratios),
  };
  console.log(argv.includes("--json") ? JSON.stringify(report, null, 2) : formatGateway(report));
} finally {
  for (const child of servers) child.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
}
