import { isObject } from "../core/json.js";
import { type Operation, operationPath } from "../core/operation.js";
import { resolveLocalRef } from "../typegen/json-pointer.js";
import { methodsAskedFor, processTerm, splitWords, tokenize } from "./terms.js";

/** Each field holds index terms (already stemmed), separated by spaces. */
export interface Document {
  id: string;
  /** The operation's name, each term once. */
  name: string;
  /** The summary line, tags, path and namespace: each term once, and none already in `name`. */
  title: string;
  /** The rest of the description, with repetitions (BM25 counts them). */
  description: string;
  /** Input property names and short enum values, each once. */
  parameters: string;
  /** Words for what the HTTP method does. */
  action: string;
}

export type SearchField = Exclude<keyof Document, "id">;

/**
 * Words a user says for what an HTTP method does: "remove a pet" finds `DELETE /pet/{id}` even
 * when the operation is called `deletePet`.
 */
const METHOD_WORDS: Record<string, string> = {
  GET: "get list show read find fetch view",
  HEAD: "check exists",
  POST: "create add new make send post submit publish",
  PUT: "set replace put add update",
  PATCH: "update edit change modify",
  DELETE: "delete remove",
};

/** HTTP's own verbs, which users say in another sense or not at all. */
const PROTOCOL_VERBS = new Set(["post", "put", "patch"]);

type SchemaObject = { [keyword: string]: unknown };

const isSchemaObject: (value: unknown) => value is SchemaObject = isObject;

/** Follows local `$ref`s (against the operation's `schemaRoot`, else the schema itself). */
function resolve(schema: unknown, root: unknown): SchemaObject | undefined {
  let current = schema;
  for (let hop = 0; hop < 8 && isSchemaObject(current) && typeof current.$ref === "string"; hop++) {
    const resolved = resolveLocalRef(root, current.$ref);
    if (!resolved.found) return undefined;
    current = resolved.target;
  }
  return isSchemaObject(current) ? current : undefined;
}

/** Short string values an input may take (`state: "open" | "closed"`): users name them. */
function enumWords(schema: SchemaObject | undefined): string[] {
  const items = isSchemaObject(schema?.items) ? schema.items : undefined;
  const values = [
    ...(Array.isArray(schema?.enum) ? schema.enum : []),
    ...(Array.isArray(items?.enum) ? items.enum : []),
  ];
  return values.filter((value): value is string => typeof value === "string" && value.length <= 24);
}

/**
 * Input property names and their short enum values, one level into object properties (an OpenAPI
 * operation's `body`), following `$ref`s: "title", "state open closed", "labels".
 */
function parameterWords(operation: Operation): string {
  const root = operation.schemaRoot ?? operation.inputSchema;
  const input = resolve(operation.inputSchema, root);
  const words: string[] = [];
  const visit = (schema: SchemaObject | undefined, depth: number) => {
    const properties = schema?.properties;
    if (!isSchemaObject(properties)) return;
    for (const [name, child] of Object.entries(properties)) {
      const property = resolve(child, root);
      words.push(splitWords(name), ...enumWords(property));
      if (depth < 1) visit(property, depth + 1);
    }
  };
  visit(input, 0);
  return words.join(" ");
}

/** The first line (paragraph) of a description, and the rest. */
function splitDescription(text: string): { summary: string; rest: string } {
  const trimmed = text.trim();
  const end = trimmed.search(/\n/);
  return end < 0
    ? { summary: trimmed, rest: "" }
    : { summary: trimmed.slice(0, end), rest: trimmed.slice(end + 1) };
}

/**
 * Link targets and bare URLs say where the docs live, not what the operation does: a link to
 * ".../rate-limits-for-the-rest-api" would put "rate limit" in every description citing it.
 */
function withoutUrls(text: string): string {
  return text.replace(/\]\([^)\s]*\)/g, "]").replace(/\bhttps?:\/\/\S+/g, " ");
}

/**
 * For an operation without an HTTP method (an MCP tool, a host function), the method it acts
 * like, so that "read a file" prefers `read_text_file` to `write_file` as it prefers a GET: read
 * from its annotations (`readOnlyHint`) or the verb its name starts with.
 */
function impliedMethod(operation: Operation): string | undefined {
  if (operation.annotations?.readOnlyHint === true) return "GET";
  const verb = tokenize(operation.name)[0] ?? "";
  const methods = methodsAskedFor(verb);
  if (methods.stated) return methods.methods.values().next().value;
  return operation.annotations?.readOnlyHint === false ? "POST" : undefined;
}

/** Text → index terms, in order, with repetitions. */
function terms(text: string): string[] {
  return tokenize(text).flatMap(processTerm);
}

/** Text → index terms, each once. */
function uniqueTerms(text: string): string[] {
  return [...new Set(terms(text))];
}

/** A path without its `{parameters}`: `/repos/{owner}/{repo}/pulls` → "repos pulls". */
function routeWords(path: string | undefined): string {
  return (path ?? "").replace(/\{[^}]*\}/g, " ");
}

/**
 * What the index and the ranking hold of one operation, all terms already processed: the costly
 * part of building the index (stemming every word of every description), kept in the cache.
 */
export interface PreparedOperation {
  document: Document;
  /** The terms of its name and summary line, for the coverage of a query. */
  headline: string[];
  /** The terms of its name, less the words of its own HTTP method ("list" of a GET). */
  named: string[];
  method?: string;
  single: boolean;
}

/** Turns one operation into its index document and ranking profile. */
export function prepareOperation(
  operation: Operation,
  parameters = parameterWords(operation),
): PreparedOperation {
  const id = operationPath(operation);
  const { summary, rest } = splitDescription(withoutUrls(operation.description ?? ""));
  const httpMethod = operation.source.method?.toUpperCase();
  const method = httpMethod ?? impliedMethod(operation);
  const action = terms(httpMethod ? (METHOD_WORDS[httpMethod] ?? "") : "");
  const restated = new Set(terms(method ? (METHOD_WORDS[method] ?? "") : ""));
  // An API that names operations by their method ("PostCharges", "PutAccount") does not mean
  // "post" as a user does ("post a message"): the word stays in `action`, out of the name.
  const words = tokenize(operation.name);
  if (
    words[0] !== undefined &&
    words[0] === httpMethod?.toLowerCase() &&
    PROTOCOL_VERBS.has(words[0])
  )
    words.shift();
  const name = [...new Set(words.flatMap(processTerm))];
  const nameSet = new Set(name);
  const title = uniqueTerms(
    [
      summary,
      ...(operation.source.tags ?? []),
      routeWords(operation.source.path),
      operation.namespace,
    ].join(" "),
  ).filter((term) => !nameSet.has(term));
  return {
    document: {
      id,
      name: name.join(" "),
      title: title.join(" "),
      description: terms(rest).join(" "),
      parameters: uniqueTerms(parameters).join(" "),
      action: action.join(" "),
    },
    headline: [...name, ...title],
    // "list" in the name of a GET says no more than the method does.
    named: name.filter((term) => !restated.has(term)),
    ...(method ? { method } : {}),
    single: httpMethod === "GET" && /\}\/?$/.test(operation.source.path ?? ""),
  };
}
