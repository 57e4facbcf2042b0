import { isCodemodeError } from "./errors.js";
import { safeParseJson } from "./json.js";
import type { ExecutionErrorInfo } from "./sandbox.js";

/**
 * What a script may learn of a host error: its name, message, code and a JSON copy of its
 * details; never the host stack or the error object itself. Never throws.
 */
export function errorInfo(error: unknown): ExecutionErrorInfo {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const info: ExecutionErrorInfo = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") info.code = code;
  if (isCodemodeError(error) && error.details) {
    let json: string | undefined;
    try {
      json = JSON.stringify(error.details);
    } catch {
      json = undefined;
    }
    const details = json === undefined ? undefined : safeParseJson(json);
    if (details?.success && details.value && typeof details.value === "object") {
      info.details = details.value as Record<string, unknown>;
    }
  }
  return info;
}
