import { TypeScriptChecker } from "./typecheck.js";
import {
  CHECKERS_PER_WORKER,
  type CheckRequest,
  type CheckResponse,
} from "./typecheck-protocol.js";

/**
 * A type-check worker's answers (a Node worker thread's or a page's): a warm checker per catalog
 * it was sent (the few most recently used), and a batch of scripts per request, checked in one
 * program.
 */
export function typeCheckAnswers(): (request: CheckRequest) => CheckResponse {
  const checkers = new Map<string, { checker: TypeScriptChecker; declarations: string }>();
  return (request) => {
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
  };
}
