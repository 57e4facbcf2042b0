import { toIdentifier } from "../core/identifier.js";

/**
 * Turns a pointer token, title or context into a PascalCase type name that is a safe identifier:
 * `full-repository` → `FullRepository`, `simple_user` → `SimpleUser`, `2fa` → `_2fa`.
 * Returns "" when there is nothing usable to build a name from.
 */
export function toTypeName(text: string | undefined): string {
  if (text === undefined) return "";
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  if (words.length === 0) return "";
  const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
  return toIdentifier(pascal);
}

/** Global type names the generated declarations refer to: a local type must not shadow them. */
export const RESERVED_TYPE_NAMES: readonly string[] = ["Promise"];
