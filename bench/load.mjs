#!/usr/bin/env node
// Load test of the gateway: `codemode serve --http 127.0.0.1:0` on loopback, driven by autocannon
// with MCP `tools/call execute` requests over streamable HTTP. Each phase runs for a fixed time at
// a fixed number of connections and reports requests per second, latency p50/p99, the status
// codes seen (503s and their Retry-After included), errors and timeouts, bodies that were not a
// completed execution, and the server's RSS (sampled from /proc) before, at its peak and after.
//
//   npm run build && node bench/load.mjs [--quick] [--json] [--duration 10]
//
// Phases, for a worker pool of P threads (one per core): trivial executes at P connections
// (normal), at 4P and at 32P (past saturation: requests wait in the server's queues), and slow
// executes (each holds a worker 100 ms) at 32P and at 128P, more than the default admission queue
// holds. If `codemode serve --help` lists concurrency or queue limits (--max-concurrent,
// --max-queued), the 32P phases run again on a server started with each set to P.
//
// MCP over streamable HTTP is stateful: one `initialize` opens a session and every later request
// names it in `Mcp-Session-Id`. The simplest correct way to load the gateway is one session for
// every connection: initialize once, send `notifications/initialized`, then every autocannon
// request carries that session id and a JSON-RPC id of its own (a session answers requests by id,
// so concurrent requests must not share one). A session per connection would measure session
// set-up, which is not what a client does per call.

import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import autocannon from "autocannon";
import { machine } from "./machine.mjs";
import { formatLoad } from "./report.mjs";
import { slope } from "./stats.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "codemode.js");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const DURATION = argv.includes("--duration")
  ? Number(argv[argv.indexOf("--duration") + 1])
  : quick
    ? 5
    : 10;
const POOL = availableParallelism();

const TRIVIAL = 'const r = await bench.echo({ text: "hi" });\nconsole.log(r.text);\nreturn r;';
const SLOW = "await new Promise((resolve) => setTimeout(resolve, 100));\nreturn 1;";

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

/** Options of `codemode serve --help` that look like a concurrency or queue limit. */
function limitOptions() {
  const help = spawnSync(process.execPath, [BIN, "serve", "--help"], { encoding: "utf8" }).stdout;
  const found = [];
  for (const match of help.matchAll(/^\s+(--[a-z][\w-]*)\s+<(\w+)>/gm)) {
    if (/concurren|queue|in-?flight|pending|executions|workers|pool/i.test(match[1]))
      found.push(match[1]);
  }
  return found;
}

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    const ps = spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" });
    const kb = Number(ps.stdout.trim());
    return ps.status === 0 && kb > 0 ? kb / 1024 : undefined;
  }
}

