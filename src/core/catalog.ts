import type { CallContext, Connector } from "./connector.js";
import { ConfigError, UnknownOperationError } from "./errors.js";
import { isIdentifier } from "./identifier.js";
import { type Operation, operationPath } from "./operation.js";

/** Namespaces the runtime keeps for itself. */
export const RESERVED_NAMESPACES: ReadonlySet<string> = new Set([
  "codemode",
  "console",
  "ToolError",
]);

/**
 * Every operation of every connector, by namespace. Built once from the connectors' listings;
 * `refresh` rebuilds it when a source changes.
 */
export class Catalog {
  private readonly connectors = new Map<string, Connector>();
  private operationsByPath = new Map<string, Operation>();
  private version = 0;

  constructor(connectors: readonly Connector[]) {
    for (const connector of connectors) {
      if (!isIdentifier(connector.namespace) || RESERVED_NAMESPACES.has(connector.namespace)) {
        throw new ConfigError(
          `"${connector.namespace}" cannot be a namespace: use a name made of letters, digits and _ that is not reserved (${[...RESERVED_NAMESPACES].join(", ")}).`,
        );
      }
      if (this.connectors.has(connector.namespace)) {
        throw new ConfigError(
          `Two sources are named "${connector.namespace}": give each a different key.`,
        );
      }
      this.connectors.set(connector.namespace, connector);
    }
  }

  /** Reads every connector's operations (in parallel). */
  async refresh(): Promise<void> {
    const listings = await Promise.all(
      [...this.connectors.values()].map((connector) => connector.listOperations()),
    );
    const byPath = new Map<string, Operation>();
    for (const operation of listings.flat()) byPath.set(operationPath(operation), operation);
    this.operationsByPath = byPath;
    this.version++;
  }

  /** Changes whenever the operations change: a cache key for declarations and type-checks. */
  get revision(): number {
    return this.version;
  }

  operations(): Operation[] {
    return [...this.operationsByPath.values()];
  }

  get(path: string): Operation | undefined {
    return this.operationsByPath.get(path);
  }

  namespaces(): string[] {
    return [...this.connectors.keys()];
  }

  /** namespace → function names, for the sandbox's globals. */
  globals(): Record<string, string[]> {
    const globals: Record<string, string[]> = {};
    for (const namespace of this.connectors.keys()) globals[namespace] = [];
    for (const operation of this.operationsByPath.values())
      globals[operation.namespace]?.push(operation.name);
    return globals;
  }

  async call(
    namespace: string,
    name: string,
    args: unknown,
    context: CallContext,
  ): Promise<unknown> {
    const connector = this.connectors.get(namespace);
    const path = `${namespace}.${name}`;
    if (!connector || !this.operationsByPath.has(path)) throw new UnknownOperationError(path);
    return connector.callOperation(name, args, context);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.connectors.values()].map((connector) => connector.close?.()));
  }
}
