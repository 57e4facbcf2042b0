import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Vectors kept between processes, filed by embedder and by a hash of each text they embed: an
 * operation whose text has not changed is never embedded again, whatever else its spec changes.
 */
export interface VectorCache {
  read(embedderId: string): Promise<Map<string, Float32Array>>;
  write(embedderId: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void>;
}

/** The key of one text under one embedder. */
export function vectorKey(embedderId: string, text: string): string {
  return createHash("sha256").update(`${embedderId}\n${text}`).digest("base64url").slice(0, 32);
}

const fileName = (embedderId: string): string =>
  `${createHash("sha256").update(embedderId).digest("hex").slice(0, 32)}.vectors`;

/**
 * A cache in a folder (beside the spec cache): one file per embedder, a line of JSON (the keys and
 * the dimensions) then the vectors as 32-bit floats, so that reading 2,500 vectors of 1,536
 * dimensions is one read and no parsing of numbers.
 */
export function folderVectorCache(directory: string): VectorCache {
  return {
    async read(embedderId) {
      const vectors = new Map<string, Float32Array>();
      let bytes: Buffer;
      try {
        bytes = await readFile(join(directory, fileName(embedderId)));
      } catch {
        return vectors;
      }
      try {
        const end = bytes.indexOf(10);
        const header = JSON.parse(bytes.subarray(0, end).toString("utf8")) as {
          id: string;
          dimensions: number;
          keys: string[];
        };
        if (header.id !== embedderId) return vectors;
        // A copy: the floats must start on a 4-byte boundary.
        const floats = new Float32Array(new Uint8Array(bytes.subarray(end + 1)).buffer);
        if (floats.length !== header.keys.length * header.dimensions) return vectors;
        header.keys.forEach((key, index) => {
          vectors.set(
            key,
            floats.subarray(index * header.dimensions, (index + 1) * header.dimensions),
          );
        });
      } catch {
        // A damaged file counts as empty: the vectors are computed again.
      }
      return vectors;
    },
    async write(embedderId, vectors) {
      const keys = [...vectors.keys()];
      const dimensions = vectors.values().next().value?.length ?? 0;
      const floats = new Float32Array(keys.length * dimensions);
      keys.forEach((key, index) => {
        floats.set(vectors.get(key) as Float32Array, index * dimensions);
      });
      const header = `${JSON.stringify({ id: embedderId, dimensions, keys })}\n`;
      const file = join(directory, fileName(embedderId));
      const temporary = `${file}.${randomUUID()}.tmp`;
      try {
        await mkdir(directory, { recursive: true });
        await writeFile(
          temporary,
          Buffer.concat([Buffer.from(header), new Uint8Array(floats.buffer)]),
        );
        await rename(temporary, file);
      } catch {
        // Best effort: a read-only disk only costs embedding again next time.
        await rm(temporary, { force: true });
      }
    },
  };
}
