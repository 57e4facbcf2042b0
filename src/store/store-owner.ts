import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { threadId } from "node:worker_threads";
import { safeParseJson } from "../core/json.js";
import { StoreInUseError } from "../core/store-errors.js";

/**
 * Who holds the embedded store. node-sqlite3-wasm locks `journal.db` by creating the directory
 * `journal.db.lock` and removes it on close; a process killed with SIGKILL leaves it behind, and
 * every later open would fail as busy. So the holder records itself in `journal.db.owner`, and an
 * opener that finds the lock directory checks whether that holder still lives: if not, the lock
 * is stale and removed. Openers take turns through `journal.db.opening` (created exclusively), so
 * two of them never both judge the same lock stale.
 */

export interface Owner {
  pid: number;
  thread: number;
  host: string;
  since: number;
}

const WAIT_FOR_OPENER_MS = 5_000;
/** An `.opening` file this old whose writer we cannot identify was left by a crash. */
const ABANDONED_OPENING_MS = 10_000;

function me(): Owner {
  return { pid: process.pid, thread: threadId, host: hostname(), since: Date.now() };
}

export function readOwner(path: string): Owner | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const parsed = safeParseJson(text);
  if (!parsed.success || typeof parsed.value !== "object" || parsed.value === null)
    return undefined;
  const owner = parsed.value as Partial<Owner>;
  return typeof owner.pid === "number" &&
    typeof owner.thread === "number" &&
    typeof owner.host === "string"
    ? { pid: owner.pid, thread: owner.thread, host: owner.host, since: Number(owner.since) }
    : undefined;
}

/** Whether `owner` may still hold the store; a process on another host is taken to be alive. */
export function isAlive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  // This process does not hold it (it would have reused its open database): our pid was the
  // dead holder's, reused, unless another thread of ours holds it.
  if (owner.pid === process.pid) return owner.thread !== threadId;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Waits for this process's turn to open the store at `databasePath` (other openers are at most a
 * few hundred milliseconds); returns the function that ends the turn.
 */
export function takeOpeningTurn(databasePath: string, label: string): () => void {
  const path = `${databasePath}.opening`;
  const deadline = Date.now() + WAIT_FOR_OPENER_MS;
  for (;;) {
    try {
      writeFileSync(path, JSON.stringify(me()), { flag: "wx" });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const opener = readOwner(path);
    const abandoned = opener ? !isAlive(opener) : ageMs(path) > ABANDONED_OPENING_MS;
    if (abandoned) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new StoreInUseError(
        `The store at ${label} is being opened by another process${opener ? ` (pid ${opener.pid})` : ""} that has not finished after ${WAIT_FOR_OPENER_MS / 1000} s. If no codemode process is running, delete ${path}.`,
      );
    sleepSync(10);
  }
}

/**
 * Removes the lock left by a holder that no longer runs. Returns the holder when it is alive (the
 * store is in use), nothing when the store is free. Call during the opening turn.
 */
export function clearStaleLock(databasePath: string): Owner | undefined {
  const lockPath = `${databasePath}.lock`;
  try {
    statSync(lockPath);
  } catch {
    return undefined;
  }
  const owner = readOwner(`${databasePath}.owner`);
  if (owner && isAlive(owner)) return owner;
  rmSync(lockPath, { recursive: true, force: true });
  return undefined;
}

/** Records this process as the holder; the record stays after close, for the next opener. */
export function recordOwner(databasePath: string): void {
  const path = `${databasePath}.owner`;
  writeFileSync(`${path}.${process.pid}`, JSON.stringify(me()));
  // A rename replaces the record whole: a reader never sees half of it.
  renameSync(`${path}.${process.pid}`, path);
}

/** The error for a store whose holder did not let go in time; `owner` when known. */
export function inUseError(label: string, owner?: Owner, waitedMs?: number): StoreInUseError {
  const who = !owner
    ? "another process"
    : owner.host !== hostname()
      ? `another codemode process (pid ${owner.pid} on ${owner.host})`
      : owner.pid === process.pid
        ? `another thread of this process (pid ${owner.pid})`
        : `another codemode process (pid ${owner.pid})`;
  return new StoreInUseError(
    `The store at ${label} is held by ${who}, which did not let go${waitedMs ? ` within ${Math.round(waitedMs / 1000)} s` : ""}: it is busy or hung. Try again; if it keeps happening, look at that process, or use a PostgreSQL store (store: "postgres://...").`,
    { details: owner ? { pid: owner.pid } : {} },
  );
}
