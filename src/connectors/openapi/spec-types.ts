import { isObject } from "../../core/json.js";
import type { Operation } from "../../core/operation.js";

/** A JSON object of an OpenAPI document. */
export type JsonObject = { [key: string]: unknown };

export const isJsonObject: (value: unknown) => value is JsonObject = isObject;

export type ParameterLocation = "path" | "query" | "header" | "cookie";

/** How one parameter travels: where, under which name, and how its value is written. */
export interface ParameterPlan {
  /** Its name in the HTTP request. */
  name: string;
  /** Its property in the script's input (the name, unless two parameters share it). */
  key: string;
  in: ParameterLocation;
  required: boolean;
  /** OpenAPI 3 `style` (Swagger 2's `collectionFormat` is mapped onto these). */
  style: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "simple" | "label" | "matrix";
  explode: boolean;
  allowReserved?: boolean;
  /** Swagger 2 `collectionFormat: tsv`: arrays joined by a tab. */
  separator?: string;
  /** A parameter described by `content` (not `schema`): its value is sent as JSON text. */
  json?: boolean;
}

/** How the request body travels. */
export interface BodyPlan {
  /** Its property in the script's input: `body`, unless a parameter is called that. */
  key: string;
  mediaType: string;
  required: boolean;
  /** Multipart fields that are files (`format: binary`): sent with a file name. */
  files?: string[];
}

/** What the host needs to turn a script's input into an HTTP request. */
export interface CallPlan {
  method: string;
  /** The path template, `/repos/{owner}/{repo}`. */
  path: string;
  parameters: ParameterPlan[];
  body?: BodyPlan;
}

/** One operation as built from the document, before it is given a namespace. */
export interface BuiltOperation extends Omit<Operation, "namespace" | "schemaRoot"> {
  plan: CallPlan;
}

/** Everything taken from one document: what the cache holds, keyed by the document's hash. */
export interface BuiltSpec {
  operations: BuiltOperation[];
  /** The parts of the document that the operations' `$ref`s point into (their `schemaRoot`). */
  root: JsonObject;
  /**
   * Where in `root` each part that `$ref`s point to sits (pointer tokens): the cache keeps each
   * apart, so that describing one operation parses only the parts it reaches.
   */
  rootParts?: string[][];
  /** Server URLs as the document gives them, variables replaced by their defaults. */
  servers: string[];
  title?: string;
  /** The document's cache key (a hash of its bytes and the build's format), when it has one. */
  digest?: string;
}
