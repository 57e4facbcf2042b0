#!/usr/bin/env node
// How long an OpenAPI document takes to load the way the product loads a config entry
// (`createServerConnectors` → `Catalog.refresh`, as `createCodeMode` does), each sample in a fresh
// Node process: cold (an empty cache folder) and from the cache keyed by the document's content
// hash, then the first `describe` of one operation and the first `search` after a cached load,
// and the whole `createCodeMode` being ready. GitHub's REST description (@octokit/openapi, 13 MB)
// and the Petstore.
//
//   npm run build && node bench/spec-load.mjs [--runs N] [--spec github|petstore] [--json]
//
// Prints medians with p90 and min–max, and the targets: cold ≤ 1 s, cached ≤ 100 ms.
// `--json` prints one JSON object instead of the table.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { summary } from "./stats.mjs";

const require = createRequire(import.meta.url);
const SCRIPT = fileURLToPath(import.meta.url);
const DIST = new URL("../dist/", import.meta.url);

const SPECS = {
  github: {
    label: "GitHub REST (@octokit/openapi)",
    file: require.resolve("@octokit/openapi/generated/api.github.com.json"),
    describe: "reposGet",
    query: "list pull requests of a repository",
  },
  petstore: {
    label: "Petstore (OpenAPI 3.0)",
    file: require.resolve("@readme/oas-examples/3.0/json/petstore.json"),
    describe: "findPetsByStatus",
    query: "find pets by status",
  },
};

const TARGETS = { cold: 1000, cached: 100 };

// ---------------------------------------------------------------------------------------------
// Child: one measurement in a fresh process, printed as one JSON line.

async function child([task, specName, store]) {
  const spec = SPECS[specName];
  const config = { servers: { [specName]: { openapi: spec.file } }, store };
  const result = {};
  // Wall time, and the process's CPU time (user + system, all threads) for a second view on a
  // busy machine.
  const timed = async (key, fn) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const value = await fn();
    result[key] = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    result[`${key}Cpu`] = (user + system) / 1000;
    return value;
  };
  if (task === "ready") {
    // What a library user or `codemode serve` waits for: the whole runtime, catalog included.
    const { createCodeMode } = await timed("imports", () => import(new URL("index.js", DIST)));
    const cm = await timed("ready", () =>
      createCodeMode({ config, typecheck: false, cwd: tmpdir() }),
    );
    result.sinceStart = performance.now();
    await timed("describe", () => cm.describe(`${specName}.${spec.describe}`));
    await cm.close();
    return result;
  }
  const [{ createServerConnectors }, { Catalog }, { parseConfig }, typegen, search] = await timed(
    "imports",
    () =>
      Promise.all([
        import(new URL("connectors/create-server-connectors.js", DIST)),
        import(new URL("core/catalog.js", DIST)),
        import(new URL("config/config.js", DIST)),
        import(new URL("typegen/index.js", DIST)),
        import(new URL("search/catalog-search.js", DIST)),
      ]),
  );
  const catalog = await timed("load", async () => {
    const connectors = await createServerConnectors({
      config: parseConfig(config),
      baseDirectory: tmpdir(),
    });
    const catalog = new Catalog(connectors);
    await catalog.refresh();
    result.cached = connectors[0]?.loadStats?.cached;
    return catalog;
  });
  result.sinceStart = performance.now();
  result.operations = catalog.operations().length;
  const problem = catalog.problem(specName);
  if (problem) throw new Error(problem);
  if (task === "describe") {
    // As `describe` does: render that one operation.
    const text = await timed("describe", () => {
      const operation = catalog.get(`${specName}.${spec.describe}`);
      if (!operation) throw new Error(`no operation ${spec.describe}`);
      return typegen.renderOperation(operation);
    });
    result.describeChars = text.length;
  } else if (task === "search") {
    // As `search` does the first time: build the index, then rank.
    const hits = await timed("search", () =>
      new search.CatalogSearch(catalog.operations(), typegen.renderSignature).search(spec.query),
    );
    result.firstHit = hits[0]?.path;
  }
  await catalog.close();
  return result;
}

