import type { RunDataStore } from "../run-data.js";

/** Where a piece of personal data sits in a text. */
export interface PersonalDataMatch {
  start: number;
  end: number;
  /** The value a token will stand for (normalized by the detector, e.g. a phone in E.164). */
  value: string;
}

/** Finds one kind of personal data in text (`email`, `phone`, a user's own pattern). */
export interface PersonalDataDetector {
  /** The kind, in tokens: `[email_3]`. Lowercase letters, digits and `-`. */
  kind: string;
  find(text: string): PersonalDataMatch[];
}

/** Longer values are not tokenized (nor kept in the token table): no detector finds such. */
const MAX_VALUE_CHARS = 256;
/** Reference handles and UUIDs (execution and approval ids): never tokenized. */
const IDENTIFIERS =
  /ref_[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Values whose tokens are remembered in memory (each is also in the store). */
const MAX_CACHED = 100_000;

/**
 * Replaces personal data in what reaches the model by stable tokens (`[email_3]`: the same value
 * gives the same token within a store) and tokens in a call's arguments by their values. Only
 * tokens of this store's table are replaced back: any other text, a token included, stays as is.
 *
 * @example
 * const tokenizer = new Tokenizer(store, [emailDetector]);
 * await tokenizer.tokenize({ to: "ada@example.com" }); // { to: "[email_1]" }
 * await tokenizer.detokenize({ to: "[email_1]" });     // { to: "ada@example.com" }
 */
export class Tokenizer {
  readonly #tokens = new Map<string, string>();
  readonly #values = new Map<string, string>();
  readonly #tokenPattern: RegExp;

  constructor(
    private readonly store: Pick<RunDataStore, "privacyToken" | "privacyValue">,
    private readonly detectors: readonly PersonalDataDetector[],
  ) {
    const kinds = detectors.map(({ kind }) => kind.replace(/[^a-z0-9-]/g, ""));
    this.#tokenPattern = new RegExp(`\\[(${kinds.join("|") || "(?!)"})_([1-9]\\d{0,9})\\]`, "g");
  }

  /** Whether any kind is tokenized at all. */
  get active(): boolean {
    return this.detectors.length > 0;
  }

  /**
   * The text with every value found replaced by its token, percent-encoded ones too (a value in
   * a URL's query, as an HTTP API echoes it back).
   */
  async tokenizeText(text: string): Promise<string> {
    const plain = await this.#replace(text);
    if (!plain.includes("%")) return plain;
    const decoded = decodePercent(plain);
    if (decoded === plain) return plain;
    let result = plain;
    for (const match of this.#matches(decoded)) {
      const encoded = encodeURIComponent(decoded.slice(match.start, match.end));
      if (result.includes(encoded))
        result = result.replaceAll(encoded, await this.#token(match.kind, match.value));
    }
    return result;
  }

  async #replace(text: string): Promise<string> {
    const matches = this.#matches(text);
    if (matches.length === 0) return text;
    let result = "";
    let at = 0;
    for (const match of matches) {
      result += text.slice(at, match.start) + (await this.#token(match.kind, match.value));
      at = match.end;
    }
    return result + text.slice(at);
  }

  /** A JSON value with every string (and key) tokenized. */
  tokenize<T>(value: T): Promise<T> {
    return this.#map(value, (text) => this.tokenizeText(text)) as Promise<T>;
  }

  /** A JSON value with every token of this store in its strings (and keys) replaced by its value. */
  detokenize<T>(value: T): Promise<T> {
    return this.#map(value, (text) => this.detokenizeText(text)) as Promise<T>;
  }

  async detokenizeText(text: string): Promise<string> {
    if (!text.includes("[")) return text;
    const found = [...text.matchAll(this.#tokenPattern)];
    if (found.length === 0) return text;
    let result = "";
    let at = 0;
    for (const match of found) {
      const [token, kind = "", number = "0"] = match;
      const value = await this.#value(token, kind, Number(number));
      result += text.slice(at, match.index) + (value ?? token);
      at = match.index + token.length;
    }
    return result + text.slice(at);
  }

  /** Matches of every detector, in order, overlaps dropped (the earlier, then the longer, wins). */
  #matches(text: string): (PersonalDataMatch & { kind: string })[] {
    const all: (PersonalDataMatch & { kind: string })[] = [];
    for (const detector of this.detectors)
      for (const match of detector.find(text))
        if (match.value.length <= MAX_VALUE_CHARS && match.end > match.start)
          all.push({ ...match, kind: detector.kind });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    // Handles and ids the model must get back as they are (their digits can look like a card).
    const protectedSpans = [...text.matchAll(IDENTIFIERS)].map((found) => ({
      start: found.index,
      end: found.index + found[0].length,
    }));
    const kept: (PersonalDataMatch & { kind: string })[] = [];
    let end = 0;
    for (const match of all) {
      if (match.start < end) continue;
      if (protectedSpans.some((span) => match.start < span.end && span.start < match.end)) continue;
      kept.push(match);
      end = match.end;
    }
    return kept;
  }

  async #token(kind: string, value: string): Promise<string> {
    const key = `${kind}\u0000${value}`;
    const known = this.#tokens.get(key);
    if (known) return known;
    const token = `[${kind}_${await this.store.privacyToken(kind, value)}]`;
    this.#bound();
    this.#tokens.set(key, token);
    this.#values.set(token, value);
    return token;
  }

  async #value(token: string, kind: string, number: number): Promise<string | undefined> {
    const known = this.#values.get(token);
    if (known !== undefined) return known;
    const value = await this.store.privacyValue(kind, number);
    if (value !== undefined) {
      this.#bound();
      this.#values.set(token, value);
      this.#tokens.set(`${kind}\u0000${value}`, token);
    }
    return value;
  }

  /** The caches only save store reads: a long-lived runtime starts them over past a bound. */
  #bound(): void {
    if (this.#tokens.size < MAX_CACHED) return;
    this.#tokens.clear();
    this.#values.clear();
  }

  async #map(value: unknown, text: (text: string) => Promise<string>): Promise<unknown> {
    if (!this.active) return value;
    if (typeof value === "string") return text(value);
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value) items.push(await this.#map(item, text));
      return items;
    }
    if (value !== null && typeof value === "object") {
      const entries: [string, unknown][] = [];
      for (const [key, item] of Object.entries(value))
        entries.push([await text(key), await this.#map(item, text)]);
      return Object.fromEntries(entries);
    }
    return value;
  }
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
