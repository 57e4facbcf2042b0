import type { ExecutionErrorInfo } from "../core/sandbox.js";

/** The file name the model's script has inside the sandbox. */
export const SCRIPT_FILENAME = "script.ts";
/** Saved scripts are `scripts/NAME.ts` inside the sandbox. */
export const SAVED_SCRIPTS_FOLDER = "scripts";
/** A frame in the script (`script.ts:3:5`) or in a saved script (`scripts/NAME.ts:3:5`). */
const FRAME = /(?<![\w$/.])(script\.ts|scripts\/[A-Za-z_$][\w$]*\.ts):(\d+)(?::(\d+))?/g;
const MAX_FRAMES = 10;

/**
 * Maps stack frames of the wrapped script (and of the saved scripts it calls, each wrapped the
 * same way) back to their own lines: the wrapper adds `lineOffset` lines before the first line.
 * Frames of the prelude are dropped.
 */
export function mapStack(stack: string, lineOffset: number): string {
  const frames = stack
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.includes("prelude.js"))
    .map((line) =>
      line.replace(FRAME, (_match, file: string, line: string, column?: string) => {
        const mapped = Math.max(1, Number(line) - lineOffset);
        return `${file}:${mapped}${column ? `:${column}` : ""}`;
      }),
    );
  const kept = frames.slice(0, MAX_FRAMES);
  if (frames.length > MAX_FRAMES) kept.push(`    ... ${frames.length - MAX_FRAMES} more frames`);
  return kept.join("\n");
}

/**
 * Adds `line`/`column` from the first frame that points into the model's script or a saved
 * script it called (then `script` names that saved script).
 */
export function locateError(info: ExecutionErrorInfo, lineOffset: number): ExecutionErrorInfo {
  if (!info.stack) return info;
  const stack = mapStack(info.stack, lineOffset);
  const located: ExecutionErrorInfo = { ...info, stack };
  FRAME.lastIndex = 0;
  const match = FRAME.exec(stack);
  FRAME.lastIndex = 0;
  if (match) {
    located.line = Number(match[2]);
    if (match[3]) located.column = Number(match[3]);
    const file = match[1] as string;
    if (file !== SCRIPT_FILENAME)
      located.script = file.slice(SAVED_SCRIPTS_FOLDER.length + 1, -".ts".length);
  }
  return located;
}
