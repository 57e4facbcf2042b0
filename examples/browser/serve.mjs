// Serves the example page on loopback: `npm run example:browser`, then open the address it prints.
// The page imports /dist/browser/codemode.js (built by `npm run build`) as it is, without a bundler.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const port = Number(process.env.PORT ?? 4173);
const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
};
/** Only the page, the shop it imports and the build: nothing else of the repository. */
const served = ["examples/browser/", "examples/codemode.config.mjs", "dist/browser/"];

createServer((request, response) => {
  let path = new URL(request.url ?? "/", "http://localhost").pathname.slice(1);
  if (path === "") {
    response.writeHead(302, { location: "/examples/browser/" }).end();
    return;
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  const allowed = served.some((prefix) => path.startsWith(prefix)) && file.startsWith(root);
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
}).listen(port, "127.0.0.1", () => {
  console.log(`The example shop: http://127.0.0.1:${port}/`);
});
