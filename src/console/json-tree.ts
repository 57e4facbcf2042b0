import { type Child, h } from "./dom.js";

/**
 * A JSON value, pretty and collapsible: objects and arrays are `<details>` (open to `openDepth`),
 * strings quoted, every value coloured by kind.
 *
 * @example
 * jsonTree({ order: "a", cents: 1250 }); // {·2 keys·}  order: "a"  cents: 1250
 */
export function jsonTree(value: unknown, options: { openDepth?: number } = {}): HTMLElement {
  return h("div", { class: "json" }, node(value, 0, options.openDepth ?? 2));
}

function node(value: unknown, depth: number, openDepth: number): Child {
  if (value === null) return h("span", { class: "json-null" }, "null");
  if (value === undefined) return h("span", { class: "json-null" }, "undefined");
  if (typeof value === "string") return h("span", { class: "json-string" }, JSON.stringify(value));
  if (typeof value === "number" || typeof value === "bigint")
    return h("span", { class: "json-number" }, String(value));
  if (typeof value === "boolean") return h("span", { class: "json-boolean" }, String(value));
  if (typeof value !== "object") return h("span", null, String(value));

  const isArray = Array.isArray(value);
  const entries: [string, unknown][] = isArray
    ? (value as unknown[]).map((item, index) => [String(index), item])
    : Object.entries(value as Record<string, unknown>);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return h("span", { class: "json-punctuation" }, `${open}${close}`);
  const size = isArray
    ? `${entries.length} item${entries.length === 1 ? "" : "s"}`
    : `${entries.length} key${entries.length === 1 ? "" : "s"}`;
  return h(
    "details",
    { class: "json-node", open: depth < openDepth },
    h(
      "summary",
      null,
      h("span", { class: "json-punctuation" }, open),
      h("span", { class: "json-size" }, ` ${size} `),
      h("span", { class: "json-punctuation" }, close),
    ),
    h(
      "ul",
      null,
      entries.map(([key, item]) =>
        h(
          "li",
          null,
          isArray ? null : h("span", { class: "json-key" }, JSON.stringify(key)),
          isArray ? null : h("span", { class: "json-punctuation" }, ": "),
          node(item, depth + 1, openDepth),
        ),
      ),
    ),
  );
}
