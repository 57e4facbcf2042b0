import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type Operation, operationPath } from "../core/operation.js";

/**
 * A search hit's signature, rendered once per catalog and kept in a file beside the built index:
 * rendering walks the operation's schemas (a few milliseconds for a Stripe operation), and a fresh
 * process's first search shows ten of them. Only operations with a `sourceDigest` are kept: the
 * file's name carries the catalog's key, which covers their schemas through that digest (an MCP
 * tool's schemas are not in the key, so its signature is rendered in each process). The file is
 * read on the first signature asked for, and what a search rendered is written when it returns.
 *
 * @example
 * const signature = cachedSignatures(join(folder, `signatures-${key}.json`), renderSignature);
 */
export function cachedSignatures(
  file: string,
  render: (operation: Operation) => string,
): (operation: Operation) => string {
  let known: Record<string, string> | undefined;
  let pending = false;
  return (operation) => {
    if (operation.sourceDigest === undefined) return render(operation);
    known ??= readSignatures(file);
    const path = operationPath(operation);
    const found = Object.hasOwn(known, path) ? known[path] : undefined;
    if (found !== undefined) return found;
    const signature = render(operation);
    known[path] = signature;
    if (!pending) {
      pending = true;
      // Once for all the hits of one search, before its caller goes on.
      queueMicrotask(() => {
        pending = false;
        // Another process may have added its own since this one read the file.
        writeSignatures(file, { ...readSignatures(file), ...known });
      });
    }
    return signature;
  };
}

function readSignatures(file: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

/** Best effort: a read-only disk only costs rendering them again in the next process. */
function writeSignatures(file: string, signatures: Record<string, string>): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(signatures));
    renameSync(temporary, file);
  } catch {
    // Nothing to do: the signatures are kept in memory for this process.
  }
}
