import type { JournalStore } from "../core/journal.js";
import { StoreError } from "../core/store-errors.js";
import { MemoryJournalStore } from "../store/memory-journal-store.js";

/** The methods that change the journal: each one that succeeds is written to IndexedDB. */
const CHANGES = [
  "createExecution",
  "updateExecution",
  "putCall",
  "recoverInterrupted",
  "createApproval",
  "decideApproval",
  "prune",
  "addScriptVersion",
  "approveScriptVersion",
  "removeScript",
  "putExecutionScripts",
  "putReference",
  "privacyToken",
  "setState",
  "putEmitted",
] as const;
const READS = [
  "getExecution",
  "listExecutions",
  "listCalls",
  "getApproval",
  "listApprovals",
  "listScriptVersions",
  "getExecutionScripts",
  "getReference",
  "privacyValue",
  "getState",
  "listEmitted",
  "subscribe",
  "publish",
  "listening",
] as const;

type Change = (typeof CHANGES)[number];
/**
 * Every method of the contract is a change or a read: a method added to `JournalStore` and not
 * to one of the lists fails to compile here instead of being missing from the page's store.
 */
type Unlisted = Exclude<
  keyof JournalStore,
  Change | (typeof READS)[number] | "description" | "exclusive" | "durable" | "close"
>;
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;
interface ChangeRecord {
  method: Change;
  args: unknown[];
}

const OBJECT_STORE = "changes";
/** A store method, called with the arguments it was given. */
type Method = (...args: unknown[]) => unknown;

/**
 * A durable journal in the page's IndexedDB, database `codemode-journal:NAME`: it survives a
 * reload, so an execution paused for approval can be approved after one. It holds the journal
 * in memory (the `MemoryJournalStore`, so both keep one behaviour and pass one contract suite)
 * and writes every change that succeeded, in order, before the change resolves; opening replays
 * them. A Web Lock makes it this page's alone while open: another tab that opens the same name
 * gets a `StoreError`.
 *
 * @example
 * const store = await openIndexedDbJournalStore("shop");
 */
export async function openIndexedDbJournalStore(name: string): Promise<JournalStore> {
  const release = await holdLock(name);
  try {
    const database = await openDatabase(`codemode-journal:${name}`);
    const memory = new MemoryJournalStore();
    for (const change of await readChanges(database))
      await (memory[change.method] as unknown as Method).apply(memory, change.args);
    return journalOver(memory, database, name, release);
  } catch (error) {
    release();
    throw error;
  }
}

function journalOver(
  memory: MemoryJournalStore,
  database: IDBDatabase,
  name: string,
  release: () => void,
): JournalStore {
  const writes = new ChangeWriter(database);
  const store: Record<string, unknown> = {
    description: `IndexedDB store ${name}`,
    exclusive: true,
    durable: true,
    close: async () => {
      await writes.settled();
      await memory.close();
      database.close();
      release();
    },
  };
  for (const method of READS)
    store[method] = (...args: unknown[]) =>
      (memory[method] as unknown as Method).apply(memory, args);
  for (const method of CHANGES)
    store[method] = async (...args: unknown[]) => {
      const result: unknown = await (memory[method] as unknown as Method).apply(memory, args);
      await writes.write({ method, args });
      return result;
    };
  return store as unknown as JournalStore;
}

/** Writes changes in the order they succeeded, those of one moment in one transaction. */
class ChangeWriter {
  private queue: { change: ChangeRecord; done(error?: unknown): void }[] = [];
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly database: IDBDatabase) {}

  write(change: ChangeRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ change, done: (error) => (error ? reject(error) : resolve()) });
      if (this.queue.length === 1) this.flushing = this.flushing.then(() => this.flush());
    });
  }

  settled(): Promise<void> {
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const transaction = this.database.transaction(OBJECT_STORE, "readwrite");
        const changes = transaction.objectStore(OBJECT_STORE);
        for (const { change } of batch) changes.add(change);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
      for (const entry of batch) entry.done();
    } catch (error) {
      const failure = new StoreError(
        `The IndexedDB journal could not be written (${String(error)}): the page may be out of storage; free some, or keep the journal in memory.`,
      );
      for (const entry of batch) entry.done(failure);
    }
  }
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(OBJECT_STORE, { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(
        new StoreError(
          `IndexedDB database ${name} could not be opened (${String(request.error)}): the page may forbid storage (a private window); keep the journal in memory instead.`,
        ),
      );
  });
}

function readChanges(database: IDBDatabase): Promise<ChangeRecord[]> {
  return new Promise((resolve, reject) => {
    const request = database
      .transaction(OBJECT_STORE, "readonly")
      .objectStore(OBJECT_STORE)
      .getAll();
    request.onsuccess = () => resolve(request.result as ChangeRecord[]);
    request.onerror = () => reject(request.error);
  });
}

/** Holds a Web Lock on the name until released; fails at once when another holder has it. */
function holdLock(name: string): Promise<() => void> {
  if (!navigator.locks) return Promise.resolve(() => undefined);
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(`codemode-journal:${name}`, { ifAvailable: true }, (lock) => {
        if (!lock) {
          reject(
            new StoreError(
              `The IndexedDB journal ${name} is open in another tab or runtime of this site: close it there, or give another name.`,
            ),
          );
          return undefined;
        }
        return new Promise<void>((released) => resolve(released));
      })
      .catch(reject);
  });
}
