import type { JsonSchema, Operation } from "../../src/core/operation.js";

/** An operation for tests: namespace `test`, an empty input schema unless given. */
export function makeOperation(
  fields: Partial<Operation> & { name: string; inputSchema?: JsonSchema },
): Operation {
  return {
    namespace: "test",
    inputSchema: { type: "object" },
    source: { kind: "functions" },
    ...fields,
  };
}

/** An operation whose output is `schema` (the easiest place to look at one rendered type). */
export function outputOperation(schema: JsonSchema, name = "get"): Operation {
  return makeOperation({ name, outputSchema: schema });
}
