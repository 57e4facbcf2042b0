import type { ParameterPlan } from "./spec-types.js";

/** Percent-encodes all but unreserved characters; with `allowReserved`, RFC 3986 reserved ones stay. */
function encoder(plan: ParameterPlan): (text: string) => string {
  if (!plan.allowReserved) return encodeURIComponent;
  return (text) => encodeURI(text).replace(/%5B/g, "[").replace(/%5D/g, "]");
}

/** A scalar as text: objects nested inside arrays or objects travel as JSON. */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const entriesOf = (value: object): [string, unknown][] =>
  Object.entries(value).filter(([, item]) => item !== undefined);

const DELIMITERS = { spaceDelimited: "%20", pipeDelimited: "|" } as const;

/**
 * A query parameter as encoded `name=value` pairs, per its OpenAPI `style` and `explode`: `form`
 * (`id=3&id=4` or `id=3,4`), `spaceDelimited`, `pipeDelimited`, `deepObject` (`color[R]=100`).
 *
 * @example
 * serializeQuery({ name: "id", key: "id", in: "query", required: false, style: "form", explode: false }, [3, 4]); // ["id=3,4"]
 */
export function serializeQuery(plan: ParameterPlan, value: unknown): string[] {
  const encode = encoder(plan);
  const name = encodeURIComponent(plan.name);
  if (plan.json) return [`${name}=${encodeURIComponent(JSON.stringify(value))}`];
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(scalar(item)));
    if (plan.separator !== undefined) {
      return [`${name}=${items.join(encodeURIComponent(plan.separator))}`];
    }
    if (plan.explode && plan.style !== "deepObject") return items.map((item) => `${name}=${item}`);
    const delimiter =
      plan.style === "spaceDelimited" || plan.style === "pipeDelimited"
        ? DELIMITERS[plan.style]
        : ",";
    return [`${name}=${items.join(delimiter)}`];
  }
  if (typeof value === "object" && value !== null) {
    if (plan.style === "deepObject") return deepObject(name, value, encode);
    const entries = entriesOf(value);
    if (plan.explode && plan.style === "form") {
      return entries.map(([key, item]) => `${encodeURIComponent(key)}=${encode(scalar(item))}`);
    }
    const delimiter =
      plan.style === "spaceDelimited" || plan.style === "pipeDelimited"
        ? DELIMITERS[plan.style]
        : ",";
    const flat = entries.flatMap(([key, item]) => [encode(key), encode(scalar(item))]);
    return [`${name}=${flat.join(delimiter)}`];
  }
  return [`${name}=${encode(scalar(value))}`];
}

/** `filter[state]=open&filter[labels]=a&filter[labels]=b`, nested objects as further brackets. */
function deepObject(prefix: string, value: object, encode: (text: string) => string): string[] {
  return entriesOf(value).flatMap(([key, item]) => {
    const name = `${prefix}[${encodeURIComponent(key)}]`;
    if (Array.isArray(item)) return item.map((entry) => `${name}=${encode(scalar(entry))}`);
    if (typeof item === "object" && item !== null) return deepObject(name, item, encode);
    return [`${name}=${encode(scalar(item))}`];
  });
}

/**
 * A path parameter's text (already encoded), per `style`: `simple` (`3,4`), `label` (`.3.4`),
 * `matrix` (`;id=3;id=4`).
 *
 * @example
 * serializePath({ name: "id", key: "id", in: "path", required: true, style: "simple", explode: false }, "a/b"); // "a%2Fb"
 */
export function serializePath(plan: ParameterPlan, value: unknown): string {
  const encode = encoder(plan);
  const name = encodeURIComponent(plan.name);
  if (plan.json) return encodeURIComponent(JSON.stringify(value));
  let parts: string[];
  let pairs: [string, string][] | undefined;
  if (Array.isArray(value)) {
    parts = value.map((item) => encode(scalar(item)));
  } else if (typeof value === "object" && value !== null) {
    pairs = entriesOf(value).map(([key, item]) => [encode(key), encode(scalar(item))]);
    parts = pairs.flat();
  } else {
    parts = [encode(scalar(value))];
  }
  const exploded = pairs && plan.explode ? pairs.map(([key, item]) => `${key}=${item}`) : parts;
  switch (plan.style) {
    case "label":
      return `.${exploded.join(plan.explode ? "." : ",")}`;
    case "matrix":
      if (pairs && plan.explode) return exploded.map((pair) => `;${pair}`).join("");
      if (Array.isArray(value) && plan.explode)
        return parts.map((part) => `;${name}=${part}`).join("");
      return `;${name}=${parts.join(",")}`;
    default:
      return exploded.join(",");
  }
}

/** A header parameter's value (`simple` style), unencoded. */
export function serializeHeader(plan: ParameterPlan, value: unknown): string {
  if (plan.json) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map(scalar).join(",");
  if (typeof value === "object" && value !== null) {
    const entries = entriesOf(value);
    return entries
      .map(([key, item]) => (plan.explode ? `${key}=${scalar(item)}` : `${key},${scalar(item)}`))
      .join(",");
  }
  return scalar(value);
}

/** A cookie parameter as `name=value` pairs for the `Cookie` header. */
export function serializeCookie(plan: ParameterPlan, value: unknown): string[] {
  const encode = encodeURIComponent;
  if (plan.json) return [`${plan.name}=${encode(JSON.stringify(value))}`];
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(scalar(item)));
    if (plan.explode) return items.map((item) => `${plan.name}=${item}`);
    return [`${plan.name}=${items.join(",")}`];
  }
  if (typeof value === "object" && value !== null) {
    const entries = entriesOf(value);
    if (plan.explode) return entries.map(([key, item]) => `${key}=${encode(scalar(item))}`);
    return [
      `${plan.name}=${entries.flatMap(([key, item]) => [key, encode(scalar(item))]).join(",")}`,
    ];
  }
  return [`${plan.name}=${encode(scalar(value))}`];
}
