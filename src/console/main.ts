import { api, errorMessage, onUnauthorized, type SessionState } from "./api.js";
import { approvalsView } from "./approvals-view.js";
import { catalogView } from "./catalog-view.js";
import { h, replaceChildren } from "./dom.js";
import { executionView } from "./execution-view.js";
import { executionsView } from "./executions-view.js";
import { connectLiveEvents } from "./live-events.js";
import { loginView } from "./login-view.js";
import { startClock } from "./relative-time.js";
import { parseRoute, type Route } from "./routes.js";
import { scriptsView } from "./scripts-view.js";
import { createShell } from "./shell.js";
import type { ConsoleContext, View } from "./view.js";

/**
 * The web console: approvals, executions and the catalog of a `codemode serve --http` gateway.
 * Plain TypeScript and the DOM, bundled at build time into `dist/console/app.js`; it talks only
 * to the JSON API of the server it came from.
 */
const main = document.getElementById("main") as HTMLElement;
const shell = createShell(
  document.getElementById("top") as HTMLElement,
  document.getElementById("announcer") as HTMLElement,
);
const context: ConsoleContext = { announce: (message) => shell.announce(message) };

let current: { view: View; route: Route } | undefined;
let live: { close(): void } | undefined;

function show(route: Route, moveFocus: boolean): void {
  shell.setCurrent(route);
  if (current && current.route.name === route.name && current.view.update?.(route)) {
    current.route = route;
    return;
  }
  current?.view.dispose?.();
  const view = createView(route);
  current = { view, route };
  replaceChildren(main, view.element);
  document.title = `${view.title} · codemode`;
  // After a navigation, start where the new page starts (its heading), as a page load would.
  if (moveFocus) view.element.querySelector<HTMLElement>("h1")?.focus();
}

function createView(route: Route): View {
  switch (route.name) {
    case "approvals":
      return approvalsView(context);
    case "executions":
      return executionsView(route);
    case "execution":
      return executionView(context, route.id);
    case "catalog":
      return catalogView(route);
    case "scripts":
      return scriptsView(context);
  }
}

const onHashChange = () => {
  if (location.hash.startsWith("#/") || location.hash === "") show(parseRoute(location.hash), true);
};

async function refreshPendingCount(): Promise<void> {
  try {
    shell.setPendingCount((await api.approvals()).length);
  } catch {
    // the queue view says what went wrong
  }
}

function openConsole(session: SessionState): void {
  shell.show({
    tokenRequired: session.tokenRequired,
    ...(session.name ? { who: `${session.name} (${session.role ?? "operator"})` } : {}),
    onLogout: async () => {
      try {
        await api.logout();
      } finally {
        closeConsole("You are logged out.");
      }
    },
  });
  live = connectLiveEvents({
    onEvent: (event) => {
      current?.view.onJournalEvent?.(event);
      if (event.type === "approval" || event.status === "paused") void refreshPendingCount();
    },
    onState: (state) => shell.setLive(state),
    onReconnected: () => {
      current?.view.refresh?.();
      void refreshPendingCount();
    },
    onClosed: async () => {
      try {
        if (!(await api.session()).authenticated) {
          closeConsole("Your session ended: log in again.");
          return false;
        }
      } catch {
        // the gateway is away: keep trying
      }
      return true;
    },
  });
  window.addEventListener("hashchange", onHashChange);
  void refreshPendingCount();
  show(parseRoute(location.hash), false);
}

function closeConsole(notice?: string): void {
  live?.close();
  live = undefined;
  window.removeEventListener("hashchange", onHashChange);
  current?.view.dispose?.();
  current = undefined;
  shell.hide();
  showLogin(notice);
}

function showLogin(notice?: string): void {
  document.title = "Log in · codemode";
  replaceChildren(
    main,
    loginView({
      ...(notice ? { notice } : {}),
      onLoggedIn: () => void start(),
    }),
  );
}

async function start(): Promise<void> {
  let session: SessionState;
  try {
    session = await api.session();
  } catch (error) {
    replaceChildren(
      main,
      h(
        "section",
        { class: "view" },
        h("h1", null, "The gateway cannot be reached"),
        h("p", { class: "error-text" }, errorMessage(error)),
        h("button", { type: "button", class: "button", onclick: () => void start() }, "Try again"),
      ),
    );
    return;
  }
  if (session.authenticated) openConsole(session);
  else showLogin();
}

onUnauthorized(() => {
  if (live) closeConsole("Your session ended: log in again.");
});
document.querySelector(".skip-link")?.addEventListener("click", (event) => {
  // The hash names pages here: move focus without touching it.
  event.preventDefault();
  main.focus();
});
startClock();
void start();
