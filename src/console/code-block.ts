import { h, uniqueId } from "./dom.js";

/**
 * Code with line numbers (drawn by CSS, so they are neither copied nor read out), the given lines
 * marked. The caption says which lines are marked, for those who do not see the colour.
 */
export function codeBlock(
  code: string,
  options: { label: string; highlight?: ReadonlySet<number>; highlightLabel?: string },
): HTMLElement {
  const highlight = options.highlight ?? new Set<number>();
  const captionId = uniqueId("code");
  const marked = [...highlight].sort((a, b) => a - b);
  const lines = code.replace(/\n$/, "").split("\n");
  return h(
    "figure",
    { class: "code" },
    h(
      "figcaption",
      { id: captionId },
      options.label,
      marked.length > 0
        ? h(
            "span",
            { class: "code-note" },
            ` (${options.highlightLabel ?? "highlighted"}: line${marked.length > 1 ? "s" : ""} ${marked.join(", ")})`,
          )
        : null,
    ),
    h(
      "pre",
      { tabindex: 0, "aria-labelledby": captionId },
      h(
        "code",
        null,
        lines.map((line, index) =>
          highlight.has(index + 1)
            ? h("mark", { class: "line", "data-line": index + 1 }, line || " ", "\n")
            : h("span", { class: "line", "data-line": index + 1 }, line || " ", "\n"),
        ),
      ),
    ),
  );
}
