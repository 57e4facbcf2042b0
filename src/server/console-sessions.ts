import { createHash, randomBytes } from "node:crypto";
import type { Credential } from "./credentials.js";

/** The cookie that carries a console session's id (never the token itself). */
export const SESSION_COOKIE = "codemode_session";
/** A console login lasts this long, then the token is asked again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 1000;

/**
 * Console logins: a random id in an HttpOnly, SameSite=Strict cookie, mapped here to when it
 * expires. Only the id's digest is kept, so the map holds nothing a cookie could be forged from.
 * Sessions live in this process: restarting the gateway logs everyone out.
 *
 * @example
 * const sessions = new ConsoleSessions();
 * const { id } = sessions.create();
 * response.headers.set("set-cookie", sessionCookie(id, { secure: false }));
 * sessions.isValid(request); // true while the cookie's session lasts
 */
export class ConsoleSessions {
  private readonly expiries = new Map<string, { expiresAt: number; credential: Credential }>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** A new session for the person the token named; the oldest is dropped past 1,000 open ones. */
  create(credential: Credential = { name: "", role: "operator" }): {
    id: string;
    maxAgeSeconds: number;
  } {
    this.sweep();
    if (this.expiries.size >= MAX_SESSIONS) {
      const oldest = this.expiries.keys().next().value;
      if (oldest !== undefined) this.expiries.delete(oldest);
    }
    const id = randomBytes(32).toString("base64url");
    this.expiries.set(digest(id), { expiresAt: this.now() + this.ttlMs, credential });
    return { id, maxAgeSeconds: Math.floor(this.ttlMs / 1000) };
  }

  /** Whether the request's session cookie names a session that has not expired. */
  isValid(request: Request): boolean {
    return this.credentialOf(request) !== undefined;
  }

  /** Who logged in with the request's session cookie, while the session lasts. */
  credentialOf(request: Request): Credential | undefined {
    const id = sessionIdOf(request);
    if (id === undefined) return undefined;
    const key = digest(id);
    const session = this.expiries.get(key);
    if (session === undefined) return undefined;
    if (session.expiresAt <= this.now()) {
      this.expiries.delete(key);
      return undefined;
    }
    return session.credential;
  }

  /** Ends the request's session (logout). */
  end(request: Request): void {
    const id = sessionIdOf(request);
    if (id !== undefined) this.expiries.delete(digest(id));
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, { expiresAt }] of this.expiries)
      if (expiresAt <= now) this.expiries.delete(key);
  }
}

/** `Set-Cookie` for a new session: HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS. */
export function sessionCookie(
  session: { id: string; maxAgeSeconds: number },
  options: { secure: boolean },
): string {
  return `${SESSION_COOKIE}=${session.id}; Max-Age=${session.maxAgeSeconds}; Path=/; HttpOnly; SameSite=Strict${options.secure ? "; Secure" : ""}`;
}

/** `Set-Cookie` that removes the session cookie. */
export function clearedSessionCookie(options: { secure: boolean }): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict${options.secure ? "; Secure" : ""}`;
}

/** The session id in the request's `Cookie` header, if any. */
export function sessionIdOf(request: Request): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.split("=");
    if (name?.trim() === SESSION_COOKIE) return value.join("=").trim() || undefined;
  }
  return undefined;
}

function digest(id: string): string {
  return createHash("sha256").update(id).digest("base64url");
}
