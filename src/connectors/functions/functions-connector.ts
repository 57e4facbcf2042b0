import type { CallContext, Connector, PreparedCall } from "../../core/connector.js";
import { CodemodeError, ToolError } from "../../core/errors.js";
import { uniqueIdentifiers } from "../../core/identifier.js";
import type { Operation, OperationAnnotations } from "../../core/operation.js";
import { type SchemaInput, schemaValidator, toJsonSchema } from "../standard-schema.js";

/**
 * A function of the host application, callable from scripts as `namespace.name(input)`.
 *
 * @example
 * const findCustomer: HostFunction<{ email: string }> = {
 *   description: "Find a customer by email",
 *   input: { type: "object", properties: { email: { type: "string" } }, required: ["email"] },
 *   execute: async ({ email }) => ({ id: "c_1", email }),
 * };
 */
// biome-ignore lint/suspicious/noExplicitAny: the default lets functions with typed arguments be assigned to FunctionsInput.
export interface HostFunction<Input = any, Output = unknown> {
  description?: string;
  /** JSON Schema or a Standard Schema (zod…); arguments are validated against it before `execute`. */
  input?: SchemaInput;
  /** Describes the result, for the declarations the model reads. */
  output?: SchemaInput;
  execute(args: Input, context: CallContext): Output | Promise<Output>;
  /** Whether a call waits for a person's approval. */
  needsApproval?: boolean | ((args: Input) => boolean | Promise<boolean>);
  /** Undoes an applied call, for rollback. */
  revert?: (args: Input, result: Output) => unknown;
  annotations?: OperationAnnotations;
}

/** Host functions by namespace, then by name. */
export type FunctionsInput = Record<string, Record<string, HostFunction>>;

interface Entry {
  fn: HostFunction;
  validate: ReturnType<typeof schemaValidator>;
}

const ANY_OBJECT = { type: "object" } as const;

/** Turns one namespace of host functions into catalog operations and performs their calls. */
export class FunctionsConnector implements Connector {
  readonly namespace: string;
  readonly kind = "functions";
  private readonly functions: Record<string, HostFunction>;
  private readonly entries = new Map<string, Entry>();
  private operations: Operation[] | undefined;
  /** Arguments `prepareCall` validated, so the call that follows does not validate them again. */
  private readonly validated = new WeakSet<object>();

  constructor(namespace: string, functions: Record<string, HostFunction>) {
    this.namespace = namespace;
    this.functions = functions;
  }

  async listOperations(): Promise<readonly Operation[]> {
    if (this.operations) return this.operations;
    const names = uniqueIdentifiers(Object.keys(this.functions));
    const operations: Operation[] = [];
    for (const [original, fn] of Object.entries(this.functions)) {
      const name = names.get(original) ?? original;
      const where = `${this.namespace}.${name}`;
      if (typeof fn?.execute !== "function") {
        throw new CodemodeError(
          "config_invalid",
          `${where} has no execute function: give it execute(args).`,
        );
      }
      const input = fn.input ?? ANY_OBJECT;
      this.entries.set(name, { fn, validate: schemaValidator(input) });
      const operation: Operation = {
        namespace: this.namespace,
        name,
        inputSchema: await toJsonSchema(input, where),
        source: { kind: "functions", ...(name === original ? {} : { originalName: original }) },
      };
      if (fn.description) operation.description = fn.description;
      if (fn.output) operation.outputSchema = await toJsonSchema(fn.output, where);
      if (fn.annotations) operation.annotations = fn.annotations;
      operations.push(operation);
    }
    this.operations = operations;
    return operations;
  }

  /** Validates first: the policy and the person approving see the arguments `execute` gets. */
  async prepareCall(name: string, args: unknown): Promise<PreparedCall> {
    if (!this.operations) await this.listOperations();
    const entry = this.entries.get(name);
    if (!entry) return {};
    const path = `${this.namespace}.${name}`;
    const validation = await entry.validate(args);
    if (!validation.valid) {
      throw new ToolError(
        `${path}: invalid input: ${validation.message}. Call describe("${path}") for the expected shape.`,
        { code: "invalid_arguments" },
      );
    }
    const valid = validation.value === undefined ? args : validation.value;
    if (typeof valid === "object" && valid !== null) this.validated.add(valid);
    return { args: valid };
  }

  needsApproval(name: string, args: unknown): boolean | Promise<boolean> | undefined {
    const rule = this.entries.get(name)?.fn.needsApproval;
    return typeof rule === "function" ? rule(args) : rule;
  }

  approvalDeclaration(name: string): boolean | "function" | undefined {
    const rule = this.entries.get(name)?.fn.needsApproval;
    return typeof rule === "function" ? "function" : rule;
  }

  compensation(name: string): ((args: unknown, result: unknown) => Promise<unknown>) | undefined {
    const revert = this.entries.get(name)?.fn.revert;
    return revert ? async (args, result) => revert(args, result) : undefined;
  }

  async callOperation(name: string, args: unknown, context: CallContext): Promise<unknown> {
    if (!this.operations) await this.listOperations();
    const entry = this.entries.get(name);
    const path = `${this.namespace}.${name}`;
    if (!entry)
      throw new ToolError(`There is no operation "${path}".`, { code: "unknown_operation" });
    let input = args;
    if (typeof args === "object" && args !== null && this.validated.has(args))
      this.validated.delete(args);
    else {
      const validation = await entry.validate(args);
      if (!validation.valid) {
        throw new ToolError(
          `${path}: invalid input: ${validation.message}. Call describe("${path}") for the expected shape.`,
          { code: "invalid_arguments" },
        );
      }
      if (validation.value !== undefined) input = validation.value;
    }
    try {
      return await entry.fn.execute(input, context);
    } catch (error) {
      if (error instanceof CodemodeError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ToolError(`${path} failed: ${message}`, { cause: error });
    }
  }
}