async function startServer(folder, extraArgs) {
  const child = spawn(
    process.execPath,
    [
      BIN,
      "serve",
      "--config",
      join(folder, "codemode.config.mjs"),
      "--http",
      "127.0.0.1:0",
      ...extraArgs,
    ],
    { cwd: folder, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr.on("data", (chunk) => {
    log = (log + chunk.toString()).slice(-20_000);
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 30_000);
    child.stderr.on("data", () => {
      const match = /MCP gateway at (\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}:\n${log}`)));
  });
  return { child, url, log: () => log };
}

const MCP_HEADERS = {
  "content-type": "application/json",
  accept: "application/json, text/event-stream",
};

async function post(url, headers, message) {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...MCP_HEADERS, ...headers },
    body: JSON.stringify(message),
  });
  return { response, text: await response.text() };
}

/** Opens one MCP session; returns the headers every later request carries. */
async function openSession(url) {
  const { response, text } = await post(
    url,
    {},
    {
      jsonrpc: "2.0",
      id: 0,
      method: "initialize",
      params: {
        protocolVersion: LATEST_PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: "codemode-load", version: "0.1.0" },
      },
    },
  );
  const sessionId = response.headers.get("mcp-session-id");
  if (!response.ok || !sessionId)
    throw new Error(`initialize failed (${response.status}): ${text}`);
  const protocolVersion = /"protocolVersion":"([^"]+)"/.exec(text)?.[1] ?? LATEST_PROTOCOL_VERSION;
  const headers = { "mcp-session-id": sessionId, "mcp-protocol-version": protocolVersion };
  const initialized = await post(url, headers, {
    jsonrpc: "2.0",
    method: "notifications/initialized",
  });
  if (initialized.response.status !== 202)
    throw new Error(`notifications/initialized answered ${initialized.response.status}`);
  return headers;
}

const callBody = (id, code) =>
  JSON.stringify({
    jsonrpc: "2.0",
    id,
    method: "tools/call",
    params: { name: "execute", arguments: { code } },
  });
const completed = (body) => body.includes('"status":"completed"');

// Request ids are unique for the whole session: a phase's last requests may still be answered
// while the next phase starts.
let nextRequestId = 1;

/** autocannon sending `execute` of `code` on the session, each request with an id of its own. */
function cannon(server, session, { connections, duration, code, onResponse }) {
  return autocannon({
    url: server.url,
    connections,
    duration,
    timeout: 30,
    method: "POST",
    headers: { ...MCP_HEADERS, ...session },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: callBody(nextRequestId++, code) }),
        ...(onResponse ? { onResponse } : {}),
      },
    ],
  });
}

async function runPhase(server, session, { label, connections, code }) {
  const rss = [];
  const phaseStart = performance.now();
  const sampler = setInterval(() => {
    const value = rssMb(server.child.pid);
    if (value !== undefined) rss.push({ s: (performance.now() - phaseStart) / 1000, mb: value });
  }, 250);
  const before = rssMb(server.child.pid);
  const retryAfter = new Map();
  let incomplete = 0;
  const result = await cannon(server, session, {
    connections,
    duration: DURATION,
    code,
    onResponse: (status, body, _context, headers) => {
      if (status >= 200 && status < 300 && !completed(body)) incomplete++;
      const header = headers["retry-after"] ?? headers["Retry-After"];
      if (header !== undefined) retryAfter.set(status, header);
    },
  });
  clearInterval(sampler);
  // Queued work may still be finishing: let the server settle before the after-sample.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = rssMb(server.child.pid);
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)]),
  );
  return {
    label,
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statusCodes,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    incompleteBodies: incomplete,
    retryAfter: Object.fromEntries(retryAfter),
    serverRssMb: {
      before,
      peak: Math.max(...rss.map((sample) => sample.mb), before ?? 0),
      after,
      // Over the phase's second half, MB per minute: near 0 once the heap has found its size.
      secondHalfSlopePerMinute: secondHalfSlope(rss) * 60,
      series: rss.filter((_, index) => index % 4 === 0),
    },
    serverAlive: server.child.exitCode === null && server.child.signalCode === null,
  };
}

function secondHalfSlope(samples) {
  const half = samples.slice(Math.floor(samples.length / 2));
  return half.length < 2
    ? 0
    : slope(
        half.map((sample) => sample.s),
        half.map((sample) => sample.mb),
      );
}

async function sanity(server, session) {
  const { response, text } = await post(
    server.url,
    session,
    JSON.parse(callBody("sanity", TRIVIAL)),
  );
  if (!response.ok || !completed(text) || !text.includes('"text":"hi"'))
    throw new Error(`the trivial execute did not complete (${response.status}): ${text}`);
}

async function stop(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null)
    return { exitCode: server.child.exitCode, signal: server.child.signalCode, crashed: true };
  server.child.kill("SIGTERM");
  const [code, signal] = await once(server.child, "exit");
  return { exitCode: code, signal, crashed: false };
}

async function runServer(folder, { label, args, phases }) {
  const server = await startServer(folder, args);
  const startedRss = rssMb(server.child.pid);
  try {
    const session = await openSession(server.url);
    await sanity(server, session);
    // Warm the JIT, the worker pool and the type-checker; not reported.
    await cannon(server, session, { connections: POOL, duration: 2, code: TRIVIAL });
    const results = [];
    for (const spec of phases) {
      results.push(await runPhase(server, session, spec));
      if (!results.at(-1).serverAlive) break;
    }
    // Still answering after all of it?
    let answersAfter = true;
    try {
      await sanity(server, session);
    } catch {
      answersAfter = false;
    }
    return {
      label,
      args,
      startedRssMb: startedRss,
      phases: results,
      answersAfter,
      exit: await stop(server),
      log: server.log().slice(-2000),
    };
  } catch (error) {
    const exit = await stop(server);
    throw new Error(
      `${error.message}\nserver exit ${JSON.stringify(exit)}; its stderr:\n${server.log()}`,
    );
  }
}

const before = machine();
const folder = mkdtempSync(join(tmpdir(), "codemode-bench-load-"));
try {
  writeFileSync(join(folder, "codemode.config.mjs"), CONFIG);
  const limits = limitOptions();
  const spec = (connections, slow) => ({
    label: `${slow ? "slow execute (100 ms in the sandbox)" : "trivial execute"}, ${connections} connections (${connections === POOL ? "= pool" : `${connections / POOL}x pool`})`,
    connections,
    code: slow ? SLOW : TRIVIAL,
  });
  const pastSaturation = [spec(32 * POOL, false), spec(32 * POOL, true)];
  const servers = [
    await runServer(folder, {
      label: "codemode serve --http, defaults",
      args: [],
      // The last phase holds more executions than a default queue takes (when the server has one).
      phases: [spec(POOL, false), spec(4 * POOL, false), ...pastSaturation, spec(128 * POOL, true)],
    }),
  ];
  if (limits.length > 0) {
    servers.push(
      await runServer(folder, {
        label: `codemode serve --http ${limits.map((flag) => `${flag} ${POOL}`).join(" ")}`,
        args: limits.flatMap((flag) => [flag, String(POOL)]),
        phases: pastSaturation,
      }),
    );
  }
  const result = {
    benchmark: "load",
    machine: before,
    loadAverageAfter: machine().loadAverage,
    settings: {
      tool: `autocannon ${JSON.parse(readFileSync(join(ROOT, "node_modules/autocannon/package.json"), "utf8")).version}`,
      durationS: DURATION,
      workerPool: POOL,
      limitOptions: limits,
      session: "one MCP session shared by all connections; a JSON-RPC id per request",
      script: TRIVIAL,
      slowScript: SLOW,
      rssUnit: "MB",
    },
    servers,
  };
  if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
  else console.log(formatLoad(result));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
