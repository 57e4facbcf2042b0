import type pg from "pg";
import type { VectorCache } from "./vector-cache.js";

const TABLE = `CREATE TABLE IF NOT EXISTS codemode_search_vectors (
  embedder TEXT NOT NULL,
  key TEXT NOT NULL,
  vector BYTEA NOT NULL,
  PRIMARY KEY (embedder, key)
)`;

/**
 * Vectors in the PostgreSQL database the journal is in (its schema too, from the URL's
 * `search_path`), one row per operation text: every machine that shares the store shares them.
 * A pool of one connection that lets the process exit when idle; a database that cannot be
 * reached only costs embedding again (the search works from memory). The client is imported on
 * first use: loading it took 100–300 ms of every process's start.
 */
export function postgresVectorCache(url: string): VectorCache {
  let pool: pg.Pool | undefined;
  const ready = async (): Promise<pg.Pool> => {
    if (!pool) {
      const { default: client } = await import("pg");
      pool = new client.Pool({ connectionString: url, max: 1, allowExitOnIdle: true });
      pool.on("error", () => {});
      await pool.query(TABLE);
    }
    return pool;
  };
  return {
    async read(embedderId) {
      const vectors = new Map<string, Float32Array>();
      try {
        const { rows } = await (await ready()).query<{ key: string; vector: Buffer }>(
          "SELECT key, vector FROM codemode_search_vectors WHERE embedder = $1",
          [embedderId],
        );
        for (const { key, vector } of rows)
          vectors.set(key, new Float32Array(new Uint8Array(vector).buffer));
      } catch {
        // Unreachable: embedded again, kept in memory.
      }
      return vectors;
    },
    async write(embedderId, vectors) {
      const keys = [...vectors.keys()];
      const bytes = keys.map((key) => {
        const vector = vectors.get(key) as Float32Array;
        return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
      });
      try {
        const database = await ready();
        await database.query(
          "DELETE FROM codemode_search_vectors WHERE embedder = $1 AND NOT (key = ANY($2::text[]))",
          [embedderId, keys],
        );
        await database.query(
          `INSERT INTO codemode_search_vectors (embedder, key, vector)
           SELECT $1, key, vector FROM unnest($2::text[], $3::bytea[]) AS given(key, vector)
           ON CONFLICT (embedder, key) DO NOTHING`,
          [embedderId, keys, bytes],
        );
      } catch {
        // Best effort, as for a read-only folder.
      }
    },
  };
}
