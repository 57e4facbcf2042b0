/**
 * The lines of `code` that call one of `paths` (`namespace.name`). Calls are not journaled with
 * their source line, so a pending call is found by its text: every line containing
 * `namespace.name(`. A call split over lines or made through an alias is not found, and then
 * nothing is highlighted.
 */
export function linesCalling(code: string, paths: readonly string[]): Set<number> {
  const lines = new Set<number>();
  const patterns = paths.map(
    (path) => new RegExp(`(^|[^\\w$.])${path.replace(/[.$]/g, "\\$&")}\\s*\\(`),
  );
  code.split("\n").forEach((line, index) => {
    if (patterns.some((pattern) => pattern.test(line))) lines.add(index + 1);
  });
  return lines;
}
