/** What a result is replaced with when its JSON is longer than the output limit: still valid JSON. */
export interface TruncatedResult {
  truncated: true;
  notice: string;
  /** The start of the result's JSON text. */
  preview: string;
}

/** Parses a sandbox result, capping it at `maxChars` of JSON with a visible notice. */
export function capResult(
  resultJson: string | undefined,
  maxChars: number,
  parse: (text: string) => unknown,
): unknown {
  if (resultJson === undefined) return undefined;
  if (resultJson.length <= maxChars) return parse(resultJson);
  const truncated: TruncatedResult = {
    truncated: true,
    notice: `The result was ${resultJson.length} characters of JSON, more than limits.maxOutputChars (${maxChars}), and was cut. Return only what you need (pick fields, slice arrays), or raise the limit.`,
    preview: resultJson.slice(0, maxChars),
  };
  return truncated;
}

/**
 * Collects console output up to a number of characters. Past it, a notice is added and `push`
 * reports the overflow so the run can be ended. With `keepChars` above `maxChars`, lines past
 * the cut are still kept (in `whole`, up to `keepChars`) for a reference to the whole output.
 */
export class OutputBuffer {
  readonly lines: string[] = [];
  /** Every line, once the output went past `maxChars` and is kept whole. */
  whole: string[] | undefined;
  private used = 0;
  private overflowed = false;

  constructor(
    private readonly maxChars: number,
    private readonly keepChars = 0,
    private readonly onLine?: (line: string) => void,
  ) {}

  /** Returns false when the line did not fit. */
  push(line: string): boolean {
    if (this.overflowed) return false;
    const room = this.maxChars - this.used;
    if (line.length + 1 <= room) {
      this.lines.push(line);
      this.used += line.length + 1;
      this.onLine?.(line);
      return true;
    }
    if (this.used + line.length + 1 <= this.keepChars) {
      this.whole ??= [...this.lines];
      this.whole.push(line);
      this.used += line.length + 1;
      this.onLine?.(line);
      return true;
    }
    if (this.whole) {
      // Past the size a reference may hold: cut as without one.
      this.whole = undefined;
    } else if (room > 0) this.lines.push(line.slice(0, room));
    this.lines.push(`… output truncated at ${this.maxChars} characters (limits.maxOutputChars)`);
    this.overflowed = true;
    return false;
  }
}
