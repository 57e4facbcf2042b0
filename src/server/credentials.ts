import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Who may do what at the gateway:
 * - `operator`: everything: decide approvals, roll back, read the journal, use MCP;
 * - `agent`: MCP only (`search`, `describe`, `execute`): it can never decide its own calls;
 * - `viewer`: read the console, the journal, health and metrics.
 */
export const ROLES = ["operator", "agent", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** A person or client the gateway knows by a token. The shared `--token` has no name. */
export interface Credential {
  name: string;
  role: Role;
}

/** One entry of the tokens file: the token itself is never stored, only its SHA-256. */
export const tokenEntrySchema = z
  .object({
    name: z.string().min(1).max(200),
    role: z.enum(ROLES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "the token's SHA-256 in hex"),
  })
  .strict();
export type TokenEntry = z.infer<typeof tokenEntrySchema>;

export const tokensFileSchema = z.object({ tokens: z.array(tokenEntrySchema) }).strict();

export function tokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh random token and its entry, for `codemode credentials add`. */
export function newToken(name: string, role: Role): { token: string; entry: TokenEntry } {
  const token = `cm_${randomBytes(24).toString("base64url")}`;
  return { token, entry: { name, role, sha256: tokenDigest(token) } };
}

/**
 * The tokens a gateway accepts: named ones from a tokens file, and the shared `--token` (an
 * operator without a name, as before named tokens).
 *
 * @example
 * const credentials = new Credentials([{ name: "ada", role: "operator", sha256: tokenDigest("s3cret") }]);
 * credentials.resolve("s3cret"); // { name: "ada", role: "operator" }
 */
export class Credentials {
  private readonly byDigest = new Map<string, Credential>();

  constructor(entries: readonly TokenEntry[] = [], sharedToken?: string) {
    for (const entry of entries)
      this.byDigest.set(entry.sha256, { name: entry.name, role: entry.role });
    if (sharedToken !== undefined)
      this.byDigest.set(tokenDigest(sharedToken), { name: "", role: "operator" });
  }

  /** Whether any token is set: requests then need one. */
  get required(): boolean {
    return this.byDigest.size > 0;
  }

  /** The credential a token stands for (looked up by its digest: nothing leaks by timing). */
  resolve(token: string): Credential | undefined {
    return this.byDigest.get(tokenDigest(token));
  }
}

/** What a role may do, for messages: "an agent's token may only use MCP". */
export function roleRefusal(
  credential: Credential,
  allowed: readonly Role[],
  what: string,
): string {
  const who = credential.name ? `${credential.name}'s token` : "This token";
  return `${who} (role ${credential.role}) may not ${what}: that needs ${allowed.map((role) => `an ${role}`).join(" or ")} token.`;
}
