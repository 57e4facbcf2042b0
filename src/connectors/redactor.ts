import { gunzipSync } from "node:zlib";

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
  /** The secrets as bytes in every form: UTF-8, UTF-16, base64. */
  private readonly byteForms: Buffer[] = [];
  /** The same without UTF-8, which text redaction replaces in a body returned as text. */
  private readonly nonTextForms: Buffer[] = [];

  constructor(secrets: readonly string[]) {
    const variants = new Set<string>();
    for (const secret of secrets) {
      if (secret.length < MIN_SECRET_LENGTH) continue;
      variants.add(secret);
      variants.add(encodeURIComponent(secret));
      variants.add(JSON.stringify(secret).slice(1, -1));
      const { utf8, others } = encodedForms(secret);
      this.byteForms.push(utf8, ...others);
      this.nonTextForms.push(...others);
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.variants = [...variants].sort((a, b) => b.length - a.length);
  }

  /**
   * Whether raw bytes hold a secret in a form that cannot be replaced in decoded text: UTF-8 in
   * a body returned as bytes, UTF-16, base64, or any of those inside gzip. Such a body is
   * withheld rather than handed over.
   */
  leaksIn(bytes: Uint8Array, options: { textual: boolean }): boolean {
    if (this.byteForms.length === 0 || bytes.byteLength === 0) return false;
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Text returned as text is redacted where the secret appears as UTF-8: not a leak there.
    if ((options.textual ? this.nonTextForms : this.byteForms).some((form) => raw.includes(form)))
      return true;
    const inflated = gunzipped(raw);
    return inflated !== undefined && this.byteForms.some((form) => inflated.includes(form));
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

/** A gzip body, decompressed up to 32 MB; undefined when it is not gzip or does not inflate. */
function gunzipped(bytes: Buffer): Buffer | undefined {
  if (bytes.length < 3 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return undefined;
  try {
    return gunzipSync(bytes, { maxOutputLength: 32 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * A secret as bytes in every form a response could carry it: UTF-8, UTF-16 (both byte orders),
 * and base64 (standard and URL-safe) at each of the three alignments it can fall on inside a
 * longer base64 text (the part that does not depend on its neighbours).
 */
function encodedForms(secret: string): { utf8: Buffer; others: Buffer[] } {
  const utf8 = Buffer.from(secret, "utf8");
  const utf16le = Buffer.from(secret, "utf16le");
  const utf16be = Buffer.from(utf16le);
  utf16be.swap16();
  const forms = [utf16le, utf16be];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), utf8]).toString("base64");
    const stable = encoded.slice(shift === 0 ? 0 : 4, Math.floor((shift + utf8.length) / 3) * 4);
    if (stable.length < 8) continue;
    forms.push(Buffer.from(stable), Buffer.from(stable.replaceAll("+", "-").replaceAll("/", "_")));
  }
  return { utf8, others: forms };
}
