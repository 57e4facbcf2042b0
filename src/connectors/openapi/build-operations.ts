import { ConfigError } from "../../core/errors.js";
import type { JsonSchema, OperationAnnotations } from "../../core/operation.js";
import { plainText } from "../../core/plain-text.js";
import { isJsonMediaType } from "./media-type.js";
import { operationName, uniqueOperationNames } from "./operation-name.js";
import { pruneRoot } from "./prune-root.js";
import { REQUEST_OPERATION } from "./request-input-schema.js";
import { followToObject, rememberingRefs } from "./resolve-ref.js";
import type {
  BodyPlan,
  BuiltOperation,
  BuiltSpec,
  CallPlan,
  JsonObject,
  ParameterLocation,
  ParameterPlan,
} from "./spec-types.js";
import { isJsonObject } from "./spec-types.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const READ_ONLY = new Set(["GET", "HEAD", "OPTIONS"]);
const LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];

/** Swagger 2 parameter keywords that are JSON Schema keywords too. */
const SWAGGER_SCHEMA_KEYWORDS = [
  "type",
  "format",
  "items",
  "enum",
  "default",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "multipleOf",
];

interface Context {
  document: JsonObject;
  where: string;
  swagger: boolean;
}

/**
 * Turns an OpenAPI 3.x or Swagger 2.0 document into operations, one per path and method, with
 * what the host needs to call each (see {@link CallPlan}). Schemas keep their `$ref`s; `root`
 * holds what they point into, for typegen. Names follow {@link operationName}, made unique.
 * Throws `ConfigError` when the document cannot be read as an API description.
 *
 * @example
 * const { operations } = buildOperations(petstore, "servers.petstore");
 * operations.find((operation) => operation.name === "findPetsByStatus")?.plan.path; // "/pet/findByStatus"
 */
export function buildOperations(document: unknown, where: string): BuiltSpec {
  if (!isJsonObject(document)) {
    throw new ConfigError(`${where}: the document is not an object; give an OpenAPI document.`);
  }
  return rememberingRefs(document, () => buildFromObject(document, where));
}

function buildFromObject(document: JsonObject, where: string): BuiltSpec {
  const swagger = typeof document.swagger === "string";
  if (!swagger && typeof document.openapi !== "string") {
    throw new ConfigError(
      `${where}: the document has neither an "openapi" nor a "swagger" version field; give an OpenAPI 3.x or Swagger 2.0 document.`,
    );
  }
  const version = String(swagger ? document.swagger : document.openapi);
  if (swagger ? version !== "2.0" : !/^3\.[0-2](\.|$)/.test(version)) {
    throw new ConfigError(
      `${where}: ${swagger ? "Swagger" : "OpenAPI"} ${version} is not supported; give an OpenAPI 3.0, 3.1 or Swagger 2.0 document.`,
    );
  }
  const paths = document.paths ?? {};
  if (!isJsonObject(paths)) {
    throw new ConfigError(`${where}: "paths" is not an object; fix the document.`);
  }
  const context: Context = { document, where, swagger };
  const found: { key: string; candidate: string; build: (name: string) => BuiltOperation }[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = followToObject(document, rawItem, `${where}: paths.${path}`);
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const operationId =
        typeof operation.operationId === "string" ? operation.operationId : undefined;
      found.push({
        key: `${operationId ?? ""}\u0000${path}\u0000${method}`,
        candidate: operationName({ operationId, method, path }),
        build: (name) => buildOperation({ context, path, method, item, operation, name }),
      });
    }
  }
  // Sorted so that names given to duplicates do not depend on the document's order.
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const names = uniqueOperationNames(
    found.map(({ candidate }) => candidate),
    [REQUEST_OPERATION],
  );
  const operations = found.map(({ build }, index) => build(names[index] ?? ""));
  const schemas = operations.flatMap((operation) =>
    operation.outputSchema === undefined
      ? [operation.inputSchema]
      : [operation.inputSchema, operation.outputSchema],
  );
  const { root, parts } = pruneRoot(document, schemas, where);
  const built: BuiltSpec = { operations, root, rootParts: parts, servers: serverUrls(document) };
  const title = isJsonObject(document.info) ? document.info.title : undefined;
  if (typeof title === "string") built.title = title;
  return built;
}

