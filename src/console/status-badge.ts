import { h } from "./dom.js";

/** A status as a word in a coloured badge: the word carries the meaning, the colour repeats it. */
export function statusBadge(status: string): HTMLElement {
  return h("span", { class: `badge badge-${status}` }, status.replace(/_/g, " "));
}
