import { StoreError } from "../core/store-errors.js";
import { MIGRATIONS, MIGRATIONS_TABLE, type Migration } from "./journal-schema.js";
import type { SqlDriver } from "./sql-driver.js";

/**
 * Applies the migrations this database lacks, in one transaction. Safe to call on every open
 * and from two processes at once: the driver's `migrationLock` makes the second wait, then find
 * nothing left to do.
 */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  await driver.transaction(async (runner) => {
    if (driver.migrationLock) await runner.query(driver.migrationLock);
    await runner.run(MIGRATIONS_TABLE);
    const rows = await runner.query("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((row) => Number(row.version)));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((migration) => migration.version));
    if (newest > known)
      throw new StoreError(
        `The journal in ${driver.description} was written by a newer codemode (schema version ${newest}, this one knows up to ${known}). Upgrade codemode, or use another store.`,
        { code: "store_schema_newer" },
      );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await runner.run(statement);
      await runner.run("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [
        migration.version,
        Date.now(),
      ]);
    }
  });
}
