import { type ConsoleSessions, clearedSessionCookie, sessionCookie } from "./console-sessions.js";
import { Credentials } from "./credentials.js";
import { CONSOLE_HEADER, fromSameOrigin } from "./http-guard.js";

export interface SessionApiOptions {
  /** The gateway's shared token; without it or `credentials`, the console needs no login. */
  token?: string;
  /** Named tokens with roles: an agent's may not log in. */
  credentials?: Credentials;
  sessions: ConsoleSessions;
  now?: () => number;
}

/** Wrong tokens tolerated per minute before logins are refused for a while. */
const MAX_FAILURES_PER_MINUTE = 10;
/** Client addresses remembered at once; the oldest is forgotten past it. */
const MAX_CLIENTS = 10_000;

/**
 * `/api/session`, the console's login. It is the one path under `/api` open without the token
 * (the Host check still applies):
 *
 * - `GET` → `{ tokenRequired, authenticated }`
 * - `POST {token}` → the same, with an HttpOnly session cookie when the token is right; 401 and
 *   no cookie when it is wrong; 429 after ten wrong tokens in a minute
 * - `DELETE` → ends the session and clears its cookie (logout)
 *
 * `POST` and `DELETE` need `X-Codemode: 1` and, from a browser, this very origin.
 *
 * @example
 * const sessionApi = createSessionApi({ token: "s3cret", sessions: new ConsoleSessions() });
 * await sessionApi(new Request("http://localhost/api/session", { method: "POST", headers: { "x-codemode": "1" }, body: '{"token":"s3cret"}' }));
 */
export function createSessionApi(
  options: SessionApiOptions,
): (request: Request, client?: string) => Promise<Response> {
  const now = options.now ?? Date.now;
  // Wrong tokens per client address: one client guessing does not lock the others out.
  const failures = new Map<string, number[]>();
  const credentials =
    options.credentials ??
    new Credentials([], options.token === undefined ? undefined : options.token);
  const required = credentials.required;
  const state = (request: Request) => {
    const credential = options.sessions.credentialOf(request);
    return {
      tokenRequired: required,
      authenticated: !required || credential !== undefined,
      ...(credential?.name ? { name: credential.name, role: credential.role } : {}),
    };
  };

  return async (request, client = "unknown") => {
    if (request.method === "GET" || request.method === "HEAD") return Response.json(state(request));
    if (request.method !== "POST" && request.method !== "DELETE")
      return problem(405, "method_not_allowed", "Use GET, POST or DELETE on /api/session.");
    if (request.headers.get(CONSOLE_HEADER) !== "1")
      return problem(403, "forbidden", "Logging in or out needs the X-Codemode: 1 header.");
    if (!fromSameOrigin(request))
      return problem(403, "forbidden", "Log in from the console this server serves.");
    const secure = new URL(request.url).protocol === "https:";

    if (request.method === "DELETE") {
      options.sessions.end(request);
      return Response.json(
        { tokenRequired: required, authenticated: !required },
        { headers: { "set-cookie": clearedSessionCookie({ secure }) } },
      );
    }
    if (!required) return Response.json(state(request));

    const recent = (failures.get(client) ?? []).filter((at) => at > now() - 60_000);
    if (recent.length === 0) failures.delete(client);
    else failures.set(client, recent);
    if (failures.size > MAX_CLIENTS) failures.delete(failures.keys().next().value as string);
    if (recent.length >= MAX_FAILURES_PER_MINUTE)
      return problem(
        429,
        "too_many_attempts",
        "Too many wrong tokens: wait a minute and try again.",
      );
    const given = await tokenOf(request);
    const credential = given === undefined ? undefined : credentials.resolve(given);
    if (credential === undefined) {
      failures.set(client, [...recent, now()]);
      return problem(
        401,
        "token_wrong",
        "That token is not the one this gateway was started with (--token or CODEMODE_TOKEN), nor one of its named tokens.",
      );
    }
    if (credential.role === "agent")
      return problem(
        403,
        "forbidden",
        "An agent's token opens MCP only; log in to the console with an operator's or a viewer's.",
      );
    const session = options.sessions.create(credential);
    return Response.json(
      {
        tokenRequired: true,
        authenticated: true,
        ...(credential.name ? { name: credential.name, role: credential.role } : {}),
      },
      { headers: { "set-cookie": sessionCookie(session, { secure }) } },
    );
  };
}

async function tokenOf(request: Request): Promise<string | undefined> {
  const text = await request.text();
  if (text.length > 10_000) return undefined;
  try {
    const body = JSON.parse(text) as unknown;
    const token = (body as { token?: unknown } | null)?.token;
    return typeof token === "string" && token.length > 0 ? token : undefined;
  } catch {
    return undefined;
  }
}

function problem(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
