/**
 * JSON text with object keys sorted at every depth: two argument objects that differ only in key
 * order give the same text. It is part of a call's identity in the journal, so it keeps every
 * key: the sorted copies have no prototype, where a `__proto__` key is data like any other.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, sortKeys);
}

function sortKeys(_key: string, inner: unknown): unknown {
  if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
  const keys = Object.keys(inner);
  // Most arguments are small objects whose keys are in order already: no copy then.
  if (inOrder(keys)) return inner;
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of keys.sort()) sorted[key] = (inner as Record<string, unknown>)[key];
  return sorted;
}

/** Whether the keys are in the order `Array.prototype.sort` would give them. */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++)
    if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}
