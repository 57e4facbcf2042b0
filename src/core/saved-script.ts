import { CodemodeError } from "./errors.js";
import { isIdentifier } from "./identifier.js";
import type { JsonSchema } from "./operation.js";

/**
 * Saved scripts: code that worked, kept under a name as a typed function every later script can
 * call (`await scripts.NAME(input)`). Each save adds a version; the newest approved one is called.
 */

/** `draft`: saved by the model, waiting for a person; `approved`: callable. */
export type ScriptVersionStatus = "draft" | "approved";

/** One version of a saved script, as the store keeps it. */
export interface ScriptVersion {
  /** An identifier: the script is `scripts.NAME`. */
  name: string;
  /** 1, 2, … per name. */
  version: number;
  description: string;
  /** TypeScript that reads its argument from the global `input` and returns a value. */
  code: string;
  /** JSON Schema of `input` (`{}`: anything). */
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  status: ScriptVersionStatus;
  createdAt: number;
  /** Who saved it: "cli", "console", "model", an application's user. */
  createdBy?: string;
  /** The execution whose code a model's draft is. */
  executionId?: string;
  approvedAt?: number;
  approvedBy?: string;
}

/** What a model asks for with `execute(..., { saveAs })`: its code saved once the run completes. */
export interface SaveAs {
  name: string;
  description: string;
  input?: JsonSchema;
}

/**
 * What one execution needs to run again the same way on resume: the saved scripts it calls at
 * the versions it started with, its `input`, and its `saveAs`.
 */
export interface ExecutionScripts {
  /** name → version. */
  pins: Record<string, number>;
  input?: unknown;
  saveAs?: SaveAs;
}

/**
 * Where saved scripts live: in the journal's store, so every process sharing it sees them. Each
 * journal store implements it; the contract suite covers it.
 */
export interface ScriptStore {
  /**
   * Adds the next version of `name` (1 when it is new) and returns it. Two processes saving the
   * same name at once get different versions, or one fails with a conflict.
   */
  addScriptVersion(version: Omit<ScriptVersion, "version">): Promise<ScriptVersion>;
  /** Every version of `name` (or of every script), by name then version. */
  listScriptVersions(name?: string): Promise<ScriptVersion[]>;
  /** Approves a draft: written only while it is a draft. Returns it approved, or undefined. */
  approveScriptVersion(
    name: string,
    version: number,
    decision: { approvedAt: number; approvedBy?: string },
  ): Promise<ScriptVersion | undefined>;
  /** Deletes every version of `name`; returns how many. */
  removeScript(name: string): Promise<number>;
  /** Records what an execution runs with (once, when it starts). */
  putExecutionScripts(executionId: string, scripts: ExecutionScripts): Promise<void>;
  getExecutionScripts(executionId: string): Promise<ExecutionScripts | undefined>;
}

/** A saved script refused: a bad name, schema or code, or a name nobody saved. */
export class ScriptSaveError extends CodemodeError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("script_invalid", message, details ? { details } : undefined);
  }
}

/** Throws unless `name` can be `scripts.NAME`. */
export function assertScriptName(name: unknown): asserts name is string {
  if (typeof name !== "string" || !isIdentifier(name) || name.startsWith("__"))
    throw new ScriptSaveError(
      `${JSON.stringify(name)} cannot name a saved script: use an identifier (letters, digits, _ and $, not starting with a digit or __, not a reserved word), such as "weeklyReport".`,
    );
}

const CALLED =
  /\bscripts\s*\.\s*([A-Za-z_$][\w$]*)|\bscripts\s*\[\s*["'`]([A-Za-z_$][\w$]*)["'`]\s*\]/g;

/** The saved scripts `code` names (`scripts.NAME`), in order of first mention. */
export function calledScripts(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(CALLED)) names.add((match[1] ?? match[2]) as string);
  return [...names];
}

/**
 * Every saved script `code` reaches, directly or through other saved scripts, from `scripts`
 * (name → version). Throws naming the cycle when saved scripts call each other round.
 */
export function reachableScripts(
  code: string,
  scripts: ReadonlyMap<string, ScriptVersion>,
): ScriptVersion[] {
  const reached = new Map<string, ScriptVersion>();
  const done = new Set<string>();
  const visit = (name: string, path: readonly string[]): void => {
    const script = scripts.get(name);
    if (!script) return;
    if (path.includes(name)) {
      const cycle = [...path.slice(path.indexOf(name)), name].join(" → ");
      throw new ScriptSaveError(
        `Saved scripts call each other in a cycle (${cycle}): change one of them so the calls end.`,
        { cycle: [...path.slice(path.indexOf(name)), name] },
      );
    }
    if (done.has(name)) return;
    reached.set(name, script);
    for (const next of calledScripts(script.code)) visit(next, [...path, name]);
    done.add(name);
  };
  for (const name of calledScripts(code)) visit(name, []);
  return [...reached.values()];
}

/** The newest approved version of each script. */
export function latestApproved(versions: readonly ScriptVersion[]): Map<string, ScriptVersion> {
  const latest = new Map<string, ScriptVersion>();
  for (const version of versions) {
    if (version.status !== "approved") continue;
    const current = latest.get(version.name);
    if (!current || current.version < version.version) latest.set(version.name, version);
  }
  return latest;
}
