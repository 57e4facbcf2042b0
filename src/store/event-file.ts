import {
  closeSync,
  type FSWatcher,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  statSync,
  watch,
  writeSync,
} from "node:fs";
import { threadId } from "node:worker_threads";
import { safeParseJson } from "../core/json.js";

/**
 * Notifications between processes sharing the embedded store: each is one line appended to
 * `events.log` in the store folder (appends of a line are atomic), read by the other processes
 * from where they last read, on a watch of the file and a slow poll in case the watch misses it.
 * Lines older than the last megabyte are dropped: a reader that fell that far behind resumes at
 * the start of the file. Writers append under the store's lease, so a truncation never races an
 * append.
 */

const MAX_BYTES = 1024 * 1024;
const POLL_MS = 500;
const ME = `${process.pid}.${threadId}`;

export function appendEvent(path: string, payload: string): void {
  const fd = openSync(path, "a");
  try {
    if (fstatSync(fd).size > MAX_BYTES) ftruncateSync(fd, 0);
    writeSync(fd, `${JSON.stringify({ from: ME, payload })}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Delivers the payloads other processes append to `path`, from now on. */
export function readEvents(path: string, onPayload: (payload: string) => void): () => void {
  closeSync(openSync(path, "a"));
  let offset = statSync(path).size;
  let partial = "";
  const read = () => {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return;
    }
    if (size < offset) {
      offset = 0;
      partial = "";
    }
    if (size === offset) return;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(path, "r");
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    offset = size;
    const lines = (partial + buffer.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const parsed = safeParseJson(line);
      const event = parsed.success ? (parsed.value as { from?: unknown; payload?: unknown }) : {};
      if (event.from !== ME && typeof event.payload === "string") onPayload(event.payload);
    }
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path, { persistent: false }, read);
    watcher.on("error", () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  const timer = setInterval(read, POLL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    watcher?.close();
  };
}
