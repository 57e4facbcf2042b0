import type { QuickJSContext, QuickJSHandle } from "quickjs-emscripten-core";
import { type LimitError, ToolError } from "../../core/errors.js";
import { toJson } from "../../core/json.js";
import { type HostEnding, limitErrorInfo } from "../../core/run-ending.js";
import type { ExecutionErrorInfo } from "../../core/sandbox.js";

const MB = 1024 * 1024;

/** What a run ends with when V8's own stack overflows under deep WebAssembly recursion. */
export const STACK_OVERFLOW = {
  name: "InternalError",
  message:
    "stack overflow: the script nests or recurses too deeply for the sandbox (deep recursion, or a value nested thousands of levels deep). Flatten it.",
};

/** A limit as the ending it imposes on a run. */
export function limitEnding(error: LimitError): HostEnding {
  return { status: "limit", error: limitErrorInfo(error) };
}

/**
 * Copies a host value into JSON text for the guest; a value that is not JSON, or too large for
 * the guest's memory (a quarter of `memoryMb`), is refused with a ToolError the script may catch.
 */
export function resultText(result: unknown, path: string, memoryMb: number): string | undefined {
  if (result === undefined) return undefined;
  let text: string | undefined;
  try {
    text = toJson(result);
  } catch (error) {
    throw new ToolError(
      `${path} returned a value that is not JSON (${(error as Error).message}).`,
      { code: "result_not_json" },
    );
  }
  if (text === undefined) return undefined;
  if (text.length > (memoryMb * MB) / 4) {
    throw new ToolError(
      `${path} returned ${(text.length / MB).toFixed(1)} MB, more than the sandbox can hold (limits.memoryMb = ${memoryMb}). Ask for less (filters, pagination), or raise limits.memoryMb.`,
      { code: "result_too_large" },
    );
  }
  return text;
}

/** A guest exception as plain data (its handle is disposed): name, message and stack. */
export function dumpError(context: QuickJSContext, errorHandle: QuickJSHandle): ExecutionErrorInfo {
  let dumped: unknown;
  try {
    dumped = context.dump(errorHandle);
  } catch {
    dumped = undefined;
  }
  errorHandle.dispose();
  if (dumped && typeof dumped === "object") {
    const { name, message, stack } = dumped as Record<string, unknown>;
    return {
      name: typeof name === "string" ? name : "Error",
      message: typeof message === "string" ? message : String(message),
      ...(typeof stack === "string" ? { stack } : {}),
    };
  }
  return { name: "Error", message: `Uncaught ${String(dumped)}` };
}

/** Whether the guest's error means its memory ran out (`code`: the script it ran). */
export function isOutOfMemory(info: ExecutionErrorInfo, code: string): boolean {
  return (
    (info.name === "InternalError" && /out of memory/i.test(info.message)) ||
    // Out of memory while building its error object, QuickJS throws null. By then the memory
    // is freed again, so it cannot be measured: a null that the script does not throw itself
    // is taken for exhaustion.
    (info.message === "Uncaught null" && !/\bthrow\s+null\b/.test(code))
  );
}
