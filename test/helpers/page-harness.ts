import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { type Browser, chromium } from "playwright-core";

const ROOT = join(import.meta.dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
/** Flags that keep Chromium quiet on a closed network. */
const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".html": "text/html",
  ".json": "application/json",
};

/** Debian's Chromium, or a failure saying how to install it (never a silent skip). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Headless Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium" (npm test runs scripts/ensure-chromium.sh).`,
    );
  return chromium.launch({ executablePath: CHROMIUM, chromiumSandbox: false, args: CHROMIUM_ARGS });
}

/** A plain page that imports the page build and leaves its exports at `globalThis.codemode`. */
export const HARNESS_PAGE = `<!doctype html><meta charset="utf-8"><title>codemode harness</title>
<script type="module">
import * as codemode from "/dist/browser/codemode.js";
globalThis.codemode = codemode;
document.title = "ready";
</script>`;

export interface PageServer {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the harness page at `/`, the repository's files under `/dist/`, `/test/` and `/examples/`, and the
 * given routes, on loopback. `isolated` adds the headers that make the page cross-origin isolated.
 */
export async function servePage(
  options: {
    isolated?: boolean;
    page?: string;
    routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void>;
  } = {},
): Promise<PageServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    if (options.isolated) {
      response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      response.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    }
    const route = options.routes?.[path];
    if (route) return route(request, response);
    if (path === "/") {
      response.writeHead(200, { "content-type": "text/html" });
      return response.end(options.page ?? HARNESS_PAGE);
    }
    const file = normalize(join(ROOT, path));
    if (
      ["dist", "test", "examples"].some((folder) => file.startsWith(join(ROOT, folder))) &&
      existsSync(file)
    ) {
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      return response.end(readFileSync(file));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
