import { ToolError } from "../../core/errors.js";
import { isObject } from "../../core/json.js";
import { argumentsObject, joinUrl } from "./build-request.js";
import { refuseDotSegments, refuseOutsideBase } from "./request-guard.js";
import { REQUEST_METHODS } from "./request-input-schema.js";
import type { HttpRequest } from "./send-request.js";
import { serializeQuery } from "./serialize-parameter.js";

/** What `ns.request({ method, path, params, query, body, headers })` sends. */
export function buildGenericRequest(options: {
  args: unknown;
  baseUrl: URL;
  what: string;
}): HttpRequest {
  const { baseUrl, what } = options;
  const args = argumentsObject(options.args, what);
  const method = typeof args.method === "string" ? args.method.toUpperCase() : "GET";
  if (!REQUEST_METHODS.includes(method)) {
    throw new ToolError(`${what}: method must be one of ${REQUEST_METHODS.join(", ")}.`, {
      code: "invalid_arguments",
    });
  }
  if (typeof args.path !== "string" || args.path === "") {
    throw new ToolError(`${what}: give path, such as "/items/{id}".`, {
      code: "invalid_arguments",
    });
  }
  const params = isObject(args.params) ? args.params : {};
  const filled = args.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) {
      throw new ToolError(`${what}: the path needs params.${name}; give it.`, {
        code: "invalid_arguments",
      });
    }
    return encodeURIComponent(String(value));
  });
  const query = Object.entries(isObject(args.query) ? args.query : {})
    .filter(([, value]) => value !== undefined && value !== null)
    .flatMap(([name, value]) =>
      serializeQuery(
        { name, key: name, in: "query", required: false, style: "form", explode: true },
        value,
      ),
    );
  refuseDotSegments(filled, what);
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:/i.test(filled)) {
    // An absolute URL: allowed only on the API's own origin, which the sender checks.
    url = new URL(filled);
    if (query.length > 0) url = new URL(`${url.href}${url.search ? "&" : "?"}${query.join("&")}`);
  } else if (filled.startsWith("/") && !filled.startsWith("//")) {
    url = joinUrl(baseUrl, filled, query);
  } else {
    throw new ToolError(`${what}: path must start with "/" (it is below ${baseUrl.href}).`, {
      code: filled.startsWith("//") ? "request_refused" : "invalid_arguments",
    });
  }
  refuseOutsideBase(url, baseUrl, what);
  const headers: Record<string, string> = {};
  if (isObject(args.headers)) {
    for (const [name, value] of Object.entries(args.headers)) {
      if (value !== undefined && value !== null) headers[name] = String(value);
    }
  }
  const request: HttpRequest = { method, url, headers };
  if (args.body !== undefined && method !== "GET" && method !== "HEAD") {
    const contentType = Object.entries(headers).find(
      ([name]) => name.toLowerCase() === "content-type",
    );
    if (typeof args.body === "string" && contentType) request.body = args.body;
    else {
      request.body = JSON.stringify(args.body);
      if (!contentType) headers["Content-Type"] = "application/json";
    }
  }
  return request;
}
