import { h, replaceChildren } from "./dom.js";
import type { LiveState } from "./live-events.js";
import type { Route } from "./routes.js";

const LIVE_LABELS: Record<LiveState, string> = {
  connecting: "Connecting…",
  live: "Live",
  offline: "Offline",
};

/** The frame around every page: the header with the navigation, the live indicator and logout. */
export interface Shell {
  /** `who`: the person logged in with a named token, shown beside logout. */
  show(options: { tokenRequired: boolean; who?: string; onLogout(): void }): void;
  hide(): void;
  setLive(state: LiveState): void;
  setPendingCount(count: number): void;
  setCurrent(route: Route): void;
  announce(message: string): void;
}

export function createShell(header: HTMLElement, announcer: HTMLElement): Shell {
  const count = h("span", { class: "count", hidden: true });
  const links = {
    approvals: h("a", { class: "nav-link", href: "#/approvals" }, "Approvals", count),
    executions: h("a", { class: "nav-link", href: "#/executions" }, "Executions"),
    catalog: h("a", { class: "nav-link", href: "#/catalog" }, "Catalog"),
    scripts: h("a", { class: "nav-link", href: "#/scripts" }, "Scripts"),
  };
  const liveLabel = h("span", { class: "live-label" }, LIVE_LABELS.connecting);
  const live = h(
    "span",
    {
      class: "live",
      "data-state": "connecting",
      role: "status",
      title: "Updates from the journal",
    },
    h("span", { class: "live-dot", "aria-hidden": "true" }),
    h("span", { class: "visually-hidden" }, "Updates: "),
    liveLabel,
  );
  const logout = h("button", { type: "button", class: "button small" }, "Log out");
  let onLogout = () => {};
  logout.addEventListener("click", () => onLogout());

  return {
    show(options) {
      onLogout = options.onLogout;
      logout.hidden = !options.tokenRequired;
      replaceChildren(
        header,
        h(
          "a",
          { class: "brand", href: "#/approvals" },
          "codemode",
          h("span", { class: "brand-sub" }, " console"),
        ),
        h(
          "nav",
          { "aria-label": "Main" },
          h(
            "ul",
            { class: "nav-list" },
            Object.values(links).map((link) => h("li", null, link)),
          ),
        ),
        h(
          "div",
          { class: "session" },
          live,
          options.who
            ? h(
                "span",
                { class: "who", title: "Decisions are recorded under this name" },
                options.who,
              )
            : null,
          logout,
        ),
      );
      header.hidden = false;
    },
    hide() {
      header.hidden = true;
      header.replaceChildren();
    },
    setLive(state) {
      live.dataset.state = state;
      liveLabel.textContent = LIVE_LABELS[state];
    },
    setPendingCount(pending) {
      count.hidden = pending === 0;
      replaceChildren(count, String(pending), h("span", { class: "visually-hidden" }, " pending"));
    },
    setCurrent(route) {
      const current = route.name === "execution" ? "executions" : route.name;
      for (const [name, link] of Object.entries(links)) {
        if (name === current) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
      }
    },
    announce(message) {
      // One paragraph per message: a polite live region reads each addition once.
      const line = h("p", null, message);
      announcer.append(line);
      setTimeout(() => line.remove(), 20_000);
    },
  };
}
