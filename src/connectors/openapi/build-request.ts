import { ToolError } from "../../core/errors.js";
import { encodeBody } from "./encode-body.js";
import { refuseDotSegments, refuseOutsideBase } from "./request-guard.js";
import type { HttpRequest } from "./send-request.js";
import {
  serializeCookie,
  serializeHeader,
  serializePath,
  serializeQuery,
} from "./serialize-parameter.js";
import type { CallPlan, ParameterPlan } from "./spec-types.js";

/** Header parameters OpenAPI says to ignore: the host sets these itself. */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

/**
 * Turns a script's input for one operation into an HTTP request under `baseUrl`: path parameters
 * substituted and encoded, query and cookie parameters serialized per their style, header
 * parameters set, the body encoded for its media type. Unknown or missing required arguments
 * are a `ToolError` naming them.
 *
 * @example
 * buildRequest({ plan, args: { petId: 7 }, baseUrl: new URL("https://api.example.com/v1"), what: "api.getPet" });
 * // { method: "GET", url: https://api.example.com/v1/pets/7, headers: {} }
 */
export function buildRequest(options: {
  plan: CallPlan;
  args: unknown;
  baseUrl: URL;
  what: string;
}): HttpRequest {
  const { plan, baseUrl, what } = options;
  const args = argumentsObject(options.args, what);
  const byKey = new Map<string, ParameterPlan>(
    plan.parameters.map((parameter) => [parameter.key, parameter]),
  );
  const known = [...byKey.keys(), ...(plan.body ? [plan.body.key] : [])];
  const unknown = Object.keys(args).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new ToolError(
      `${what}: unknown argument${unknown.length > 1 ? "s" : ""} ${unknown.map((key) => `"${key}"`).join(", ")}; it takes ${known.map((key) => `"${key}"`).join(", ") || "no arguments"}.`,
      { code: "invalid_arguments" },
    );
  }
  const missing = [...plan.parameters.filter((parameter) => parameter.required)]
    .map((parameter) => parameter.key)
    .concat(plan.body?.required ? [plan.body.key] : [])
    .filter((key) => args[key] === undefined || args[key] === null);
  if (missing.length > 0) {
    throw new ToolError(
      `${what}: missing required argument${missing.length > 1 ? "s" : ""} ${missing.map((key) => `"${key}"`).join(", ")}.`,
      { code: "invalid_arguments" },
    );
  }
  const query: string[] = [];
  const cookies: string[] = [];
  const headers: Record<string, string> = {};
  const pathValues = new Map<string, string>();
  for (const parameter of plan.parameters) {
    const value = args[parameter.key];
    if (value === undefined || value === null) continue;
    switch (parameter.in) {
      case "path":
        pathValues.set(parameter.name, serializePath(parameter, value));
        break;
      case "query":
        query.push(...serializeQuery(parameter, value));
        break;
      case "header":
        if (!IGNORED_HEADERS.has(parameter.name.toLowerCase()))
          headers[parameter.name] = serializeHeader(parameter, value);
        break;
      case "cookie":
        cookies.push(...serializeCookie(parameter, value));
        break;
    }
  }
  const path = plan.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = pathValues.get(name);
    if (value === undefined) {
      throw new ToolError(`${what}: the path ${plan.path} needs "${name}"; give it.`, {
        code: "invalid_arguments",
      });
    }
    return value;
  });
  if (cookies.length > 0) headers.Cookie = cookies.join("; ");
  refuseDotSegments(path, what);
  const url = joinUrl(baseUrl, path, query);
  refuseOutsideBase(url, baseUrl, what);
  const request: HttpRequest = { method: plan.method, url, headers };
  const bodyValue = plan.body ? args[plan.body.key] : undefined;
  if (plan.body && bodyValue !== undefined) {
    const encoded = encodeBody(plan.body, bodyValue);
    request.body = encoded.body;
    if (encoded.contentType) headers["Content-Type"] = encoded.contentType;
  }
  return request;
}

/**
 * `baseUrl`'s path followed by `path` (which must start with `/`), with encoded query pairs.
 * The result may still leave `baseUrl`'s origin (`/@evil.example`): the sender checks it.
 */
export function joinUrl(baseUrl: URL, path: string, query: readonly string[] = []): URL {
  const base = baseUrl.href.replace(/[?#].*$/, "").replace(/\/+$/, "");
  const search = query.length > 0 ? `${path.includes("?") ? "&" : "?"}${query.join("&")}` : "";
  return new URL(`${base}${path}${search}`);
}

export function argumentsObject(args: unknown, what: string): Record<string, unknown> {
  if (args === undefined || args === null) return {};
  if (typeof args !== "object" || Array.isArray(args)) {
    throw new ToolError(`${what}: give one object of arguments, such as { id: 1 }.`, {
      code: "invalid_arguments",
    });
  }
  return args as Record<string, unknown>;
}
