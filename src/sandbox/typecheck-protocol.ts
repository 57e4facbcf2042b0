import type { ScriptDiagnostic } from "../core/compiler.js";

/** Catalogs' declarations a worker keeps checkers for, the least recently used dropped first. */
export const CHECKERS_PER_WORKER = 4;

/**
 * A batch of scripts for one type-check worker, against the declarations of that key; their
 * text is sent only when the worker does not hold them.
 */
export interface CheckRequest {
  id: number;
  declarationsKey: string;
  declarations?: string;
  sources: string[];
}

/** The diagnostics of each script of the batch, in order, or why the batch could not be checked. */
export type CheckResponse =
  | { id: number; diagnostics: (readonly ScriptDiagnostic[])[] }
  | { id: number; error: string }
  /** The worker no longer holds these declarations: send the batch again with them. */
  | { id: number; missing: true };
