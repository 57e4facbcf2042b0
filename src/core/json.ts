export type SafeParseResult<T> = { success: true; value: T } | { success: false; error: Error };

/** The one place untrusted JSON text is parsed: never throws. */
export function safeParseJson(text: string): SafeParseResult<unknown> {
  try {
    return { success: true, value: JSON.parse(text) };
  } catch (error) {
    return { success: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Whether `value` is a JSON object (not null, not an array): the one object guard. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses JSON text, throwing an error that says what was being parsed. */
export function parseJson(text: string, what = "JSON"): unknown {
  const result = safeParseJson(text);
  if (!result.success) throw new SyntaxError(`${what} is not valid JSON: ${result.error.message}`);
  return result.value;
}
