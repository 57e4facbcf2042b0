import { readFileSync } from "node:fs";
import { uniqueIdentifiers } from "../../src/core/identifier.js";
import type { JsonSchema, Operation } from "../../src/core/operation.js";

type Json = { [key: string]: unknown };

const SPEC_PATH = "../../node_modules/@octokit/openapi/generated/api.github.com.json";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** A fresh parse of the GitHub REST OpenAPI document from @octokit/openapi (13 MB). */
export function loadGithubSpec(): Json {
  return JSON.parse(readFileSync(new URL(SPEC_PATH, import.meta.url), "utf8")) as Json;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `repos/list-for-org` → `reposListForOrg`. */
export function operationIdToName(operationId: string): string {
  const words = operationId.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  return words
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

/** Follows a non-schema `$ref` (a parameter, a response) to the object it names. */
function deref(spec: Json, value: unknown): Json | undefined {
  let current = value;
  for (let hop = 0; hop < 8 && isObject(current) && typeof current.$ref === "string"; hop++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, token) => (isObject(node) ? node[token] : undefined), spec);
  }
  return isObject(current) ? current : undefined;
}

function jsonSchemaOf(spec: Json, holder: unknown): unknown {
  const content = deref(spec, holder)?.content;
  return isObject(content) ? (content["application/json"] as Json | undefined)?.schema : undefined;
}

/**
 * Every operation of an OpenAPI 3.0 document, the way an OpenAPI connector would build them:
 * path and query parameters as input properties, the JSON request body as `body`, the 200/201
 * JSON response as output, and `schemaRoot` set to the document (schema `$ref`s left in place).
 * With `dereferenced`, the document has no `$ref`s and `schemaRoot` is left out.
 */
export function openApiOperations(
  spec: Json,
  options: { namespace: string; dereferenced?: boolean },
): Operation[] {
  const found: { operationId: string; build: (name: string) => Operation }[] = [];
  for (const [path, item] of Object.entries(spec.paths as Json)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== "string") continue;
      const properties: Json = {};
      const required: string[] = [];
      const parameters = [
        ...((item.parameters as unknown[]) ?? []),
        ...((operation.parameters as unknown[]) ?? []),
      ];
      for (const reference of parameters) {
        const parameter = deref(spec, reference);
        if (parameter === undefined || (parameter.in !== "path" && parameter.in !== "query")) {
          continue;
        }
        const name = String(parameter.name);
        const schema = parameter.schema ?? {};
        const docs = {
          ...(typeof parameter.description === "string"
            ? { description: parameter.description }
            : {}),
          ...(parameter.deprecated === true ? { deprecated: true } : {}),
        };
        properties[name] = Object.keys(docs).length > 0 ? { ...(schema as Json), ...docs } : schema;
        if (parameter.required === true) required.push(name);
      }
      const body = jsonSchemaOf(spec, operation.requestBody);
      if (body !== undefined) {
        properties.body = body;
        if (deref(spec, operation.requestBody)?.required === true) required.push("body");
      }
      const responses = operation.responses as Json;
      const output = jsonSchemaOf(spec, responses["200"] ?? responses["201"]);
      const description = [operation.summary, operation.description]
        .filter((text) => typeof text === "string" && text !== "")
        .join("\n\n");
      const operationId = operation.operationId;
      found.push({
        operationId,
        build: (name) => ({
          namespace: options.namespace,
          name,
          description,
          inputSchema: { type: "object", properties, required },
          ...(output === undefined ? {} : { outputSchema: output as JsonSchema }),
          ...(options.dereferenced ? {} : { schemaRoot: spec }),
          source: {
            kind: "openapi",
            method: method.toUpperCase(),
            path,
            tags: (operation.tags as string[] | undefined) ?? [],
            originalName: operationId,
          },
        }),
      });
    }
  }
  const names = uniqueIdentifiers(found.map(({ operationId }) => operationIdToName(operationId)));
  return found
    .sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0))
    .map(({ operationId, build }) => build(names.get(operationIdToName(operationId)) ?? ""));
}

/** Every `every`th operation by operationId, plus the ones named: a deterministic sample. */
export function sampleOperations(
  operations: readonly Operation[],
  options: { every: number; include: readonly string[] },
): Operation[] {
  return operations.filter(
    (operation, index) =>
      index % options.every === 0 || options.include.includes(operation.source.originalName ?? ""),
  );
}

/**
 * Replaces every `$ref` in `document` by the object it points to, in place, the way dereferencing
 * parsers do: the result shares objects between places (and would hold cycles if the schemas did).
 */
export function dereferenceInPlace(document: Json): Json {
  const resolve = (ref: string): unknown =>
    ref
      .slice(2)
      .split("/")
      .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, token) => (isObject(node) ? node[token] : undefined), document);
  const target = (value: unknown): unknown => {
    let current = value;
    for (let hop = 0; hop < 16 && isObject(current) && typeof current.$ref === "string"; hop++) {
      current = resolve(current.$ref);
    }
    return current;
  };
  const seen = new Set<unknown>();
  const stack: unknown[] = [document];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    const record = node as Json;
    for (const key of Object.keys(record)) {
      record[key] = target(record[key]);
      stack.push(record[key]);
    }
  }
  return document;
}
