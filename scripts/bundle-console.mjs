// Bundles the web console (src/console: plain TypeScript modules and CSS) into dist/console/,
// which `codemode serve --http` serves at `/`: index.html, app.js, app.css and favicon.svg.
// Nothing is built at run time and nothing is fetched from elsewhere.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

const out = "dist/console";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: "src/console/main.ts" },
  outdir: out,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["chrome111", "firefox113", "safari16.4"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
await build({
  entryPoints: { app: "src/console/app.css" },
  outdir: out,
  bundle: true,
  minify: true,
  target: ["chrome111", "firefox113", "safari16.4"],
  logLevel: "warning",
});
for (const file of ["index.html", "favicon.svg"])
  copyFileSync(`src/console/${file}`, `${out}/${file}`);
