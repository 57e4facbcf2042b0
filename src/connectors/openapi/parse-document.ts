import { ConfigError } from "../../core/errors.js";
import { safeParseJson } from "../../core/json.js";
import type { SpecSource } from "./read-spec-source.js";
import { isJsonObject, type JsonObject } from "./spec-types.js";

/**
 * Parses a document's bytes (JSON, else YAML with `yaml`). `$ref`s to other files or URLs are
 * bundled in by `@readme/openapi-parser` (becoming internal ones); internal `$ref`s are left in
 * place for typegen to name. Anything wrong is a `ConfigError` saying what.
 */
export async function parseDocument(source: SpecSource, where: string): Promise<JsonObject> {
  const text = new TextDecoder().decode(source.bytes);
  const trimmed = text.trimStart();
  let document: unknown;
  if (trimmed.startsWith("{")) {
    const parsed = safeParseJson(text);
    if (!parsed.success) {
      throw new ConfigError(
        `${where}: ${source.location} is not valid JSON (${parsed.error.message}).`,
      );
    }
    document = parsed.value;
  } else {
    const yaml = await import("yaml");
    // Bundled (the CLI), the CommonJS build may arrive as the default export only.
    const parse = yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse;
    try {
      document = parse(text, { maxAliasCount: 1000 });
    } catch (error) {
      throw new ConfigError(
        `${where}: ${source.location} is neither JSON nor valid YAML (${firstLine(error)}).`,
      );
    }
  }
  if (!isJsonObject(document)) {
    throw new ConfigError(
      `${where}: ${source.location} is not an OpenAPI document (not an object).`,
    );
  }
  if (!hasExternalRefs(text)) return document;
  // Loaded only for documents that need it (~0.15 s to import).
  const imported = await import("@readme/openapi-parser");
  const parser =
    imported.bundle === undefined
      ? (imported as unknown as { default: typeof imported }).default
      : imported;
  try {
    const bundled = await parser.bundle(source.location, {
      resolve: { file: source.url === undefined, http: { timeout: 30_000, redirects: 5 } },
    });
    return bundled as unknown as JsonObject;
  } catch (error) {
    throw new ConfigError(
      `${where}: ${source.location} has $refs to other documents that could not be resolved: ${firstLine(error)}`,
    );
  }
}

/** A quick look at the text for a `$ref` whose value does not start with `#`. */
function hasExternalRefs(text: string): boolean {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