function buildOperation(options: {
  context: Context;
  path: string;
  method: string;
  item: JsonObject;
  operation: JsonObject;
  name: string;
}): BuiltOperation {
  const { context, path, method, item, operation, name } = options;
  const where = `${context.where}: paths.${path}.${method}`;
  const parameters = mergedParameters(context, item, operation, where);
  const properties: JsonObject = {};
  const required: string[] = [];
  const plans: ParameterPlan[] = [];
  const taken = new Set<string>();
  const formFields: { parameter: JsonObject; schema: JsonSchema }[] = [];
  let swaggerBody: JsonObject | undefined;
  for (const parameter of parameters) {
    const location = parameter.in;
    if (context.swagger && location === "body") {
      swaggerBody = parameter;
      continue;
    }
    if (context.swagger && location === "formData") {
      formFields.push({ parameter, schema: swaggerSchema(parameter) });
      continue;
    }
    if (!LOCATIONS.includes(location as ParameterLocation)) continue;
    const parameterName = String(parameter.name);
    const key = taken.has(parameterName) ? `${location}_${parameterName}` : parameterName;
    taken.add(key);
    const plan = parameterPlan(context, parameter, parameterName, key);
    plans.push(plan);
    properties[key] = documented(parameterSchema(context, parameter), parameter);
    if (plan.required) required.push(key);
  }
  const bodyKey = taken.has("body") ? "requestBody" : "body";
  const body = context.swagger
    ? swaggerRequestBody(context, operation, swaggerBody, formFields, bodyKey)
    : openApiRequestBody(context, operation, bodyKey, where);
  if (body) {
    properties[bodyKey] = body.schema;
    if (body.plan.required) required.push(bodyKey);
  }
  const plan: CallPlan = { method: method.toUpperCase(), path, parameters: plans };
  if (body) plan.body = body.plan;
  const inputSchema: JsonObject = { type: "object", properties };
  if (required.length > 0) inputSchema.required = required;
  const built: BuiltOperation = {
    name,
    inputSchema,
    source: {
      kind: "openapi",
      method: plan.method,
      path,
      tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
      ...(typeof operation.operationId === "string" ? { originalName: operation.operationId } : {}),
    },
    plan,
  };
  const description = describeOperation(operation);
  if (description) built.description = description;
  const output = context.swagger
    ? swaggerResponseSchema(context, operation, where)
    : openApiResponseSchema(context, operation, where);
  if (output !== undefined) built.outputSchema = output;
  const annotations = annotationsFor(plan.method);
  if (annotations) built.annotations = annotations;
  return built;
}

