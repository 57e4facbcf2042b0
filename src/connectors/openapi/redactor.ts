/** Secrets shorter than this are not redacted: replacing every "ab" in a response helps no one. */
const MIN_SECRET_LENGTH = 4;

/**
 * Replaces known secret values (credentials from the config) with `***` in text and in decoded
 * values, including their URL-encoded and JSON-escaped forms: a server that echoes a request's
 * `Authorization` header back must not hand the token to the script.
 *
 * @example
 * new Redactor(["s3cret-token"]).text("Bearer s3cret-token"); // "Bearer ***"
 */
export class Redactor {
  private readonly variants: string[];

  constructor(secrets: readonly string[]) {
    const variants = new Set<string>();
    for (const secret of secrets) {
      if (secret.length < MIN_SECRET_LENGTH) continue;
      variants.add(secret);
      variants.add(encodeURIComponent(secret));
      variants.add(JSON.stringify(secret).slice(1, -1));
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.variants = [...variants].sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.variants.length === 0;
  }

  text(value: string): string {
    let result = value;
    for (const variant of this.variants) {
      if (result.includes(variant)) result = result.replaceAll(variant, "***");
    }
    return result;
  }

  /** A copy of a JSON-like value with secrets replaced in every string and key. */
  value(value: unknown): unknown {
    if (this.empty) return value;
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (typeof value === "object" && value !== null) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[this.text(key)] = this.value(item);
      return copy;
    }
    return value;
  }
}

const SENSITIVE_HEADER = /authorization|cookie|token|secret|key|password|credential|session/i;

/**
 * The values to redact for a server's configured headers: every header that uses `${env:NAME}`
 * or has a sensitive name (`Authorization`, `X-Api-Key`, …), whole and without its scheme
 * (`Bearer abc` → also `abc`), and the variables' own values.
 *
 * @example
 * secretValues({ Authorization: "Bearer ${env:T}" }, { T: "abc123" }); // ["Bearer abc123", "abc123"]
 */
export function secretValues(
  headers: Record<string, string> | undefined,
  environment: Record<string, string | undefined>,
): string[] {
  const secrets = new Set<string>();
  for (const [name, template] of Object.entries(headers ?? {})) {
    const references = [...template.matchAll(/\$\{env:([^}]*)\}/g)].map((match) => match[1] ?? "");
    if (references.length === 0 && !SENSITIVE_HEADER.test(name)) continue;
    const resolved = template.replace(
      /\$\{env:([^}]*)\}/g,
      (_reference, variable: string) => environment[variable] ?? "",
    );
    secrets.add(resolved);
    const space = resolved.indexOf(" ");
    if (space > 0) secrets.add(resolved.slice(space + 1));
    for (const variable of references) {
      const value = environment[variable];
      if (value) secrets.add(value);
    }
  }
  return [...secrets].filter((secret) => secret.trim() !== "");
}
