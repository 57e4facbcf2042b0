import { EXECUTION_STATUSES, type ExecutionStatus } from "../core/journal.js";

export { EXECUTION_STATUSES };

/** The console's pages, addressed by the URL's hash so the server serves one file. */
export type Route =
  | { name: "approvals" }
  | { name: "executions"; status?: ExecutionStatus; q?: string }
  | { name: "execution"; id: string }
  | { name: "catalog"; path?: string; q?: string }
  | { name: "scripts" };

/** `#/executions/ID` → `{ name: "execution", id }`; anything unknown is the approvals queue. */
export function parseRoute(hash: string): Route {
  const [pathPart = "", queryPart = ""] = hash.replace(/^#\/?/, "").split("?");
  const query = new URLSearchParams(queryPart);
  const [page, ...rest] = pathPart.split("/").map((part) => safeDecode(part));
  const q = query.get("q") || undefined;
  if (page === "executions" && rest[0]) return { name: "execution", id: rest[0] };
  if (page === "executions") {
    const status = query.get("status") as ExecutionStatus | null;
    return {
      name: "executions",
      ...(status && EXECUTION_STATUSES.includes(status) ? { status } : {}),
      ...(q ? { q } : {}),
    };
  }
  if (page === "scripts") return { name: "scripts" };
  if (page === "catalog")
    return { name: "catalog", ...(rest[0] ? { path: rest[0] } : {}), ...(q ? { q } : {}) };
  return { name: "approvals" };
}

/** The hash of a route, the inverse of {@link parseRoute}. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case "approvals":
      return "#/approvals";
    case "execution":
      return `#/executions/${encodeURIComponent(route.id)}`;
    case "executions":
      return `#/executions${queryOf({ status: route.status, q: route.q })}`;
    case "scripts":
      return "#/scripts";
    case "catalog":
      return `#/catalog${route.path ? `/${encodeURIComponent(route.path)}` : ""}${queryOf({ q: route.q })}`;
  }
}

function queryOf(values: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
