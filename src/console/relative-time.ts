import { h } from "./dom.js";
import { dateTime, relativeTime } from "./format.js";

/** `<time>` showing "3 min ago" (the exact moment in its title), kept current by {@link startClock}. */
export function timeAgo(at: number): HTMLTimeElement {
  return h(
    "time",
    { datetime: new Date(at).toISOString(), title: dateTime(at), "data-at": at },
    relativeTime(at),
  );
}

/** Refreshes every relative time on the page every 15 s. */
export function startClock(): void {
  setInterval(() => {
    const now = Date.now();
    for (const element of document.querySelectorAll<HTMLTimeElement>("time[data-at]")) {
      const text = relativeTime(Number(element.dataset.at), now);
      if (element.textContent !== text) element.textContent = text;
    }
  }, 15_000);
}
