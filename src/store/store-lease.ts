import { type FSWatcher, readdirSync, rmSync, watch, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { isAlive } from "./store-owner.js";

/**
 * How processes share the embedded store. SQLite compiled to WebAssembly has no shared memory,
 * so its fast mode (WAL) needs an exclusive lock: one process holds the database at a time, as a
 * lease. Another process that needs it announces so with a file `journal.db.want.<pid>.<thread>`;
 * the holder sees it (a watch on the folder, and a poll in case the watch misses it), finishes the
 * statement or transaction under way, closes the database (which checkpoints it) and lets the
 * other open it. ADR 0016 has the measurements behind this choice.
 */

const WANT = ".want.";
/** How often a holder looks for wants if the folder watch stays silent. */
const POLL_MS = 200;

function wantName(databasePath: string): string {
  return `${basename(databasePath)}${WANT}${process.pid}.${threadId}`;
}

/** Says that this process waits for the store. */
export function announceWant(databasePath: string): void {
  writeFileSync(join(dirname(databasePath), wantName(databasePath)), hostname());
}

export function withdrawWant(databasePath: string): void {
  rmSync(join(dirname(databasePath), wantName(databasePath)), { force: true });
}

/** Whether another live process waits for the store; wants of processes that died are removed. */
export function othersWant(databasePath: string): boolean {
  const folder = dirname(databasePath);
  const prefix = `${basename(databasePath)}${WANT}`;
  const own = wantName(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  let wanted = false;
  for (const name of names) {
    if (!name.startsWith(prefix) || name === own) continue;
    const [pid, thread] = name.slice(prefix.length).split(".").map(Number);
    const owner = { pid: pid ?? 0, thread: thread ?? 0, host: hostname(), since: 0 };
    if (Number.isInteger(pid) && !isAlive(owner)) {
      rmSync(join(folder, name), { force: true });
      continue;
    }
    wanted = true;
  }
  return wanted;
}

/** Calls `onWant` when another process waits for the store; returns the function that stops. */
export function watchWants(databasePath: string, onWant: () => void): () => void {
  const check = () => {
    if (othersWant(databasePath)) onWant();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(databasePath), { persistent: false }, (_event, name) => {
      if (name === null || String(name).includes(WANT)) check();
    });
    watcher.on("error", () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  const timer = setInterval(check, POLL_MS);
  timer.unref();
  check();
  return () => {
    clearInterval(timer);
    watcher?.close();
  };
}
