import type { JsonSchema } from "../../core/operation.js";

/** The name of the connector's own operation for requests the document does not describe. */
export const REQUEST_OPERATION = "request";

/** The methods `request(...)` takes. */
export const REQUEST_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** The input of `ns.request(...)`, for requests the document does not describe. */
export const REQUEST_INPUT_SCHEMA: JsonSchema = {
  type: "object",
  properties: {
    method: {
      type: "string",
      enum: REQUEST_METHODS,
      description: "The HTTP method; GET by default.",
    },
    path: {
      type: "string",
      description:
        "The path below the API's base URL, such as /repos/{owner}/{repo}; placeholders are filled from params.",
    },
    params: {
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean"] },
      description: "Values for the {placeholders} in path (encoded for you).",
    },
    query: {
      type: "object",
      additionalProperties: {},
      description: "Query parameters; arrays repeat the name.",
    },
    body: {
      description:
        "The request body: sent as JSON unless headers give a content-type and body is a string.",
    },
    headers: {
      type: "object",
      additionalProperties: { type: "string" },
      description: "Extra request headers.",
    },
  },
  required: ["path"],
};
