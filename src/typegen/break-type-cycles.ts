/**
 * Finds the references to cut so that no named type refers to itself without an object or array
 * in between (`type A = B | null; type B = A | string` does not compile). `edges` maps each type
 * to the types it references from a non-deferred position; the result maps a type to the names it
 * must render as `unknown` there. Deterministic: names are visited in sorted order.
 */
export function findCycleBreaks(
  edges: ReadonlyMap<string, readonly string[]>,
): Map<string, Set<string>> {
  const breaks = new Map<string, Set<string>>();
  const state = new Map<string, "open" | "done">();
  const visit = (name: string): void => {
    state.set(name, "open");
    for (const target of [...(edges.get(name) ?? [])].sort()) {
      const seen = state.get(target);
      if (seen === "open") {
        const cut = breaks.get(name) ?? new Set<string>();
        cut.add(target);
        breaks.set(name, cut);
      } else if (seen === undefined) {
        visit(target);
      }
    }
    state.set(name, "done");
  };
  for (const name of [...edges.keys()].sort()) if (!state.has(name)) visit(name);
  return breaks;
}
