import type { ExecutionRecord, ExecutionStatus } from "../core/journal.js";
import { api, errorMessage } from "./api.js";
import { type Child, h, replaceChildren, uniqueId } from "./dom.js";
import { duration, firstLine, plural, shortId } from "./format.js";
import { timeAgo } from "./relative-time.js";
import { EXECUTION_STATUSES, type Route, routeHash } from "./routes.js";
import { statusBadge } from "./status-badge.js";
import { debounce, serialized, type View } from "./view.js";

const PAGE = 50;
const NUMBERS = new Set(["Duration", "Calls"]);

/**
 * Executions, newest first: status, what the code does, when, how long, how many calls; a status
 * filter and a search over the code and the id, both kept in the address. Refreshed live.
 */
export function executionsView(route: Extract<Route, { name: "executions" }>): View {
  let filter = { status: route.status, q: route.q };
  let limit = PAGE;
  const statusId = uniqueId("status");
  const searchId = uniqueId("search");
  const statusSelect = h(
    "select",
    { id: statusId, name: "status" },
    h("option", { value: "" }, "Any status"),
    EXECUTION_STATUSES.map((status) =>
      h("option", { value: status, selected: status === filter.status }, status.replace(/_/g, " ")),
    ),
  );
  const searchInput = h("input", {
    id: searchId,
    name: "q",
    type: "search",
    value: filter.q ?? "",
    placeholder: "Code or id",
    autocomplete: "off",
    spellcheck: false,
  });
  const form = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Filter executions" },
    h("div", { class: "field" }, h("label", { for: statusId }, "Status"), statusSelect),
    h("div", { class: "field grow" }, h("label", { for: searchId }, "Search"), searchInput),
    h("button", { type: "submit", class: "button" }, "Search"),
  );
  const count = h("p", { class: "lede", role: "status" }, "Loading…");
  const body = h("tbody");
  const more = h("button", { type: "button", class: "button", hidden: true }, "Show more");
  const table = h(
    "table",
    { class: "table executions" },
    h("caption", { class: "visually-hidden" }, "Executions, newest first"),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ["Status", "Execution", "Started", "Duration", "Calls"].map((label) =>
          h("th", { scope: "col", class: NUMBERS.has(label) ? "number" : null }, label),
        ),
      ),
    ),
    body,
  );
  const heading = h("h1", { tabindex: -1 }, "Executions");
  const element = h("section", { class: "view" }, heading, form, count, table, more);

  const load = serialized(async () => {
    let records: ExecutionRecord[];
    try {
      records = await api.executions({
        limit,
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.q ? { q: filter.q } : {}),
      });
    } catch (error) {
      count.textContent = `The executions could not be loaded: ${errorMessage(error)}`;
      return;
    }
    replaceChildren(body, records.map(row));
    const filtered = filter.status || filter.q;
    count.textContent =
      records.length === 0
        ? filtered
          ? "No execution matches."
          : "No executions yet."
        : `${records.length === limit ? "The newest " : ""}${plural(records.length, "execution")}${filtered ? " match" : ""}.`;
    more.hidden = records.length < limit;
  });

  const apply = () => {
    const status = (statusSelect.value || undefined) as ExecutionStatus | undefined;
    const q = searchInput.value.trim() || undefined;
    if (status === filter.status && q === filter.q) return;
    filter = { status, q };
    limit = PAGE;
    // The address keeps the filter (to share or reload) without a new history entry.
    history.replaceState(null, "", routeHash({ name: "executions", status, q }));
    void load();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  statusSelect.addEventListener("change", apply);
  searchInput.addEventListener("input", debounce(apply, 300));
  more.addEventListener("click", () => {
    limit += PAGE;
    void load();
  });

  const reload = debounce(() => void load(), 250);
  void load();
  return {
    element,
    title: "Executions",
    onJournalEvent: (event) => {
      if (event.type === "execution") reload();
    },
    refresh: reload,
    update: (next) => {
      if (next.name !== "executions") return false;
      statusSelect.value = next.status ?? "";
      searchInput.value = next.q ?? "";
      apply();
      return true;
    },
  };
}

function row(record: ExecutionRecord): HTMLTableRowElement {
  return h(
    "tr",
    null,
    cell("Status", statusBadge(record.status)),
    cell(
      "Execution",
      h(
        "a",
        { href: `#/executions/${encodeURIComponent(record.id)}` },
        h("code", null, firstLine(record.code) || "(empty script)"),
      ),
      h("span", { class: "muted id" }, shortId(record.id)),
    ),
    cell("Started", timeAgo(record.createdAt)),
    cell("Duration", duration(record.durationMs)),
    cell("Calls", String(record.toolCalls)),
  );
}

/** A cell whose content sits in one box, so a narrow screen can put its label beside it. */
function cell(label: string, ...content: Child[]): HTMLTableCellElement {
  const number = label === "Duration" || label === "Calls";
  return h(
    "td",
    {
      "data-label": label,
      class: number ? "number" : label === "Execution" ? "execution-cell" : null,
    },
    h("div", null, ...content),
  );
}
