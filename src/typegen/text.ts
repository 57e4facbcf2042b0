/** Indents every non-empty line of `text` by `prefix`. */
export function indent(text: string, prefix = "  "): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : prefix + line))
    .join("\n");
}

/** Shortens `text` to at most `max` characters, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Text safe inside a `/* … *\/` comment: a `*\/` in it cannot end the comment early. */
export function commentSafe(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}
