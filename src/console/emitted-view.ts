import type { EmittedContent } from "../core/run-data.js";
import { h } from "./dom.js";

/**
 * What an execution emitted for the user, as the user saw it: text, images, files to download.
 * Images and files are read from the API (same origin, under its sandboxing policy), not from
 * data URLs, which the console's own policy refuses.
 */
export function emittedView(executionId: string, emitted: readonly EmittedContent[]): HTMLElement {
  const source = (index: number) =>
    `/api/executions/${encodeURIComponent(executionId)}/emitted/${index}`;
  return h(
    "section",
    { class: "block", "aria-labelledby": "emitted-heading" },
    h("h2", { id: "emitted-heading" }, "For the user"),
    h(
      "ul",
      { class: "emitted" },
      emitted.map((content, index) =>
        h(
          "li",
          null,
          content.type === "text"
            ? h("p", null, content.text)
            : content.type === "image"
              ? h("img", {
                  src: source(index),
                  alt: content.name ?? `Image ${index + 1} (${content.mimeType})`,
                })
              : h(
                  "a",
                  { href: source(index), download: content.name },
                  `${content.name} (${content.mimeType})`,
                ),
        ),
      ),
    ),
  );
}
