// What makes a bundle a page build: the Node files below are swapped for their page versions
// (same exports), so the page never loads a Node built-in; shared by scripts/bundle-browser.mjs
// and the Chromium tests that bundle the contract suites for a page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const source = (path) => resolve(import.meta.dirname, "..", "src", path);

/** Node file → its page version. */
const SWAPS = new Map([
  [source("runtime-host.ts"), source("page/runtime-host.ts")],
  [source("sandbox/quickjs/engine-host.ts"), source("page/engine-host.ts")],
  [source("sandbox/typescript-host.ts"), source("page/typescript-host.ts")],
  [source("search/wordnet.ts"), source("page/wordnet.ts")],
]);
/** Node built-ins that page code uses a piece of, and the page's stand-ins. */
const BUILTINS = new Map([
  ["node:net", source("page/node/net.ts")],
  ["node:module", source("page/node/module.ts")],
  ["node:fs/promises", source("page/node/fs.ts")],
  ["node:path", source("page/node/path.ts")],
  ["node:crypto", source("page/node/crypto.ts")],
  ["node:zlib", source("page/node/zlib.ts")],
  ["node:stream", source("page/node/stream.ts")],
  ["node:util", require.resolve("node-inspect-extracted")],
  ["@modelcontextprotocol/sdk/client/stdio.js", source("page/node/mcp-stdio.ts")],
]);
/** Built-ins that TypeScript's compiler reaches only on Node (its `sys`): empty in the page. */
const EMPTY = /^(fs|path|os|crypto|inspector|perf_hooks|module|source-map-support)$/;

export const pagePlugin = {
  name: "codemode-page",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
      const swap = SWAPS.get(target);
      return swap ? { path: swap } : undefined;
    });
    pluginBuild.onResolve(
      { filter: /^(node:|@modelcontextprotocol\/sdk\/client\/stdio)/ },
      (args) => {
        const stand = BUILTINS.get(args.path);
        return stand ? { path: stand } : undefined;
      },
    );
    pluginBuild.onResolve({ filter: EMPTY }, (args) => ({ path: args.path, namespace: "empty" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
    pluginBuild.onResolve({ filter: /^codemode-typescript-lib$/ }, () => ({
      path: "lib",
      namespace: "typescript-lib",
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "typescript-lib" }, () => ({
      contents: `export const LIB_FILES = ${JSON.stringify(typescriptLib("lib.es2023.d.ts"))};`,
      loader: "js",
    }));
  },
};

/** The lib file and every lib it references, by file name. */
function typescriptLib(root) {
  const directory = dirname(require.resolve("typescript/lib/lib.d.ts"));
  const files = {};
  const visit = (name) => {
    if (files[name] !== undefined) return;
    const text = readFileSync(join(directory, name), "utf8");
    files[name] = text;
    for (const [, lib] of text.matchAll(/<reference lib="([^"]+)"/g)) visit(`lib.${lib}.d.ts`);
  };
  visit(root);
  return files;
}

/** Options every page bundle shares. */
export const PAGE_BUILD = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["chrome111", "firefox113", "safari16.4"],
  plugins: [pagePlugin],
  inject: [source("page/node/buffer.ts")],
  logLevel: "warning",
};
