import { ToolError } from "../../core/errors.js";
import { isJsonMediaType } from "./media-type.js";
import type { BodyPlan } from "./spec-types.js";

export interface EncodedBody {
  body: string | URLSearchParams | FormData;
  /** Undefined for multipart: fetch writes the boundary itself. */
  contentType?: string;
}

const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : value === null || value === undefined
      ? ""
      : JSON.stringify(value);

/**
 * Encodes a script's body for the media type the document gives: JSON,
 * `application/x-www-form-urlencoded` (arrays repeated, objects as JSON), `multipart/form-data`
 * (file fields as files, objects as JSON parts), anything else as text.
 *
 * @example
 * encodeBody({ key: "body", mediaType: "application/json", required: true }, { name: "Rex" }); // { body: '{"name":"Rex"}', contentType: "application/json" }
 */
export function encodeBody(plan: BodyPlan, value: unknown): EncodedBody {
  const type = plan.mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (isJsonMediaType(type)) {
    return {
      body: JSON.stringify(value),
      contentType: type === "*/*" ? "application/json" : plan.mediaType,
    };
  }
  if (type === "application/x-www-form-urlencoded") {
    if (typeof value === "string") return { body: value, contentType: type };
    const form = new URLSearchParams();
    for (const [name, item] of fields(value, plan)) {
      for (const entry of Array.isArray(item) ? item : [item]) form.append(name, text(entry));
    }
    return { body: form, contentType: type };
  }
  if (type === "multipart/form-data") {
    const form = new FormData();
    const files = new Set(plan.files ?? []);
    for (const [name, item] of fields(value, plan)) {
      for (const entry of Array.isArray(item) ? item : [item]) {
        if (files.has(name)) form.append(name, new Blob([text(entry)]), name);
        else if (typeof entry === "object" && entry !== null) {
          form.append(name, new Blob([JSON.stringify(entry)], { type: "application/json" }));
        } else form.append(name, text(entry));
      }
    }
    return { body: form };
  }
  return { body: text(value), contentType: plan.mediaType };
}

function fields(value: unknown, plan: BodyPlan): [string, unknown][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ToolError(
      `${plan.key} must be an object of form fields for ${plan.mediaType}; give { field: value }.`,
      { code: "invalid_arguments" },
    );
  }
  return Object.entries(value).filter(([, item]) => item !== undefined);
}
