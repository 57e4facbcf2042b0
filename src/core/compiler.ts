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
