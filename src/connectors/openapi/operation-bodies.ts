import type { JsonSchema } from "../../core/operation.js";
import type { Context } from "./build-operations.js";
import { isJsonMediaType } from "./media-type.js";
import { followToObject } from "./resolve-ref.js";
import type { BodyPlan, JsonObject } from "./spec-types.js";
import { isJsonObject } from "./spec-types.js";

/** Media types in the order a body is sent: JSON, then forms, then whatever comes first. */
function pickMediaType(mediaTypes: readonly string[]): string | undefined {
  const lower = mediaTypes.map((mediaType) => mediaType.toLowerCase());
  const index = [
    lower.findIndex(isJsonMediaType),
    lower.findIndex((type) => type.startsWith("application/x-www-form-urlencoded")),
    lower.findIndex((type) => type.startsWith("multipart/form-data")),
    0,
  ].find((candidate) => candidate >= 0);
  return index === undefined ? undefined : mediaTypes[index];
}

export function openApiRequestBody(
  context: Context,
  operation: JsonObject,
  key: string,
  where: string,
): { schema: JsonSchema; plan: BodyPlan } | undefined {
  const requestBody = followToObject(context.document, operation.requestBody, where);
  if (!requestBody || !isJsonObject(requestBody.content)) return undefined;
  const content = requestBody.content;
  const mediaType = pickMediaType(Object.keys(content));
  if (mediaType === undefined) return undefined;
  const media = content[mediaType];
  let schema = (isJsonObject(media) ? media.schema : undefined) as JsonSchema | undefined;
  if (schema === undefined) schema = isJsonMediaType(mediaType) ? {} : { type: "string" };
  const plan: BodyPlan = { key, mediaType, required: requestBody.required === true };
  if (mediaType.toLowerCase().startsWith("multipart/")) {
    const files = fileFields(context, schema, where);
    if (files.length > 0) plan.files = files;
  }
  if (typeof requestBody.description === "string" && typeof schema === "object" && schema) {
    schema = { ...schema, description: requestBody.description };
  }
  return { schema, plan };
}

export function swaggerRequestBody(
  context: Context,
  operation: JsonObject,
  body: JsonObject | undefined,
  formFields: readonly { parameter: JsonObject; schema: JsonSchema }[],
  key: string,
): { schema: JsonSchema; plan: BodyPlan } | undefined {
  const consumes = (
    Array.isArray(operation.consumes) ? operation.consumes : context.document.consumes
  ) as unknown;
  const mediaTypes = Array.isArray(consumes) ? consumes.map(String) : [];
  if (body) {
    const mediaType = pickMediaType(mediaTypes) ?? "application/json";
    const schema = documented((body.schema ?? {}) as JsonSchema, body);
    return { schema, plan: { key, mediaType, required: body.required === true } };
  }
  if (formFields.length === 0) return undefined;
  const properties: JsonObject = {};
  const required: string[] = [];
  let file = false;
  for (const { parameter, schema } of formFields) {
    const name = String(parameter.name);
    properties[name] = documented(schema, parameter);
    if (parameter.required === true) required.push(name);
    if (parameter.type === "file") file = true;
  }
  const multipart =
    file || mediaTypes.some((type) => type.toLowerCase().startsWith("multipart/form-data"));
  const schema: JsonObject = { type: "object", properties };
  if (required.length > 0) schema.required = required;
  const plan: BodyPlan = {
    key,
    mediaType: multipart ? "multipart/form-data" : "application/x-www-form-urlencoded",
    required: required.length > 0,
  };
  const files = formFields
    .filter(({ parameter }) => parameter.type === "file")
    .map(({ parameter }) => String(parameter.name));
  if (files.length > 0) plan.files = files;
  return { schema, plan };
}

/** Top-level properties of a multipart body that are files (`format: binary` or `base64`). */
function fileFields(context: Context, schema: JsonSchema, where: string): string[] {
  const object = followToObject(context.document, schema, where);
  if (!object || !isJsonObject(object.properties)) return [];
  return Object.entries(object.properties)
    .filter(([, property]) => {
      const resolved = followToObject(context.document, property, where);
      const items = resolved && followToObject(context.document, resolved.items, where);
      return [resolved?.format, items?.format].some(
        (format) => format === "binary" || format === "base64",
      );
    })
    .map(([name]) => name);
}

/** Success responses in order: `200`…`299`, then `2XX`. */
function successResponses(responses: unknown): [string, unknown][] {
  if (!isJsonObject(responses)) return [];
  return Object.entries(responses)
    .filter(([code]) => /^2(\d\d|XX)$/i.test(code))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function openApiResponseSchema(
  context: Context,
  operation: JsonObject,
  where: string,
): JsonSchema | undefined {
  let text = false;
  for (const [, value] of successResponses(operation.responses)) {
    const response = followToObject(context.document, value, where);
    if (!response || !isJsonObject(response.content)) continue;
    for (const [mediaType, media] of Object.entries(response.content)) {
      if (isJsonMediaType(mediaType) && isJsonObject(media) && media.schema !== undefined) {
        return media.schema as JsonSchema;
      }
      if (mediaType.toLowerCase().startsWith("text/")) text = true;
    }
  }
  return text ? { type: "string" } : undefined;
}

export function swaggerResponseSchema(
  context: Context,
  operation: JsonObject,
  where: string,
): JsonSchema | undefined {
  for (const [, value] of successResponses(operation.responses)) {
    const response = followToObject(context.document, value, where);
    if (!response || response.schema === undefined) continue;
    const schema = response.schema;
    if (isJsonObject(schema) && schema.type === "file") continue;
    return schema as JsonSchema;
  }
  return undefined;
}

/** Adds a parameter's description and deprecation to its schema, for the declarations. */
export function documented(schema: JsonSchema, parameter: JsonObject): JsonSchema {
  const docs: JsonObject = {};
  if (typeof parameter.description === "string" && parameter.description !== "") {
    docs.description = parameter.description;
  }
  if (parameter.deprecated === true) docs.deprecated = true;
  if (Object.keys(docs).length === 0 || typeof schema !== "object") return schema;
  return { ...schema, ...docs };
}