if (process.argv[2] === "--child") {
  const result = await child(process.argv.slice(3));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Parent: runs the children and summarises.

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const RUNS = option("--runs", 7);
const asJson = process.argv.includes("--json");
const onlySpec = process.argv.includes("--spec")
  ? process.argv[process.argv.indexOf("--spec") + 1]
  : undefined;

function runChild(task, specName, store) {
  const run = spawnSync(process.execPath, [SCRIPT, "--child", task, specName, store], {
    encoding: "utf8",
  });
  if (run.status !== 0) {
    throw new Error(`child ${task} ${specName} failed (${run.status}):\n${run.stderr}`);
  }
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

const stats = (samples) => {
  const { n, median, p90 } = summary(samples);
  return { n, median, p90, min: Math.min(...samples), max: Math.max(...samples) };
};

function measureSpec(specName) {
  const temporary = mkdtempSync(join(tmpdir(), "codemode-spec-load-"));
  const samples = {};
  const push = (key, value) => {
    samples[key] ??= [];
    samples[key].push(value);
  };
  const add = (key, wall, cpu) => {
    push(key, wall);
    push(`${key}Cpu`, cpu);
  };
  try {
    const meta = {};
    for (let run = 0; run < RUNS; run++) {
      // Cold: a new, empty store each time.
      const cold = runChild("load", specName, join(temporary, `cold-${run}`));
      if (cold.cached !== false) throw new Error("the cold load came from a cache");
      add("cold", cold.load, cold.loadCpu);
      meta.operations = cold.operations;
    }
    const store = join(temporary, "store");
    runChild("load", specName, store); // fills the cache
    for (let run = 0; run < RUNS; run++) {
      for (const task of ["describe", "search"]) {
        const result = runChild(task, specName, store);
        if (result.cached !== true) throw new Error("the cached load did not use the cache");
        add("cached", result.load, result.loadCpu);
        add(task, result[task], result[`${task}Cpu`]);
        if (result.firstHit) meta.firstHit = result.firstHit;
      }
      const ready = runChild("ready", specName, store);
      add("ready", ready.ready, ready.readyCpu);
      add("readyDescribe", ready.describe, ready.describeCpu);
      push("readyTotal", ready.sinceStart);
    }
    return { spec: specName, label: SPECS[specName].label, ...meta, ...mapValues(samples, stats) };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

const loadBefore = loadavg()[0];
const results = Object.keys(SPECS)
  .filter((name) => onlySpec === undefined || name === onlySpec)
  .map(measureSpec);
const environment = {
  node: process.version,
  cores: availableParallelism(),
  loadAverage: { before: loadBefore, after: loadavg()[0] },
  runs: RUNS,
  targets: TARGETS,
};

if (asJson) {
  console.log(JSON.stringify({ ...environment, results }));
} else {
  const ms = (value) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
  const cell = (s) => `${ms(s.median)} ms (p90 ${ms(s.p90)}, ${ms(s.min)}–${ms(s.max)})`;
  console.log(
    `OpenAPI document load, each sample a fresh process, ${RUNS} runs, Node ${process.version}, ${environment.cores} cores, load average ${loadBefore.toFixed(1)} → ${environment.loadAverage.after.toFixed(1)} (figures are noisy when it exceeds the cores)\n`,
  );
  console.log(`| measure | target | ${results.map((r) => r.label).join(" | ")} |`);
  console.log(`| --- | --- |${results.map(() => " --- |").join("")}`);
  const rows = [
    ["cold load (no cache): createServerConnectors + catalog.refresh", "cold", "≤ 1 s"],
    ["cached load (content-hash cache)", "cached", "≤ 100 ms"],
    ["first describe of one operation, after a cached load", "describe", ""],
    ["first search (index built), after a cached load", "search", ""],
    ["createCodeMode ready (cached), whole catalog", "ready", ""],
    ["then the first cm.describe", "readyDescribe", ""],
    ["createCodeMode ready, from process start", "readyTotal", ""],
  ];
  for (const [label, key, target] of rows)
    console.log(`| ${label} | ${target} | ${results.map((r) => cell(r[key])).join(" | ")} |`);
  console.log(
    `| CPU time (user + system) of the cached load | | ${results.map((r) => cell(r.cachedCpu)).join(" | ")} |`,
  );
  console.log();
  for (const result of results) {
    const verdict = (key) => (result[key].median <= TARGETS[key] ? "meets" : "MISSES");
    console.log(
      `${result.label}: ${result.operations} operations; cold ${verdict("cold")} ≤ ${TARGETS.cold} ms, cached ${verdict("cached")} ≤ ${TARGETS.cached} ms; first search hit ${result.firstHit}`,
    );
  }
  console.log(`\n${JSON.stringify({ ...environment, results })}`);
}
