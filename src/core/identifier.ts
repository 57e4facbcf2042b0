const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with yield let static implements interface package private protected public " +
    "await arguments eval undefined NaN Infinity globalThis"
  ).split(" "),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written bare as a JavaScript identifier or property key. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name);
}

/**
 * Turns any name into a safe identifier: `list-issues` → `list_issues`, `2fa` → `_2fa`,
 * `delete` → `delete_`. Different inputs can map to the same output: use {@link uniqueIdentifiers}
 * when several names share a scope.
 */
export function toIdentifier(name: string): string {
  let safe = name.replace(/[^A-Za-z0-9_$]+/g, "_");
  if (safe === "" || safe === "_") safe = "_unnamed";
  if (/^[0-9]/.test(safe)) safe = `_${safe}`;
  if (RESERVED.has(safe)) safe = `${safe}_`;
  return safe;
}

/**
 * Maps each name to a safe identifier, unique within the list. Collisions are resolved
 * deterministically: names are processed in sorted order and later ones get `_2`, `_3`, …,
 * so the result does not depend on the order the source listed them in.
 */
export function uniqueIdentifiers(names: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  // Names that are already identifiers keep their spelling: claim them first.
  const sorted = [...new Set(names)].sort(
    (a, b) => Number(!isIdentifier(a)) - Number(!isIdentifier(b)) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const name of sorted) {
    const base = toIdentifier(name);
    let candidate = base;
    for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${base}_${suffix}`;
    taken.add(candidate);
    result.set(name, candidate);
  }
  return result;
}
