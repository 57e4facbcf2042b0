import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../core/connector.js";
import { isCodemodeError } from "../core/errors.js";
import { isIdentifier } from "../core/identifier.js";

/** A connector under test, with calls it is known to answer. */
export interface ConnectorUnderTest {
  connector: Connector;
  /** A call that succeeds, and a check of its result when the suite should look at it. */
  call: { name: string; args: unknown; check?: (result: unknown) => void };
  /** A call the source refuses or fails (bad arguments, an error result, an error status). */
  failing: { name: string; args: unknown };
  /** Ends what the test started beside the connector (a server); the suite closes the connector. */
  stop?: () => Promise<void>;
}

/**
 * The behaviour every connector must have, whatever its source: a catalog of well-formed
 * operations under its namespace, calls whose results are JSON data, failures as `ToolError`s
 * with a code, an unknown name as `unknown_operation`, and a `prepareCall` that only ever throws
 * `ToolError`s. Run it against each implementation:
 *
 * @example
 * describeConnectorContract("host functions", async () => ({
 *   connector: new FunctionsConnector("shop", shopFunctions),
 *   call: { name: "getStock", args: { sku: "TEA-01" } },
 *   failing: { name: "getStock", args: { sku: 42 } },
 * }));
 */
export function describeConnectorContract(
  name: string,
  make: () => ConnectorUnderTest | Promise<ConnectorUnderTest>,
): void {
  describe(`connector contract: ${name}`, () => {
    let subject: ConnectorUnderTest;
    beforeAll(async () => {
      subject = await make();
    });
    afterAll(async () => {
      await subject?.connector.close?.();
      await subject?.stop?.();
    });

    it("has an identifier for a namespace and says what kind of source it is", () => {
      expect(isIdentifier(subject.connector.namespace)).toBe(true);
      if (subject.connector.kind !== undefined)
        expect(["functions", "mcp", "openapi"]).toContain(subject.connector.kind);
    });

    it("lists well-formed operations under its namespace, each name once", async () => {
      const operations = await subject.connector.listOperations();
      expect(operations.length).toBeGreaterThan(0);
      const names = operations.map((operation) => operation.name);
      expect(new Set(names).size).toBe(names.length);
      for (const operation of operations) {
        expect(operation.namespace).toBe(subject.connector.namespace);
        expect(isIdentifier(operation.name), operation.name).toBe(true);
        expect(typeof operation.description).toBe("string");
        expect(operation.inputSchema).toBeTypeOf("object");
        expect(JSON.parse(JSON.stringify(operation.inputSchema))).toEqual(operation.inputSchema);
      }
      expect(names).toContain(subject.call.name);
    });

    it("lists the same operations when asked again", async () => {
      const first = (await subject.connector.listOperations()).map((operation) => operation.name);
      const second = (await subject.connector.listOperations()).map((operation) => operation.name);
      expect(second).toEqual(first);
    });

    it("answers a call with JSON data", async () => {
      const prepared = await subject.connector.prepareCall?.(subject.call.name, subject.call.args);
      const result = await subject.connector.callOperation(
        subject.call.name,
        prepared?.args ?? subject.call.args,
        { executionId: "contract" },
      );
      if (result !== undefined) expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      subject.call.check?.(result);
    });

    it("fails a call the source refuses with a ToolError that has a code and a message", async () => {
      const error = await settleError(async () => {
        const prepared = await subject.connector.prepareCall?.(
          subject.failing.name,
          subject.failing.args,
        );
        await subject.connector.callOperation(
          subject.failing.name,
          prepared?.args ?? subject.failing.args,
          { executionId: "contract" },
        );
      });
      expectToolError(error);
    });

    it("answers an unknown name with unknown_operation", async () => {
      const error = await settleError(() =>
        subject.connector.callOperation("noSuchOperationAnywhere", {}, { executionId: "contract" }),
      );
      expectToolError(error);
      expect((error as { code?: string }).code).toBe("unknown_operation");
    });

    it("prepares a call without making it, and throws nothing but ToolErrors", async () => {
      const { prepareCall } = subject.connector;
      if (!prepareCall) return;
      const prepared = await prepareCall.call(
        subject.connector,
        subject.call.name,
        subject.call.args,
      );
      expect(prepared).toBeTypeOf("object");
      const error = await settleError(async () => {
        await prepareCall.call(subject.connector, "noSuchOperationAnywhere", {});
      });
      if (error !== undefined) expectToolError(error);
    });
  });
}

async function settleError(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectToolError(error: unknown): void {
  expect(error, "expected the call to fail").toBeInstanceOf(Error);
  expect(isCodemodeError(error), String(error)).toBe(true);
  expect((error as Error).name).toBe("ToolError");
  expect((error as { code?: unknown }).code).toBeTypeOf("string");
  expect((error as Error).message.length).toBeGreaterThan(0);
}
