import { isSafeMethod } from "../../core/approval-policy.js";
import { ConfigError } from "../../core/errors.js";
import type { JsonSchema, OperationAnnotations } from "../../core/operation.js";
import { plainText } from "../../core/plain-text.js";
import {
  documented,
  openApiRequestBody,
  openApiResponseSchema,
  swaggerRequestBody,
  swaggerResponseSchema,
} from "./operation-bodies.js";
import { operationName, uniqueOperationNames } from "./operation-name.js";
import { pruneRoot } from "./prune-root.js";
import { REQUEST_OPERATION } from "./request-input-schema.js";
import { followToObject, rememberingRefs } from "./resolve-ref.js";
import type {
  BuiltOperation,
  BuiltSpec,
  CallPlan,
  JsonObject,
  ParameterLocation,
  ParameterPlan,
} from "./spec-types.js";
import { isJsonObject } from "./spec-types.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
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

export interface Context {
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
  if (isSafeMethod(method)) return { readOnlyHint: true };
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
