import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ConfigError } from "../core/errors.js";
import { safeParseJson } from "../core/json.js";
import { type TokenEntry, tokensFileSchema } from "../server/credentials.js";

/** The tokens file's default name, beside the config (or in the working directory). */
export const TOKENS_FILE = "tokens.json";

/** Where the tokens file is: `--tokens FILE`, else `tokens.json` beside the config. */
export function tokensPath(options: { tokens?: string; baseDirectory: string }): string {
  return options.tokens ? resolve(options.tokens) : join(options.baseDirectory, TOKENS_FILE);
}

/**
 * Reads the tokens file: `{ "tokens": [{ "name", "role", "sha256" }] }`. A missing file is no
 * tokens unless it was named; anything malformed is a `ConfigError` naming the entry and key.
 */
export function readTokensFile(path: string, named: boolean): TokenEntry[] {
  if (!existsSync(path)) {
    if (named)
      throw new ConfigError(
        `The tokens file ${path} does not exist: create it with \`codemode credentials add NAME --role operator --tokens ${path}\`.`,
      );
    return [];
  }
  const parsed = safeParseJson(readFileSync(path, "utf8"));
  if (!parsed.success) throw new ConfigError(`The tokens file ${path} is not JSON.`);
  const checked = tokensFileSchema.safeParse(parsed.value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue?.path.join(".") ?? "";
    throw new ConfigError(
      `The tokens file ${path}${at ? `: ${at}` : ""}: ${issue?.message ?? "not a tokens file"}. Each entry is { "name", "role": "operator" | "agent" | "viewer", "sha256" }.`,
    );
  }
  const names = new Set<string>();
  for (const entry of checked.data.tokens) {
    if (names.has(entry.name))
      throw new ConfigError(`The tokens file ${path} names "${entry.name}" twice: keep one.`);
    names.add(entry.name);
  }
  return checked.data.tokens;
}

/** Writes the tokens file, readable by this user only. */
export function writeTokensFile(path: string, tokens: readonly TokenEntry[]): void {
  writeFileSync(path, `${JSON.stringify({ tokens }, null, 2)}\n`, { mode: 0o600 });
}
