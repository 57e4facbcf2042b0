import type { CallContext, Connector } from "./connector.js";
import { ConfigError, isCodemodeError, ToolError, UnknownOperationError } from "./errors.js";
import { isIdentifier } from "./identifier.js";
import { type Operation, operationPath } from "./operation.js";

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 5 * 60_000;

/** Namespaces the runtime keeps for itself. */
export const RESERVED_NAMESPACES: ReadonlySet<string> = new Set([
  "codemode",
  "console",
  "ToolError",
  "scripts",
  "skills",
  "input",
]);

/**
 * Every operation of every connector, by namespace. Built from the connectors' listings;
 * `refresh` rebuilds it, and a connector that signals a change is listed again on its own.
 * A connector whose listing fails keeps an empty namespace and a {@link Catalog.problem} saying
 * why; the others are unaffected.
 */
export class Catalog {
  private readonly connectors = new Map<string, Connector>();
  private readonly listings = new Map<string, readonly Operation[]>();
  private readonly problems = new Map<string, string>();
  /** Per failed namespace: how many listings failed in a row, and when to try again. */
  private readonly retries = new Map<string, { attempts: number; next: number }>();
  private readonly unsubscribers: (() => void)[] = [];
  /** Per namespace: the listing under way, and whether another change arrived meanwhile. */
  private readonly relisting = new Map<string, { done: Promise<void>; again: boolean }>();
  private operationsByPath = new Map<string, Operation>();
  private version = 0;
  private closed = false;

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
    for (const connector of connectors) {
      const unsubscribe = connector.onChange?.(() => {
        void this.refreshNamespace(connector.namespace);
      });
      if (unsubscribe) this.unsubscribers.push(unsubscribe);
    }
  }

  /**
   * Reads every connector's operations (in parallel). A connector that fails leaves its namespace
   * empty with a problem recorded; only a config error (a source defined wrongly) is thrown.
   */
  async refresh(): Promise<void> {
    await Promise.all([...this.connectors.keys()].map((namespace) => this.list(namespace)));
    this.rebuild();
  }

  /**
   * Lists one connector again (after it signalled a change). Changes that arrive while a listing
   * is under way are folded into one more listing.
   */
  async refreshNamespace(namespace: string): Promise<void> {
    const running = this.relisting.get(namespace);
    if (running) {
      running.again = true;
      return running.done;
    }
    const state = { done: Promise.resolve(), again: false };
    state.done = (async () => {
      try {
        do {
          state.again = false;
          await this.list(namespace).catch(() => {});
          if (this.closed) return;
          this.rebuild();
        } while (state.again);
      } finally {
        this.relisting.delete(namespace);
      }
    })();
    this.relisting.set(namespace, state);
    return state.done;
  }

  /** Why a namespace has no operations (its source could not be listed), if it has a reason. */
  problem(namespace: string): string | undefined {
    return this.problems.get(namespace);
  }

  /** Every namespace whose source could not be listed, with why. */
  unavailable(): { namespace: string; problem: string; kind?: Connector["kind"] }[] {
    return [...this.problems].map(([namespace, problem]) => {
      const kind = this.connectors.get(namespace)?.kind;
      return { namespace, problem, ...(kind ? { kind } : {}) };
    });
  }

  /**
   * Lists an unavailable namespace again when its backoff has passed (1 s after the failure,
   * doubling up to 5 minutes): a source that failed to load is tried again on its next use.
   * Whether it is available now.
   */
  async retry(namespace: string): Promise<boolean> {
    if (!this.problems.has(namespace)) return this.connectors.has(namespace);
    const due = this.retries.get(namespace);
    if (due && Date.now() < due.next) return false;
    await this.refreshNamespace(namespace);
    return !this.problems.has(namespace);
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

  /** The connector behind a namespace. */
  connector(namespace: string): Connector | undefined {
    return this.connectors.get(namespace);
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
    if (!connector || !this.operationsByPath.has(path)) throw this.missing(path);
    return connector.callOperation(name, args, context);
  }

  /** The error for a path the catalog has no operation for: unknown, or its source unavailable. */
  missing(path: string): ToolError {
    const problem = this.problems.get(path.slice(0, path.indexOf(".")));
    if (problem) {
      return new ToolError(`${path} is unavailable: ${problem}`, {
        code: "source_unavailable",
        details: { path },
      });
    }
    return new UnknownOperationError(path);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    await Promise.allSettled([...this.connectors.values()].map((connector) => connector.close?.()));
  }

  private async list(namespace: string): Promise<void> {
    const connector = this.connectors.get(namespace);
    if (!connector) return;
    try {
      this.listings.set(namespace, await connector.listOperations());
      this.problems.delete(namespace);
    } catch (error) {
      const external = connector.kind === "mcp" || connector.kind === "openapi";
      if (!external && isCodemodeError(error) && error.code === "config_invalid") throw error;
      this.listings.set(namespace, []);
      this.problems.set(namespace, error instanceof Error ? error.message : String(error));
      const attempts = (this.retries.get(namespace)?.attempts ?? 0) + 1;
      const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempts - 1));
      this.retries.set(namespace, { attempts, next: Date.now() + delay });
      return;
    }
    this.retries.delete(namespace);
  }

  private rebuild(): void {
    const byPath = new Map<string, Operation>();
    for (const namespace of this.connectors.keys()) {
      for (const operation of this.listings.get(namespace) ?? [])
        byPath.set(operationPath(operation), operation);
    }
    this.operationsByPath = byPath;
    this.version++;
  }
}
