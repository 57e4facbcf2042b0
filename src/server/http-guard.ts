import { createHash, timingSafeEqual } from "node:crypto";
import { isSafeMethod } from "../core/approval-policy.js";
import { type Credential, Credentials, type Role, roleRefusal } from "./credentials.js";

export { LOOPBACK_HOSTS } from "./listen-address.js";

export interface HttpGuardOptions {
  /**
   * Host names (no port) a request's `Host` and `Origin` may name; anything else is refused with
   * 403, which defeats DNS rebinding. Absent: any host (only when bound to every interface,
   * where the bearer token is what protects the gateway).
   */
  allowedHosts?: readonly string[];
  /** When set, every request needs `Authorization: Bearer <token>` (401 otherwise). */
  token?: string;
  /** Named tokens with roles (and the shared `token`): with any, every request needs one. */
  credentials?: Credentials;
  /** Roles that may pass; absent: any credential. */
  roles?: readonly Role[];
  /** What the roles guard, for the refusal: "decide approvals". */
  action?: string;
  /**
   * Console logins: with a token set, a request may carry a valid session cookie instead of the
   * bearer token. Such a request that changes something must also send `X-Codemode: 1` (a header
   * a cross-site page cannot send without a CORS preflight, which this server never grants) and
   * come from this very origin, port included (SameSite does not tell ports apart).
   */
  sessions?: { credentialOf(request: Request): Credential | undefined };
}

/** The header every state-changing console request sends (CSRF protection). */
export const CONSOLE_HEADER = "x-codemode";

/**
 * Checks a request before any MCP handling: the Host and Origin headers first (403), then the
 * bearer token or, where `sessions` is given, a console session (401; see
 * {@link checkConsoleWrite} for what a session's writes also need). Returns the refusal, or
 * undefined when the request may go on.
 *
 * @example
 * const refusal = guardRequest(request, { allowedHosts: LOOPBACK_HOSTS, token: "s3cret" });
 * if (refusal) return refusal;
 */
export function guardRequest(request: Request, options: HttpGuardOptions): Response | undefined {
  const access = authenticate(request, options);
  return access instanceof Response ? access : undefined;
}

/**
 * {@link guardRequest}, returning who the request comes from when it may go on: the credential
 * its bearer token or console session stands for (none when the gateway needs no token).
 */
export function authenticate(
  request: Request,
  options: HttpGuardOptions,
): Response | { credential?: Credential } {
  if (options.allowedHosts) {
    const allowed = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
    const host = hostName(request.headers.get("host"));
    if (host === undefined || !allowed.has(host))
      return refuse(403, `Host ${JSON.stringify(host ?? "")} is not allowed.`);
    const origin = request.headers.get("origin");
    if (origin !== null && !allowed.has(originHostName(origin) ?? ""))
      return refuse(403, `Origin ${JSON.stringify(origin)} is not allowed.`);
  }
  const credentials =
    options.credentials ??
    (options.token === undefined ? undefined : new Credentials([], options.token));
  if (!credentials?.required) return {};
  let credential = bearerOf(request, credentials);
  if (credential === undefined) {
    credential = options.sessions?.credentialOf(request);
    if (credential === undefined)
      return refuse(401, "Missing or wrong bearer token: send Authorization: Bearer <token>.", {
        "WWW-Authenticate": 'Bearer realm="codemode"',
      });
    const refusal = checkConsoleWrite(request);
    if (refusal) return refusal;
  }
  if (options.roles && !options.roles.includes(credential.role))
    return refuse(403, roleRefusal(credential, options.roles, options.action ?? "do this"));
  return { credential };
}

/**
 * A session-authenticated request that changes something needs the console's header and, when
 * the browser names its origin, this origin: 403 otherwise.
 */
export function checkConsoleWrite(request: Request): Response | undefined {
  if (isSafeMethod(request.method)) return undefined;
  if (request.headers.get(CONSOLE_HEADER) !== "1")
    return refuse(403, "A console request that changes something needs the X-Codemode: 1 header.");
  if (!fromSameOrigin(request))
    return refuse(
      403,
      `Origin ${JSON.stringify(request.headers.get("origin"))} is not this server.`,
    );
  return undefined;
}

/** GET, HEAD and OPTIONS change nothing: one list, the approval policy's. */
export { isSafeMethod };

/**
 * Whether the request's `Origin`, when it has one, is the server it is sent to (host and port).
 * Clients other than browsers send none, and pass.
 */
export function fromSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).host.toLowerCase() === (request.headers.get("host") ?? "").toLowerCase();
  } catch {
    return false;
  }
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

function bearerOf(request: Request, credentials: Credentials): Credential | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ? credentials.resolve(match[1].trim()) : undefined;
}

/** Compares digests: equal lengths, and the time taken says nothing about the secret. */
export function sameSecret(given: string, secret: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** A refusal shaped as a JSON-RPC error (MCP clients read it), with `error.message` for all. */
export function refuse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message }, id: null },
    { status, headers },
  );
}
