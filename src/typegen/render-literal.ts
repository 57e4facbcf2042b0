import { isIdentifier } from "../core/identifier.js";
import { ANY, primary, type TypeText } from "./type-text.js";

/** A property key as TypeScript needs it: bare when an identifier, else a string literal. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * The literal type of a JSON value, for `const` and `enum`: `"a\"b"`, `-1`, `true`, `null`,
 * `{ kind: "x" }`, `[1, 2]`.
 */
export function literalType(value: unknown): TypeText {
  if (value === null) return primary("null");
  switch (typeof value) {
    case "string":
      return primary(JSON.stringify(value));
    case "boolean":
      return primary(String(value));
    case "number":
      if (!Number.isFinite(value)) return primary("number");
      // `-1[]` would not parse as an array of -1: mark it for parentheses.
      return value < 0
        ? { text: String(value), precedence: "intersection" }
        : primary(String(value));
    case "object": {
      if (Array.isArray(value)) {
        return primary(`[${value.map((item) => literalType(item).text).join(", ")}]`);
      }
      const members = Object.entries(value as object).map(
        ([key, item]) => `${propertyKey(key)}: ${literalType(item).text}`,
      );
      return primary(members.length === 0 ? "{}" : `{ ${members.join("; ")} }`);
    }
    default:
      return ANY;
  }
}

/** The widest type of a JSON value (`"a"` → `string`), for what a size cap cut from an enum. */
export function widenedType(value: unknown): TypeText {
  if (value === null) return primary("null");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return primary(typeof value);
  }
  return ANY;
}