/** Path-level parameters, overridden by operation-level ones with the same name and location. */
function mergedParameters(
  context: Context,
  item: JsonObject,
  operation: JsonObject,
  where: string,
): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [item.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parameter = followToObject(context.document, entry, where);
      if (!parameter || typeof parameter.name !== "string" || typeof parameter.in !== "string")
        continue;
      byKey.set(`${parameter.in}\u0000${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function parameterPlan(
  context: Context,
  parameter: JsonObject,
  name: string,
  key: string,
): ParameterPlan {
  const location = parameter.in as ParameterLocation;
  const required = location === "path" || parameter.required === true;
  if (context.swagger) {
    const format = typeof parameter.collectionFormat === "string" ? parameter.collectionFormat : "";
    const plan: ParameterPlan = {
      name,
      key,
      in: location,
      required,
      style: location === "query" ? "form" : "simple",
      explode: false,
    };
    if (format === "multi") plan.explode = true;
    else if (format === "ssv") plan.style = "spaceDelimited";
    else if (format === "pipes") plan.style = "pipeDelimited";
    else if (format === "tsv") plan.separator = "\t";
    return plan;
  }
  const defaultStyle = location === "query" || location === "cookie" ? "form" : "simple";
  const style = (
    typeof parameter.style === "string" ? parameter.style : defaultStyle
  ) as ParameterPlan["style"];
  const plan: ParameterPlan = {
    name,
    key,
    in: location,
    required,
    style,
    explode: typeof parameter.explode === "boolean" ? parameter.explode : style === "form",
  };
  if (parameter.allowReserved === true) plan.allowReserved = true;
  if (parameter.schema === undefined && isJsonObject(parameter.content)) plan.json = true;
  return plan;
}

function parameterSchema(context: Context, parameter: JsonObject): JsonSchema {
  if (context.swagger) return swaggerSchema(parameter);
  if (parameter.schema !== undefined) return parameter.schema as JsonSchema;
  if (isJsonObject(parameter.content)) {
    const first = Object.values(parameter.content)[0];
    if (isJsonObject(first) && first.schema !== undefined) return first.schema as JsonSchema;
  }
  return {};
}

/** A Swagger 2 non-body parameter's own keywords as a JSON Schema (`file` is a string). */
function swaggerSchema(parameter: JsonObject): JsonSchema {
  if (parameter.type === "file") return { type: "string", format: "binary" };
  const schema: JsonObject = {};
  for (const keyword of SWAGGER_SCHEMA_KEYWORDS) {
    if (parameter[keyword] !== undefined) schema[keyword] = parameter[keyword];
  }
  return schema;
}

/** Adds a parameter's description and deprecation to its schema, for the declarations. */
function documented(schema: JsonSchema, parameter: JsonObject): JsonSchema {
  const docs: JsonObject = {};
  if (typeof parameter.description === "string" && parameter.description !== "") {
    docs.description = parameter.description;
  }
  if (parameter.deprecated === true) docs.deprecated = true;
  if (Object.keys(docs).length === 0 || typeof schema !== "object") return schema;
  return { ...schema, ...docs };
}

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

function openApiRequestBody(
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

function swaggerRequestBody(
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

function openApiResponseSchema(
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

function swaggerResponseSchema(
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

function describeOperation(operation: JsonObject): string | undefined {
  const parts = [operation.summary, operation.description]
    .filter((text): text is string => typeof text === "string")
    .map((text) => plainText(text).trim())
    .filter((text) => text !== "");
  // Some documents repeat the summary as the description's first line.
  if (parts.length === 2 && parts[1]?.startsWith(parts[0] ?? "")) parts.shift();
  if (operation.deprecated === true) parts.push("Deprecated.");
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}

function annotationsFor(method: string): OperationAnnotations | undefined {
  if (READ_ONLY.has(method)) return { readOnlyHint: true };
  if (method === "DELETE") return { destructiveHint: true };
  return undefined;
}

/** The document's server URLs: OpenAPI 3 `servers` (variables at their defaults), or Swagger 2's `schemes`, `host` and `basePath`. */
function serverUrls(document: JsonObject): string[] {
  if (typeof document.swagger === "string") {
    const basePath = typeof document.basePath === "string" ? document.basePath : "";
    if (typeof document.host !== "string" || document.host === "")
      return basePath ? [basePath] : [];
    const schemes = Array.isArray(document.schemes) ? document.schemes.map(String) : [];
    const scheme = schemes.includes("https") ? "https" : (schemes[0] ?? "https");
    return [`${scheme}://${document.host}${basePath}`];
  }
  if (!Array.isArray(document.servers)) return [];
  return document.servers.filter(isJsonObject).flatMap((server) => {
    if (typeof server.url !== "string") return [];
    const variables = isJsonObject(server.variables) ? server.variables : {};
    return [
      server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const variable = variables[name];
        return isJsonObject(variable) && variable.default !== undefined
          ? String(variable.default)
          : whole;
      }),
    ];
  });
}
