import type { ScriptLocation } from "./errors.js";

export interface ScriptDiagnostic extends ScriptLocation {
  message: string;
}

/**
 * Turns the model's TypeScript into JavaScript the sandbox runs. Types are stripped, never
 * trusted; line numbers are kept so runtime errors point at the model's own lines.
 * Throws `ScriptCompileError` ("syntax_error") with line and column.
 */
export interface ScriptTranspiler {
  transpile(source: string): string;
}

/**
 * Checks a script against the catalog's declarations before it runs. Returns the diagnostics that
 * would make the run fail (an unknown operation, a wrong argument); none means go.
 */
export interface ScriptChecker {
  check(source: string, declarations: string): Promise<readonly ScriptDiagnostic[]>;
}

/**
 * A check of the application's own that every script passes before anything of it runs (and
 * again on each resume). Return nothing (or `true`) to let it run; return `false` or a reason,
 * or throw, to refuse it: fail-closed, the script never runs.
 *
 * @example
 * const noLoops: ScriptValidator = {
 *   name: "no-delete-loops",
 *   validate: (code) => (/for\s*\(.*\)\s*\{[^}]*delete/s.test(code) ? "deletes in a loop" : undefined),
 * };
 */
export interface ScriptValidator {
  /** Recorded on the execution: a resume refuses to run without every validator it passed. */
  name: string;
  validate(
    code: string,
    declarations: string,
  ): boolean | string | undefined | Promise<boolean | string | undefined>;
}
