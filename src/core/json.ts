export type SafeParseResult<T> = { success: true; value: T } | { success: false; error: Error };

/** The one place untrusted JSON text is parsed: never throws. */
export function safeParseJson(text: string): SafeParseResult<unknown> {
  try {
    return { success: true, value: JSON.parse(text) };
  } catch (error) {
    return { success: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Parses JSON text, throwing an error that says what was being parsed. */
export function parseJson(text: string, what = "JSON"): unknown {
  const result = safeParseJson(text);
  if (!result.success) throw new SyntaxError(`${what} is not valid JSON: ${result.error.message}`);
  return result.value;
}
