// Token cost of a catalog as native MCP tools, as a minimal listing and as codemode's three tools
// (o200k_base), for the GitHub REST API and two reference MCP servers; prints a markdown table.
// `npm run build` first.   node bench/tokens.mjs [--json]
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureTokenCost } from "../dist/cli/tokens-command.js";
import { createCodeMode } from "../dist/index.js";
import { connectorsFor, loadGithubSpec, openApiOperations } from "./search-eval-operations.mjs";

const require = createRequire(import.meta.url);
const serverScript = (name) =>
  join(require.resolve(`@modelcontextprotocol/${name}/package.json`), "..", "dist", "index.js");

async function measure(label, options) {
  const cm = await createCodeMode({ ...options, typecheck: false });
  try {
    return { label, ...measureTokenCost(cm) };
  } finally {
    await cm.close();
  }
}

const data = mkdtempSync(join(tmpdir(), "codemode-tokens-"));
const rows = [];
try {
  rows.push(
    await measure("GitHub REST API (`@octokit/openapi`)", {
      connectors: connectorsFor(openApiOperations(loadGithubSpec(), "github")),
    }),
  );
  rows.push(
    await measure("`@modelcontextprotocol/server-everything` (stdio)", {
      config: {
        servers: {
          everything: {
            command: process.execPath,
            args: [serverScript("server-everything"), "stdio"],
          },
        },
      },
    }),
  );
  rows.push(
    await measure("`@modelcontextprotocol/server-filesystem` (stdio)", {
      config: {
        servers: {
          fs: { command: process.execPath, args: [serverScript("server-filesystem"), data] },
        },
      },
    }),
  );
} finally {
  rmSync(data, { recursive: true, force: true });
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const n = (value) => value.toLocaleString("en-US");
  console.log(`Tokens counted with ${rows[0]?.tokenizer}.\n`);
  console.log(
    "| catalog | operations | native MCP tools | native, no outputSchema | minimal listing | codemode | native ÷ codemode | minimal ÷ codemode |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows)
    console.log(
      `| ${row.label} | ${n(row.operations)} | ${n(row.native)} | ${n(row.nativeInputOnly)} | ${n(row.minimal)} | ${n(row.codemode)} | ${row.ratios.native}x | ${row.ratios.minimal}x |`,
    );
}
