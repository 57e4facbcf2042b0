import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL the store suites run against, when set. */
export const POSTGRES_URL = process.env.CODEMODE_TEST_POSTGRES_URL;

export const POSTGRES_SKIPPED =
  "PostgreSQL store: SKIPPED — set CODEMODE_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run it";

/** `url` with its connections' search_path set to `schema`. */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

/**
 * Fresh schemas in the test database, one per call, all dropped by `dropAll`: each store under
 * test starts empty, and runs in parallel never meet.
 */
export function postgresSchemas(url: string) {
  const created: string[] = [];
  return {
    async create(): Promise<string> {
      const schema = `codemode_test_${randomBytes(6).toString("hex")}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA ${schema}`);
      } finally {
        await client.end();
      }
      created.push(schema);
      return urlWithSchema(url, schema);
    },
    async dropAll(): Promise<void> {
      if (created.length === 0) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const schema of created.splice(0)) await client.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
