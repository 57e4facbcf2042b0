import type {
  CatalogOperation,
  CatalogResponse,
  CatalogSource,
} from "../server/catalog-api-types.js";
import { api, errorMessage } from "./api.js";
import { codeBlock } from "./code-block.js";
import { h, replaceChildren, uniqueId } from "./dom.js";
import { plural } from "./format.js";
import { type Route, routeHash } from "./routes.js";
import { debounce, serialized, type View } from "./view.js";

const KINDS: Record<string, string> = {
  functions: "host functions",
  mcp: "MCP server",
  openapi: "HTTP API",
};

/**
 * The catalog: each connected source with its health and operation count, the operations with
 * a search (the model's own), and the TypeScript declaration of the one selected.
 */
export function catalogView(route: Extract<Route, { name: "catalog" }>): View {
  let query = route.q ?? "";
  let selected = route.path;
  const searchId = uniqueId("catalog-search");
  const sourcesBody = h("tbody");
  const searchInput = h("input", {
    id: searchId,
    type: "search",
    name: "q",
    value: query,
    placeholder: "What should it do?",
    autocomplete: "off",
    spellcheck: false,
  });
  const form = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Search operations" },
    h(
      "div",
      { class: "field grow" },
      h("label", { for: searchId }, "Search operations"),
      searchInput,
    ),
    h("button", { type: "submit", class: "button" }, "Search"),
  );
  const count = h("p", { class: "lede", role: "status" }, "Loading…");
  const operationList = h("ul", { class: "operations", "aria-label": "Operations" });
  const declaration = h("section", {
    class: "declaration block",
    "aria-labelledby": "declaration-heading",
  });
  const heading = h("h1", { tabindex: -1 }, "Catalog");
  const element = h(
    "section",
    { class: "view" },
    heading,
    h(
      "section",
      { class: "block", "aria-labelledby": "sources-heading" },
      h("h2", { id: "sources-heading" }, "Sources"),
      h(
        "table",
        { class: "table sources" },
        h("caption", { class: "visually-hidden" }, "Connected servers, APIs and host functions"),
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            ["Source", "Kind", "Health", "Operations"].map((label) =>
              h("th", { scope: "col", class: label === "Operations" ? "number" : null }, label),
            ),
          ),
        ),
        sourcesBody,
      ),
    ),
    h(
      "div",
      { class: "catalog-columns" },
      h(
        "section",
        { class: "block", "aria-labelledby": "operations-heading" },
        h("h2", { id: "operations-heading" }, "Operations"),
        form,
        count,
        operationList,
      ),
      declaration,
    ),
  );

  const loadOperations = serialized(async () => {
    let catalog: CatalogResponse;
    try {
      catalog = await api.catalog({ ...(query ? { q: query } : {}), limit: 200 });
    } catch (error) {
      count.textContent = `The catalog could not be loaded: ${errorMessage(error)}`;
      return;
    }
    replaceChildren(sourcesBody, catalog.sources.map(sourceRow));
    replaceChildren(operationList, catalog.operations.map(operationItem));
    count.textContent = query
      ? `${plural(catalog.operations.length, "operation")} ${catalog.operations.length === 1 ? "matches" : "match"} “${query}”, best first.`
      : catalog.total > catalog.operations.length
        ? `The first ${catalog.operations.length} of ${plural(catalog.total, "operation")}: search to find the others.`
        : `${plural(catalog.total, "operation")}.`;
  });

  const loadDeclaration = serialized(async () => {
    if (!selected) {
      replaceChildren(
        declaration,
        h("h2", { id: "declaration-heading" }, "Declaration"),
        h(
          "p",
          { class: "muted" },
          "Choose an operation to see its TypeScript declaration, as the model sees it.",
        ),
      );
      return;
    }
    const path = selected;
    try {
      const { declaration: text } = await api.declaration(path);
      if (path !== selected) return;
      replaceChildren(
        declaration,
        h(
          "h2",
          { id: "declaration-heading", tabindex: -1 },
          "Declaration of ",
          h("code", null, path),
        ),
        codeBlock(text, { label: `${path}, as the model sees it` }),
      );
    } catch (error) {
      replaceChildren(
        declaration,
        h(
          "h2",
          { id: "declaration-heading", tabindex: -1 },
          "Declaration of ",
          h("code", null, path),
        ),
        h("p", { class: "error-text" }, errorMessage(error)),
      );
    }
    for (const link of operationList.querySelectorAll("a"))
      link.toggleAttribute("aria-current", link.dataset.path === selected);
  });

  function operationItem(operation: CatalogOperation): HTMLElement {
    return h(
      "li",
      null,
      h(
        "a",
        {
          href: routeHash({
            name: "catalog",
            path: operation.path,
            ...(query ? { q: query } : {}),
          }),
          "data-path": operation.path,
          "aria-current": operation.path === selected ? "true" : null,
        },
        h("code", null, operation.path),
      ),
      h(
        "span",
        { class: "tags" },
        operation.method ? h("span", { class: "tag" }, operation.method) : null,
        operation.readOnly ? h("span", { class: "tag" }, "read-only") : null,
        operation.approval
          ? h(
              "span",
              {
                class: `tag approval-${operation.approval.action}`,
                title: operation.approval.reason,
              },
              APPROVAL_TAGS[operation.approval.action],
            )
          : null,
      ),
      operation.description ? h("span", { class: "description" }, operation.description) : null,
    );
  }

  const search = () => {
    const next = searchInput.value.trim();
    if (next === query) return;
    query = next;
    history.replaceState(
      null,
      "",
      routeHash({
        name: "catalog",
        ...(selected ? { path: selected } : {}),
        ...(query ? { q: query } : {}),
      }),
    );
    void loadOperations();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  searchInput.addEventListener("input", debounce(search, 250));

  void loadOperations();
  void loadDeclaration();
  return {
    element,
    title: "Catalog",
    refresh: () => void loadOperations(),
    update: (next) => {
      if (next.name !== "catalog") return false;
      if ((next.q ?? "") !== query) {
        searchInput.value = next.q ?? "";
        search();
      }
      if (next.path !== selected) {
        selected = next.path;
        void loadDeclaration().then(() => {
          declaration.querySelector<HTMLElement>("h2")?.focus();
        });
      }
      return true;
    },
  };
}

function sourceRow(source: CatalogSource): HTMLTableRowElement {
  // Each cell's content sits in one box, so a narrow screen can put its label beside it.
  return h(
    "tr",
    null,
    h(
      "th",
      { scope: "row", "data-label": "Source" },
      h("div", null, h("code", null, source.namespace)),
    ),
    h(
      "td",
      { "data-label": "Kind" },
      h("div", null, source.kind ? (KINDS[source.kind] ?? source.kind) : "—"),
    ),
    h(
      "td",
      { "data-label": "Health" },
      h(
        "div",
        null,
        source.health === "ok"
          ? h("span", { class: "badge badge-completed" }, "ok")
          : source.health === "degraded"
            ? [
                h("span", { class: "badge badge-paused" }, "degraded"),
                h("p", { class: "problem" }, source.warning ?? ""),
              ]
            : [
                h("span", { class: "badge badge-failed" }, "unavailable"),
                h("p", { class: "problem" }, source.problem ?? ""),
              ],
      ),
    ),
    h(
      "td",
      { "data-label": "Operations", class: "number" },
      h("div", null, String(source.operationCount)),
    ),
  );
}

const APPROVAL_TAGS = { ask: "waits for approval", block: "blocked", depends: "may wait" } as const;
