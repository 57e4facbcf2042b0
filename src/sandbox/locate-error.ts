import type { ExecutionErrorInfo } from "../core/sandbox.js";

/** The file name the model's script has inside the sandbox. */
export const SCRIPT_FILENAME = "script.ts";
const FRAME = /script\.ts:(\d+)(?::(\d+))?/g;
const MAX_FRAMES = 10;

/**
 * Maps stack frames of the wrapped script back to the model's own lines: the wrapper adds
 * `lineOffset` lines before the first line of the script. Frames of the prelude are dropped.
 */
export function mapStack(stack: string, lineOffset: number): string {
  const frames = stack
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.includes("prelude.js"))
    .map((line) =>
      line.replace(FRAME, (_match, line: string, column?: string) => {
        const mapped = Math.max(1, Number(line) - lineOffset);
        return `${SCRIPT_FILENAME}:${mapped}${column ? `:${column}` : ""}`;
      }),
    );
  const kept = frames.slice(0, MAX_FRAMES);
  if (frames.length > MAX_FRAMES) kept.push(`    ... ${frames.length - MAX_FRAMES} more frames`);
  return kept.join("\n");
}

/** Adds `line`/`column` (of the model's script) from the first frame that points into it. */
export function locateError(info: ExecutionErrorInfo, lineOffset: number): ExecutionErrorInfo {
  if (!info.stack) return info;
  const stack = mapStack(info.stack, lineOffset);
  const located: ExecutionErrorInfo = { ...info, stack };
  const match = /script\.ts:(\d+)(?::(\d+))?/.exec(stack);
  if (match) {
    located.line = Number(match[1]);
    if (match[2]) located.column = Number(match[2]);
  }
  return located;
}
