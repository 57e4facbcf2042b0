import { isSafeMethod } from "../../core/approval-policy.js";
import { ToolError } from "../../core/errors.js";

/** Headers some servers take as the method to perform, whatever the request line says. */
const METHOD_OVERRIDE_HEADERS = ["x-http-method-override", "x-method-override", "x-http-method"];

/**
 * The method a request is judged by: the one it sends, unless a method-override header names
 * another. Of the two, an unsafe one wins (a POST overridden to GET may still be a POST to a
 * server that ignores the header; a GET overridden to DELETE is a DELETE to one that honours it).
 */
export function judgedMethod(method: string, headers: Record<string, string>): string {
  const sent = method.toUpperCase();
  const override = Object.entries(headers).find(([name]) =>
    METHOD_OVERRIDE_HEADERS.includes(name.toLowerCase()),
  )?.[1];
  if (override === undefined) return sent;
  const named = override.trim().toUpperCase();
  if (!isSafeMethod(named)) return named;
  return isSafeMethod(sent) ? named : sent;
}

/**
 * Refuses a path with a `..` segment once decoded (`/../admin`, `/%2e%2e/x`, `/a%2F..%2Fb`): a
 * server may resolve it to a route outside the one the call was judged as.
 */
export function refuseDotSegments(path: string, what: string): void {
  let decoded = path.replace(/[?#].*$/s, "");
  for (let round = 0; round < 3 && /%[0-9a-f]{2}/i.test(decoded); round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  if (decoded.split(/[\\/]/).some((segment) => segment.trim() === ".."))
    throw new ToolError(
      `${what}: the path ${JSON.stringify(path)} has a ".." segment; give the path of the resource itself, below the API's base URL.`,
      { code: "request_refused", details: { path } },
    );
}

/** Refuses a URL outside the base URL's origin and path (`https://api.example.com/v1/...`). */
export function refuseOutsideBase(url: URL, baseUrl: URL, what: string): void {
  const basePath = baseUrl.pathname.replace(/\/+$/, "");
  const inside =
    url.origin === baseUrl.origin &&
    (basePath === "" || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
  if (!inside)
    throw new ToolError(
      `${what}: ${url.origin}${url.pathname} is outside ${baseUrl.origin}${basePath || "/"}, the only place this API may be called; give a path below it, such as /items.`,
      {
        code: url.origin === baseUrl.origin ? "request_refused" : "origin_refused",
        details: { base: `${baseUrl.origin}${basePath}` },
      },
    );
}

/** The part of a URL below the base URL's path, query included: what the policy shows. */
export function pathBelowBase(url: URL, baseUrl: URL): string {
  const basePath = baseUrl.pathname.replace(/\/+$/, "");
  const below = url.pathname.startsWith(basePath)
    ? url.pathname.slice(basePath.length)
    : url.pathname;
  return `${below || "/"}${url.search}`;
}
