// Catalog operations for the search evaluation and the token benchmark, built from OpenAPI
// documents the way the OpenAPI connector names them: operationId split on every character that is
// not a letter or digit, then camelCased (`repos/get-content` → `reposGetContent`). When the
// connector lands, `evalOperations` can list its operations instead; nothing else depends on how
// they are built.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** @param {string} operationId */
export function operationIdToName(operationId) {
  return operationId
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

function readJson(specifier) {
  return JSON.parse(readFileSync(require.resolve(specifier), "utf8"));
}

/** The GitHub REST API description from @octokit/openapi (13 MB). */
export function loadGithubSpec() {
  return readJson("@octokit/openapi/generated/api.github.com.json");
}

/** The Swagger Petstore (OpenAPI 3.0) from @readme/oas-examples. */
export function loadPetstoreSpec() {
  return readJson("@readme/oas-examples/3.0/json/petstore.json");
}

/** Follows a non-schema `$ref` (a parameter, a request body) to the object it names. */
function deref(spec, value) {
  let current = value;
  for (let hop = 0; hop < 8 && isObject(current) && typeof current.$ref === "string"; hop++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((node, token) => (isObject(node) ? node[token] : undefined), spec);
  }
  return isObject(current) ? current : undefined;
}

function jsonSchemaOf(spec, holder) {
  const content = deref(spec, holder)?.content;
  if (!isObject(content)) return undefined;
  const media =
    content["application/json"] ??
    Object.entries(content).find(([type]) => type.includes("json"))?.[1] ??
    Object.values(content)[0];
  return isObject(media) ? media.schema : undefined;
}

/**
 * Every operation of an OpenAPI 3.x document: path, query and header parameters as input
 * properties, the request body as `body`, the 200/201 response as output, schema `$ref`s left in
 * place with `schemaRoot` set to the document.
 *
 * @param {Record<string, unknown>} spec
 * @param {string} namespace
 * @returns {import("../dist/index.js").Operation[]}
 */
export function openApiOperations(spec, namespace) {
  const operations = [];
  const taken = new Set();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== "string") continue;
      const properties = {};
      const required = [];
      for (const reference of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = deref(spec, reference);
        if (!parameter || !["path", "query", "header"].includes(parameter.in)) continue;
        const name = String(parameter.name);
        properties[name] = {
          ...(isObject(parameter.schema) ? parameter.schema : {}),
          ...(typeof parameter.description === "string"
            ? { description: parameter.description }
            : {}),
        };
        if (parameter.required === true) required.push(name);
      }
      const body = jsonSchemaOf(spec, operation.requestBody);
      if (body !== undefined) {
        properties.body = body;
        if (deref(spec, operation.requestBody)?.required === true) required.push("body");
      }
      const responses = operation.responses ?? {};
      const output = jsonSchemaOf(spec, responses["200"] ?? responses["201"]);
      const description = [operation.summary, operation.description]
        .filter((text) => typeof text === "string" && text.trim() !== "")
        .join("\n\n");
      let name = operationIdToName(operation.operationId);
      for (let suffix = 2; taken.has(name); suffix++)
        name = `${operationIdToName(operation.operationId)}_${suffix}`;
      taken.add(name);
      operations.push({
        namespace,
        name,
        description,
        inputSchema: { type: "object", properties, required },
        ...(output === undefined ? {} : { outputSchema: output }),
        schemaRoot: spec,
        source: {
          kind: "openapi",
          method: method.toUpperCase(),
          path,
          tags: Array.isArray(operation.tags) ? operation.tags : [],
          originalName: operation.operationId,
        },
      });
    }
  }
  return operations;
}

/** The catalog the search evaluation runs against: GitHub (`github.*`) and Petstore (`petstore.*`). */
export function evalOperations() {
  return [
    ...openApiOperations(loadGithubSpec(), "github"),
    ...openApiOperations(loadPetstoreSpec(), "petstore"),
  ];
}

/**
 * A connector over fixed operations (no calls): enough for `createCodeMode({ connectors })` to
 * build the catalog, its declarations and its search index.
 *
 * @param {string} namespace
 * @param {import("../dist/index.js").Operation[]} operations
 */
export function staticConnector(namespace, operations) {
  return {
    namespace,
    listOperations: async () => operations,
    callOperation: async () => {
      throw new Error(`${namespace} is a fixture: its operations cannot be called.`);
    },
  };
}

/**
 * One connector per namespace of `operations`, for `createCodeMode({ connectors })`.
 *
 * @param {import("../dist/index.js").Operation[]} operations
 */
export function connectorsFor(operations) {
  const byNamespace = new Map();
  for (const operation of operations) {
    const list = byNamespace.get(operation.namespace) ?? [];
    list.push(operation);
    byNamespace.set(operation.namespace, list);
  }
  return [...byNamespace].map(([namespace, list]) => staticConnector(namespace, list));
}
