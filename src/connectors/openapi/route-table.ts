import type { CallPlan } from "./spec-types.js";

interface Route {
  name: string;
  method: string;
  pattern: RegExp;
  /** Characters of the template that are not placeholders: the more, the more specific. */
  literal: number;
}

/**
 * The spec's routes, to tell which declared operation a generic `request()` amounts to: its
 * method and path (below the base URL) against each path template, the most specific first.
 *
 * @example
 * const routes = new RouteTable([["petsDelete", { method: "DELETE", path: "/pets/{id}", parameters: [] }]]);
 * routes.match("delete", "/pets/7"); // "petsDelete"
 */
export class RouteTable {
  private readonly routes: Route[];

  constructor(plans: Iterable<[name: string, plan: CallPlan]>) {
    this.routes = [];
    for (const [name, plan] of plans) {
      const parts = plan.path.split(/(\{[^}]*\})/);
      const body = parts
        .map((part) =>
          part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        )
        .join("");
      const literal = parts.filter((part) => !part.startsWith("{")).join("").length;
      this.routes.push({
        name,
        method: plan.method.toUpperCase(),
        pattern: new RegExp(`^${body.replace(/\/+$/, "")}/?$`),
        literal,
      });
    }
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** The declared operation for a method and a path below the base URL (query ignored). */
  match(method: string, path: string): string | undefined {
    const upper = method.toUpperCase();
    const bare = path.replace(/[?#].*$/s, "");
    return this.routes.find((route) => route.method === upper && route.pattern.test(bare))?.name;
  }
}
