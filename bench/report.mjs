// Markdown tables from the benchmarks' JSON: each script prints its own with these, and
// bench/all.mjs puts them together in bench/results/latest.md.

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
export const ms = (value) => `${fixed(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
const us = (value) => `${fixed(value, value < 100 ? 1 : 0)} µs`;
const mb = (value) => (value === undefined ? "n/a" : `${fixed(value, 1)} MB`);
const count = (value) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "n/a";
const cell = (stats, unit = ms) =>
  `${unit(stats.median)} (${unit(stats.p10)} – ${unit(stats.p90)})`;
/** A ratio "other ÷ base" and the p10–p90 of the per-round ratios. */
const factor = (value) => (value < 0.01 ? "<0.01" : fixed(value, value < 1 ? 2 : 1));
const times = (ratio) =>
  `**${factor(ratio.ofMedians)}x** (${factor(ratio.paired.p10)} – ${factor(ratio.paired.p90)})`;

function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `| --- |${header
      .slice(1)
      .map(() => " ---: |")
      .join("")}`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

export function formatExecuteOverhead(result) {
  const names = Object.keys(result.warmExecute);
  const peers = names.filter((name) => name !== "codemode");
  const header = [
    "measure: median (p10 – p90)",
    ...names.map((name) => `\`${result.versions[name] ?? name}\``),
    ...peers.map((name) => `${name} ÷ codemode`),
  ];
  const row = (label, stats, unit = ms) => [
    label,
    ...names.map((name) => cell(stats[name], unit)),
    ...peers.map((name) => times(stats[name].vsCodemode)),
  ];
  const parts = [
    table(header, [
      row("warm execute (1 host call + 1 log)", result.warmExecute),
      row("per host call (1,000 in one script)", result.perHostCallUs, us),
      row("cold execute: import, create, first run", result.coldExecute),
      row("cold: import", result.coldImport),
      row("cold: create", result.coldCreate),
      row("cold: the first run", result.coldFirstExecute),
      row("cold: process start to first result", result.coldSinceProcessStart),
    ]),
  ];
  const only = result.codemodeOnly;
  if (only) {
    parts.push(
      table(
        ["codemode only", "median (p10 – p90)"],
        [
          ["warm execute back to back (no idle time between runs)", cell(only.backToBack)],
          [
            "warm execute on the worker-thread sandbox (what `serve` uses)",
            cell(only.workerSandbox),
          ],
          ["warm execute with type-check of a new script", cell(only.withTypecheck)],
          ["cold `codemode run -` of a one-liner (whole process)", cell(only.cliRun)],
          ["baseline: `node -e 0`", cell(only.nodeBaseline)],
        ],
      ),
    );
  }
  return parts.join("\n\n");
}

export function formatMcpCalls(result) {
  const { calls } = result.settings;
  const label = {
    native: `${calls} native \`tools/call\` round trips (SDK client, sequential)`,
    codemode: `one codemode execute making ${calls} calls in a loop`,
    "codemode-parallel": `one codemode execute making ${calls} calls with Promise.all`,
  };
  return table(
    ["subject", "median (p10 – p90)", "per call", "÷ native"],
    Object.entries(result.subjects).map(([name, stats]) => [
      label[name] ?? name,
      cell(stats),
      us(stats.perCallUs),
      stats.vsNative ? times(stats.vsNative) : "",
    ]),
  );
}

export function formatMemory(result) {
  const inFlight = table(
    [
      `${result.settings.inFlight} executions in flight`,
      "running at once",
      "RSS idle",
      "RSS in flight",
      "per execution",
      "RSS after",
      "heap in flight",
    ],
    result.inFlight.map((row) => [
      row.label,
      String(row.runningAtOnce),
      mb(row.idle.rssMb),
      mb(row.held.rssMb),
      mb(row.perExecutionMb),
      mb(row.after.rssMb),
      mb(row.held.heapUsedMb),
    ]),
  );
  const threePoints = (row, key) =>
    `${[row.start, row.middle, row.end].map((sample) => fixed(sample[key], 0)).join(" / ")} MB`;
  const slopeCell = (slope) => `${fixed(slope.rss, 2)} / ${fixed(slope.heapUsed, 2)}`;
  const sequential = table(
    [
      `${count(result.settings.executions)} sequential executions`,
      "RSS start / middle / end",
      "heap start / middle / end",
      "MB per 1,000 (RSS / heap)",
      "second half",
      "time",
    ],
    result.sequential.map((row) => [
      row.label,
      threePoints(row, "rssMb"),
      threePoints(row, "heapUsedMb"),
      slopeCell(row.slopeMbPer1000),
      slopeCell(row.secondHalfSlopeMbPer1000),
      `${fixed(row.elapsedMs / 1000, 1)} s`,
    ]),
  );
  return `${inFlight}\n\n${sequential}`;
}

