const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

/**
 * Descriptions as plain text for the model: API documents often carry HTML (`<p>Create a
 * refund.</p>`), which costs tokens and reads badly in declarations and search hits. Paragraphs
 * and line breaks become new lines, list items `- `, `<code>` backticks, links their text;
 * other tags are dropped and entities decoded. Text without tags is returned as it is.
 *
 * @example
 * plainText("<p>Create a <code>refund</code>.</p>"); // "Create a `refund`."
 */
export function plainText(text: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(text)) return text.includes("&") ? decodeEntities(text) : text;
  const converted = text
    .replace(/<\s*br\s*\/?>/gi, "\n")
    .replace(/<\s*\/\s*(p|div|h[1-6]|ul|ol|table|tr)\s*>/gi, "\n\n")
    .replace(/<\s*li[^>]*>/gi, "\n- ")
    .replace(/<\s*\/?\s*code[^>]*>/gi, "`")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(converted)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith("#")) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : undefined;
}
