import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the built console lives: `dist/console`, which is `../console/` both from
 * `dist/server/` and from the CLI bundle's chunks in `dist/cli-bundle/`.
 */
export const CONSOLE_DIRECTORY = fileURLToPath(new URL("../console/", import.meta.url));

/** The console's files by URL path: a fixed list, so no path ever reaches the filesystem. */
const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/app.css": { file: "app.css", type: "text/css; charset=utf-8" },
  "/favicon.svg": { file: "favicon.svg", type: "image/svg+xml" },
};

/**
 * Headers of every console response: scripts, styles and connections from this origin only (no
 * inline script or style, nothing from a CDN), never framed, no referrer.
 */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

interface Asset {
  body: Uint8Array;
  etag: string;
}

/**
 * Serves the built web console (`index.html`, `app.js`, `app.css`, `favicon.svg`) for `GET` and
 * `HEAD`; answers undefined for any other path. Browsers revalidate them by ETag
 * (`Cache-Control: no-cache`), so a new build shows at the next load. Without a build it answers
 * 503 saying to run `npm run build`.
 *
 * @example
 * const serveConsole = createConsoleAssets();
 * const response = (await serveConsole(request)) ?? notFound();
 */
export function createConsoleAssets(
  directory: string = CONSOLE_DIRECTORY,
): (request: Request) => Promise<Response | undefined> {
  const cache = new Map<string, Asset & { mtimeMs: number }>();
  // Read once, and again only when a new build changed the file (one stat per request).
  const load = async (file: string): Promise<Asset | undefined> => {
    const path = join(directory, file);
    try {
      const { mtimeMs } = await stat(path);
      const cached = cache.get(file);
      if (cached?.mtimeMs === mtimeMs) return cached;
      const body = new Uint8Array(await readFile(path));
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      const asset = { body, etag, mtimeMs };
      cache.set(file, asset);
      return asset;
    } catch {
      return undefined;
    }
  };

  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return undefined;
    const entry = ASSETS[new URL(request.url).pathname];
    if (!entry) return undefined;
    // The script is what a build makes: without it, the page could only show an empty shell.
    const [asset, script] = await Promise.all([load(entry.file), load("app.js")]);
    if (!asset || !script)
      return new Response("The web console is not built: run npm run build.\n", {
        status: 503,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    const headers = {
      ...CONSOLE_SECURITY_HEADERS,
      "content-type": entry.type,
      "cache-control": "no-cache",
      etag: asset.etag,
    };
    if (request.headers.get("if-none-match") === asset.etag)
      return new Response(null, { status: 304, headers });
    return new Response(request.method === "HEAD" ? null : asset.body, {
      headers: { ...headers, "content-length": String(asset.body.byteLength) },
    });
  };
}
