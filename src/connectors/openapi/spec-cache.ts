import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { safeParseJson } from "../../core/json.js";
import { CACHE_FORMAT, decodeSpec, encodeSpec } from "./spec-cache-format.js";
import type { BuiltSpec } from "./spec-types.js";

/**
 * The cache key of a document: a hash of its bytes and of the cache format, so any change to
 * either builds again.
 */
export function specCacheKey(bytes: Uint8Array): string {
  return createHash("sha256").update(`openapi-cache-${CACHE_FORMAT}\n`).update(bytes).digest("hex");
}

const cacheFile = (directory: string, key: string): string => join(directory, `${key}.cache`);

/**
 * The operations built from the document with this key, when the cache has them (a file of
 * another format, or damaged, counts as missing). Their schemas are parsed on first use.
 */
export async function readCachedSpec(
  directory: string,
  key: string,
): Promise<BuiltSpec | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(cacheFile(directory, key));
  } catch {
    return undefined;
  }
  return decodeSpec(bytes, key);
}

/** Stores the built operations (best effort: a read-only disk only costs the next load's time). */
export async function writeCachedSpec(
  directory: string,
  key: string,
  spec: BuiltSpec,
): Promise<void> {
  const file = cacheFile(directory, key);
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await writeFile(temporary, encodeSpec(spec, key), { mode: 0o600 });
    // Atomic: a concurrent reader sees the old file or the whole new one.
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => {});
  }
}

/** What identifies a file's version without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

const stampFile = (directory: string, path: string): string =>
  join(directory, `file-${createHash("sha256").update(path).digest("hex").slice(0, 32)}.stamp`);

/** The stamp recorded for a path or URL with its content hash, if one was (and names that path). */
async function readStamp(
  directory: string,
  path: string,
): Promise<(Partial<FileStamp> & { key: string }) | undefined> {
  let text: string;
  try {
    text = await readFile(stampFile(directory, path), "utf8");
  } catch {
    return undefined;
  }
  const parsed = safeParseJson(text);
  if (!parsed.success) return undefined;
  const entry = parsed.value as Partial<FileStamp> & { path?: unknown; key?: unknown };
  return entry.path === path && typeof entry.key === "string"
    ? { ...entry, key: entry.key }
    : undefined;
}

/**
 * The content hash recorded for a file when it was last read, if the file has not changed since
 * (same size, modification and change times): a cached load then skips reading and hashing a
 * large document (13 MB for GitHub's).
 */
export async function readStampedKey(
  directory: string,
  path: string,
  stamp: FileStamp,
): Promise<string | undefined> {
  const entry = await readStamp(directory, path);
  const same =
    entry?.size === stamp.size &&
    entry.mtimeMs === stamp.mtimeMs &&
    entry.ctimeMs === stamp.ctimeMs;
  return same ? entry.key : undefined;
}

/** Records a file's content hash with its stamp (best effort). */
export async function writeStampedKey(
  directory: string,
  path: string,
  stamp: FileStamp,
  key: string,
): Promise<void> {
  const file = stampFile(directory, path);
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await writeFile(temporary, JSON.stringify({ path, ...stamp, key }), { mode: 0o600 });
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => {});
  }
}

/**
 * The content hash last recorded for a path or URL, whatever its stamp, and when: the copy to
 * fall back on when a URL fails.
 */
export async function readLastKey(
  directory: string,
  path: string,
): Promise<{ key: string; at: number } | undefined> {
  const entry = await readStamp(directory, path);
  return entry ? { key: entry.key, at: Number(entry.mtimeMs) || 0 } : undefined;
}