export function formatLoad(result) {
  const parts = [];
  for (const server of result.servers) {
    const rows = server.phases.map((phase) => [
      phase.label,
      count(phase.requestsPerSecond),
      `${phase.latencyMs.p50} / ${phase.latencyMs.p99} ms`,
      Object.entries(phase.statusCodes)
        .map(([status, n]) => `${status}: ${count(n)}`)
        .join(", ") || "none",
      `${phase.errors} / ${phase.timeouts}`,
      String(phase.incompleteBodies),
      Object.keys(phase.retryAfter).length
        ? Object.entries(phase.retryAfter)
            .map(([status, value]) => `${status}: ${value}`)
            .join(", ")
        : "none",
      `${mb(phase.serverRssMb.before)} → ${mb(phase.serverRssMb.peak)} → ${mb(phase.serverRssMb.after)}`,
    ]);
    parts.push(
      `**${server.label}** (RSS at start ${mb(server.startedRssMb)}; ${server.answersAfter ? "still answering after the last phase" : "NOT answering after the last phase"}; exit on SIGTERM: ${server.exit.crashed ? `CRASHED before (${server.exit.exitCode ?? server.exit.signal})` : `code ${server.exit.exitCode ?? server.exit.signal}`})\n\n${table(
        [
          "phase",
          "req/s",
          "latency p50 / p99",
          "status codes",
          "errors / timeouts",
          "bodies not completed",
          "Retry-After seen",
          "server RSS before → peak → after",
        ],
        rows,
      )}`,
    );
  }
  const limits = result.settings.limitOptions;
  parts.push(
    limits.length
      ? `Limit options found in \`codemode serve --help\`: ${limits.join(", ")} (set to ${result.settings.workerPool}).`
      : "`codemode serve --help` lists no concurrency or queue limit: past saturation requests wait in the server's queues.",
  );
  return parts.join("\n\n");
}

export function formatTokens(rows) {
  const n = (value) => value.toLocaleString("en-US");
  return table(
    [
      "catalog",
      "operations",
      "native MCP tools",
      "native, no outputSchema",
      "minimal listing",
      "codemode",
      "native ÷ codemode",
      "minimal ÷ codemode",
    ],
    rows.map((row) => [
      row.label,
      n(row.operations),
      n(row.native),
      n(row.nativeInputOnly),
      n(row.minimal),
      n(row.codemode),
      `${row.ratios.native}x`,
      `${row.ratios.minimal}x`,
    ]),
  );
}

export function formatSearch(reports) {
  return table(
    ["set", "tasks", "operations", "recall@1", "recall@5", "MRR", "latency: median (p10 – p90)"],
    reports.map((report) => [
      report.set,
      String(report.tasks),
      count(report.operations),
      fixed(report.recallAt1, 3),
      fixed(report.recallAt5, 3),
      fixed(report.mrr, 3),
      `${ms(report.medianMs)} (${ms(report.p10Ms)} – ${ms(report.p90Ms)})`,
    ]),
  );
}

export function formatSpecLoad(result) {
  const spreadCell = (s) => `${ms(s.median)} (p90 ${ms(s.p90)}, ${ms(s.min)} – ${ms(s.max)})`;
  const rows = [
    ["cold load (no cache), target ≤ 1 s", "cold"],
    ["from the content-hash cache, target ≤ 100 ms", "cached"],
    ["first describe after a cached load", "describe"],
    ["first search after a cached load", "search"],
    ["createCodeMode ready (cached)", "ready"],
    ["createCodeMode ready, from process start", "readyTotal"],
  ];
  return table(
    [
      "measure: median (p90, min – max)",
      ...result.results.map((r) => `${r.label}, ${count(r.operations)} operations`),
    ],
    rows.map(([label, key]) => [label, ...result.results.map((r) => spreadCell(r[key]))]),
  );
}

export function formatJournal(result) {
  const time = (value) => (value < 1 ? `${fixed(value * 1000, 0)} µs` : ms(value));
  return table(
    ["store", "open", "per call p50", "p10 – p90", "p99"],
    result.stores.map((row) =>
      row.skipped
        ? [row.store, `skipped: ${row.skipped}`, "", "", ""]
        : [
            // The embedded store's label names its temporary folder.
            row.store.replace(/ at \/\S+/, ""),
            time(row.openMs),
            time(row.perCall.median),
            `${time(row.perCall.p10)} – ${time(row.perCall.p90)}`,
            time(row.perCall.p99),
          ],
    ),
  );
}

export function formatImports(result) {
  return table(
    ["module", "import, fresh process: median (p10 – p90)", "loaded when"],
    result.imports.map((row) => [`\`${row.module}\``, cell(row.ms), row.when]),
  );
}

export function formatGateway(result) {
  const rate = (value) => `${fixed(value, 0)}/s`;
  return [
    `${result.clients} MCP SDK clients, ${result.rounds} rounds of ${result.seconds} s, alternating.`,
    "",
    table(
      ["subject", "calls per second: median (p10 – p90)"],
      [
        ["`codemode serve --http`, `execute` of a one-call script", cell(result.codemode, rate)],
        ["bare MCP SDK server answering a constant (ceiling)", cell(result.bare, rate)],
        [
          "codemode ÷ bare (per round)",
          `**${factor(result.ratio.median)}x** (${factor(result.ratio.p10)} – ${factor(result.ratio.p90)})`,
        ],
      ],
    ),
  ].join("\n");
}

export function formatTypecheck(result) {
  return table(
    ["measure", "median (p10 – p90)", "p99"],
    [
      [
        "one new 20-line script, in-thread checker",
        cell(result.singleCheck.inThread),
        ms(result.singleCheck.inThread.p99),
      ],
      [
        "one new 20-line script, pool",
        cell(result.singleCheck.pool),
        ms(result.singleCheck.pool.p99),
      ],
      [
        "100 scripts at once, in-thread (each answer)",
        cell(result.hundredChecksAtOnce.inThread),
        ms(result.hundredChecksAtOnce.inThread.p99),
      ],
      [
        "100 scripts at once, pool (each answer)",
        cell(result.hundredChecksAtOnce.pool),
        ms(result.hundredChecksAtOnce.pool.p99),
      ],
      [
        "100 type-checked executions at once (each)",
        cell(result.hundredExecutionsAtOnce),
        ms(result.hundredExecutionsAtOnce.p99),
      ],
    ],
  );
}
