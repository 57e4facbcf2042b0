import { createHash, timingSafeEqual } from "node:crypto";

/** Host names that always mean this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

export interface HttpGuardOptions {
  /**
   * Host names (no port) a request's `Host` and `Origin` may name; anything else is refused with
   * 403, which defeats DNS rebinding. Absent: any host (only when bound to every interface,
   * where the bearer token is what protects the gateway).
   */
  allowedHosts?: readonly string[];
  /** When set, every request needs `Authorization: Bearer <token>` (401 otherwise). */
  token?: string;
}

/**
 * Checks a request before any MCP handling: the Host and Origin headers first (403), then the
 * bearer token (401). Returns the refusal, or undefined when the request may go on.
 *
 * @example
 * const refusal = guardRequest(request, { allowedHosts: LOOPBACK_HOSTS, token: "s3cret" });
 * if (refusal) return refusal;
 */
export function guardRequest(request: Request, options: HttpGuardOptions): Response | undefined {
  if (options.allowedHosts) {
    const allowed = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
    const host = hostName(request.headers.get("host"));
    if (host === undefined || !allowed.has(host))
      return refuse(403, `Host ${JSON.stringify(host ?? "")} is not allowed.`);
    const origin = request.headers.get("origin");
    if (origin !== null && !allowed.has(originHostName(origin) ?? ""))
      return refuse(403, `Origin ${JSON.stringify(origin)} is not allowed.`);
  }
  if (options.token !== undefined && !hasToken(request, options.token)) {
    return refuse(401, "Missing or wrong bearer token: send Authorization: Bearer <token>.", {
      "WWW-Authenticate": 'Bearer realm="codemode"',
    });
  }
  return undefined;
}

/** `example.com:8080` → `example.com`, `[::1]:3000` → `[::1]`; lower case. */
export function hostName(header: string | null): string | undefined {
  if (!header) return undefined;
  try {
    return new URL(`http://${header}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function originHostName(origin: string): string | undefined {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function hasToken(request: Request, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1]) return false;
  // Compare digests: equal lengths, and the time taken says nothing about the token.
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(match[1].trim()), digest(token));
}

function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message }, id: null },
    { status, headers },
  );
}
