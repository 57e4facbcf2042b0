import type { Operation } from "./operation.js";
import { operationPath } from "./operation.js";

/** The config's `approval` section. */
export interface ApprovalConfig {
  /** Globs of `ns.name` paths that always wait for approval (`github.*`, `fs.write_*`). */
  require?: readonly string[];
  /** Globs that never wait: they win over `require` and over every default. */
  allow?: readonly string[];
  /** MCP tools wait unless they are annotated read-only (by default only `destructiveHint` waits). */
  strict?: boolean;
}

/** One call as the policy sees it. */
export interface PolicyCall {
  path: string;
  operation: Operation;
  args: unknown;
}

/** An application's own rule: true or false decides, undefined leaves it to the config and defaults. */
export type PolicyRule = (call: PolicyCall) => boolean | undefined | Promise<boolean | undefined>;

export type ApprovalRequirement = { required: false } | { required: true; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Decides whether a call waits for a person. In order: the application's rule, `approval.allow`,
 * `approval.require`, the source's own declaration (a host function's `needsApproval`), then the
 * defaults: MCP tools annotated `destructiveHint: true` (in strict mode, any not `readOnlyHint`)
 * and HTTP operations other than GET, HEAD and OPTIONS.
 *
 * @example
 * const policy = new ApprovalPolicy({ require: ["github.*"], allow: ["github.reposGet"] });
 * await policy.requirement({ path: "github.reposGet", operation, args }); // { required: false }
 */
export class ApprovalPolicy {
  private readonly allow: RegExp[];
  private readonly require: RegExp[];

  constructor(
    private readonly config: ApprovalConfig = {},
    private readonly rule?: PolicyRule,
  ) {
    this.allow = (config.allow ?? []).map(globPattern);
    this.require = (config.require ?? []).map(globPattern);
  }

  async requirement(
    call: PolicyCall,
    declared?: () => boolean | undefined | Promise<boolean | undefined>,
  ): Promise<ApprovalRequirement> {
    const ruled = await this.rule?.(call);
    if (ruled !== undefined)
      return ruled ? { required: true, reason: "the application's policy" } : { required: false };
    if (this.allow.some((pattern) => pattern.test(call.path))) return { required: false };
    const required = this.require.find((pattern) => pattern.test(call.path));
    if (required) return { required: true, reason: `approval.require matches ${call.path}` };
    const own = await declared?.();
    if (own !== undefined)
      return own
        ? { required: true, reason: "the function declares needsApproval" }
        : { required: false };
    return defaultRequirement(call.operation, this.config.strict === true);
  }
}

function defaultRequirement(operation: Operation, strict: boolean): ApprovalRequirement {
  const { annotations, source } = operation;
  if (source.kind === "openapi") {
    const method = (source.method ?? "GET").toUpperCase();
    return SAFE_METHODS.has(method)
      ? { required: false }
      : { required: true, reason: `${method} changes data on ${operationPath(operation)}'s API` };
  }
  if (source.kind === "mcp") {
    if (annotations?.destructiveHint === true && annotations.readOnlyHint !== true)
      return { required: true, reason: "the tool is annotated destructive" };
    if (strict && annotations?.readOnlyHint !== true)
      return { required: true, reason: "strict approval: the tool is not annotated read-only" };
  }
  return { required: false };
}

/** `*` matches any run of characters; everything else is literal. */
function globPattern(glob: string): RegExp {
  const body = glob
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`);
}

/** Whether the call changes nothing: an MCP `readOnlyHint`, an HTTP GET, HEAD or OPTIONS. */
export function isReadOnly(operation: Operation): boolean {
  if (operation.annotations?.readOnlyHint === true) return true;
  return (
    operation.source.kind === "openapi" &&
    SAFE_METHODS.has((operation.source.method ?? "").toUpperCase())
  );
}
