import { resolve } from "node:path";
import type { JournalStore } from "../core/journal.js";
import { lazyJournalStore } from "./lazy-store.js";
import { MemoryJournalStore } from "./memory-journal-store.js";
import { describePostgresTarget } from "./postgres-target.js";
import { createSqlJournalStore } from "./sql-journal-store.js";

/** The embedded store's folder when the config names none, relative to the config's folder. */
export const DEFAULT_STORE_FOLDER = ".codemode";

/**
 * Opens the journal store a config names: `undefined` → the embedded store in
 * `<baseDirectory>/.codemode`; `postgres://…` or `postgresql://…` → PostgreSQL; `":memory:"` → a
 * private in-memory store (plain data structures); anything else → the embedded store in that folder (relative paths
 * from `baseDirectory`). The PostgreSQL client and the SQLite WebAssembly load only when used.
 *
 * @example
 * const store = await openJournalStore(config.store, dirname(configPath));
 */
export async function openJournalStore(
  spec: string | undefined,
  baseDirectory: string,
): Promise<JournalStore> {
  if (spec !== undefined && /^postgres(ql)?:\/\//i.test(spec)) {
    const { openPostgresDriver } = await import("./postgres-driver.js");
    return createSqlJournalStore(await openPostgresDriver({ url: spec }));
  }
  // In memory, plain data structures: no SQL for a journal that lives as long as the process.
  if (spec === ":memory:") return new MemoryJournalStore();
  const { openSqliteDriver } = await import("./sqlite-driver.js");
  const folder = resolve(baseDirectory, spec ?? DEFAULT_STORE_FOLDER);
  return createSqlJournalStore(await openSqliteDriver({ folder }));
}

/**
 * Opens the store on first use (see {@link lazyJournalStore}); its description is known before,
 * and never shows a password.
 */
export function openJournalStoreLazily(
  spec: string | undefined,
  baseDirectory: string,
): JournalStore {
  const postgres = spec !== undefined && /^postgres(ql)?:\/\//i.test(spec);
  let description: string;
  if (postgres) {
    description = `PostgreSQL store at ${describePostgresTarget(spec)}`;
  } else if (spec === ":memory:") description = "in-memory store";
  else description = `embedded store at ${spec ?? DEFAULT_STORE_FOLDER}`;
  return lazyJournalStore(() => openJournalStore(spec, baseDirectory), {
    description,
    // Only a store in memory is this process's alone: other processes may share a folder.
    exclusive: spec === ":memory:",
    durable: spec !== ":memory:",
  });
}
