/** How tightly a rendered type binds, so combinators know when to add parentheses. */
export type Precedence = "union" | "intersection" | "primary";

/** A rendered TypeScript type. */
export interface TypeText {
  text: string;
  precedence: Precedence;
  /** The members of a union, so nested unions flatten and deduplicate. */
  members?: readonly TypeText[];
}

export function primary(text: string): TypeText {
  return { text, precedence: "primary" };
}

export const ANY = primary("any");
export const NEVER = primary("never");
export const NULL = primary("null");
export const UNDEFINED = primary("undefined");

/** `A | B`, deduplicated; `any` absorbs the rest, `never` disappears. */
export function unionOf(parts: readonly TypeText[]): TypeText {
  const flat = parts.flatMap((part) => part.members ?? [part]);
  if (flat.some((part) => part.text === "any")) return ANY;
  const unique = dedupe(flat.filter((part) => part.text !== "never"));
  if (unique.length === 0) return NEVER;
  if (unique.length === 1) return unique[0] as TypeText;
  return {
    text: unique.map((part) => part.text).join(" | "),
    precedence: "union",
    members: unique,
  };
}

/** `A & B`, deduplicated; `any` parts are dropped (they add nothing), `never` absorbs the rest. */
export function intersectionOf(parts: readonly TypeText[]): TypeText {
  if (parts.some((part) => part.text === "never")) return NEVER;
  const unique = dedupe(parts.filter((part) => part.text !== "any"));
  if (unique.length === 0) return ANY;
  if (unique.length === 1) return unique[0] as TypeText;
  const text = unique
    .map((part) => (part.precedence === "union" ? `(${part.text})` : part.text))
    .join(" & ");
  return { text, precedence: "intersection" };
}

/** `T[]`, parenthesizing `T` when needed. */
export function arrayOf(item: TypeText): TypeText {
  return primary(`${wrap(item)}[]`);
}

/** A tuple element that may be missing: `T?`. */
export function optionalElement(item: TypeText): string {
  return `${wrap(item)}?`;
}

function wrap(type: TypeText): string {
  return type.precedence === "primary" ? type.text : `(${type.text})`;
}

function dedupe(parts: readonly TypeText[]): TypeText[] {
  const seen = new Set<string>();
  return parts.filter((part) => !seen.has(part.text) && seen.add(part.text));
}
