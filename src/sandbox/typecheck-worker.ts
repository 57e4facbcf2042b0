import { parentPort } from "node:worker_threads";
import { TypeScriptChecker } from "./typecheck.js";
import {
  CHECKERS_PER_WORKER,
  type CheckRequest,
  type CheckResponse,
} from "./typecheck-protocol.js";

// One thread of the type-check pool: a warm checker per catalog it was sent (the few most
// recently used), and a batch of scripts per message, checked in one program.
const port = parentPort;
if (!port) throw new Error("typecheck-worker.js runs as a worker thread.");
const checkers = new Map<string, { checker: TypeScriptChecker; declarations: string }>();

port.on("message", (request: CheckRequest) => {
  port.postMessage(answer(request));
});

function answer(request: CheckRequest): CheckResponse {
  let entry = checkers.get(request.declarationsKey);
  if (request.declarations !== undefined) {
    entry = {
      checker: entry?.checker ?? new TypeScriptChecker(),
      declarations: request.declarations,
    };
  }
  if (!entry) return { id: request.id, missing: true };
  // Most recently used last; the oldest goes when there are too many.
  checkers.delete(request.declarationsKey);
  checkers.set(request.declarationsKey, entry);
  while (checkers.size > CHECKERS_PER_WORKER)
    checkers.delete(checkers.keys().next().value as string);
  try {
    return {
      id: request.id,
      diagnostics: entry.checker.checkMany(request.sources, entry.declarations),
    };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
