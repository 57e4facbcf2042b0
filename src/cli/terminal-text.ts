/**
 * Control characters a script could use to rewrite what a person sees in a terminal (cursor
 * moves, colours, clearing the screen, bidirectional overrides), shown as `\uXXXX` instead. New
 * lines and tabs stay. The escape is also valid inside JSON strings, so JSON output is unchanged
 * in meaning.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(
    CONTROL,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Writes to stdout what a person reads: control characters escaped. */
export function writeOut(text: string): void {
  process.stdout.write(printable(text));
}

/** Writes to stderr what a person reads: control characters escaped. */
export function writeErr(text: string): void {
  process.stderr.write(printable(text));
}
