import type { Draw } from "../core/journal.js";
import { isObject } from "../core/json.js";
import type { ExecutionErrorInfo } from "../core/sandbox.js";

/** Checks for the JSON kept in journal columns, used when rows are read back. */

export function isErrorInfo(value: unknown): value is ExecutionErrorInfo {
  return (
    isObject(value) &&
    typeof value.name === "string" &&
    typeof value.message === "string" &&
    (value.code === undefined || typeof value.code === "string") &&
    (value.line === undefined || typeof value.line === "number") &&
    (value.column === undefined || typeof value.column === "number") &&
    (value.stack === undefined || typeof value.stack === "string") &&
    (value.details === undefined || isObject(value.details))
  );
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isDraw(value: unknown): value is Draw {
  return (
    isObject(value) &&
    (value.kind === "now" || value.kind === "random" || value.kind === "uuid") &&
    (typeof value.value === "number" || typeof value.value === "string")
  );
}

export function isDrawArray(value: unknown): value is Draw[] {
  return Array.isArray(value) && value.every(isDraw);
}

export function isCompensation(value: unknown): value is { at: number; detail: string } {
  return isObject(value) && typeof value.at === "number" && typeof value.detail === "string";
}
