import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";
import { describeJournalStoreContract } from "../src/store/journal-store-contract.js";
import { MemoryJournalStore } from "../src/store/memory-journal-store.js";
import { openJournalStore } from "../src/store/open-store.js";
import { createSqlJournalStore } from "../src/store/sql-journal-store.js";
import { openSqliteDriver } from "../src/store/sqlite-driver.js";
import { POSTGRES_SKIPPED, POSTGRES_URL, postgresSchemas } from "./helpers/postgres-schema.js";

const folders: string[] = [];

describeJournalStoreContract(
  "embedded (node-sqlite3-wasm, WAL)",
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "codemode-store-"));
    folders.push(folder);
    return openJournalStore(join(folder, ".codemode"), process.cwd());
  },
  {
    cleanup: async () => {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  },
);

describeJournalStoreContract("in memory (node-sqlite3-wasm)", async () =>
  createSqlJournalStore(await openSqliteDriver({ memory: true })),
);

if (POSTGRES_URL) {
  const schemas = postgresSchemas(POSTGRES_URL);
  describeJournalStoreContract(
    "PostgreSQL",
    async () => openJournalStore(await schemas.create(), process.cwd()),
    { cleanup: () => schemas.dropAll() },
  );
} else {
  console.warn(`\n${POSTGRES_SKIPPED}\n`);
  describe.skip(POSTGRES_SKIPPED, () => {
    it(`runs the journal store contract on PostgreSQL`, () => {});
  });
}

describeJournalStoreContract("in memory (plain data structures, the library's default)", async () =>
  openJournalStore(":memory:", process.cwd()),
);

describeJournalStoreContract("MemoryJournalStore", async () => new MemoryJournalStore());
