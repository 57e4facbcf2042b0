import type { HttpEffect, PreparedCall } from "./connector.js";
import type { Operation } from "./operation.js";
import { operationPath } from "./operation.js";

/**
 * How much of a source's own word the policy takes:
 * - `annotations` (default): an MCP tool waits unless it is annotated `readOnlyHint: true` (the
 *   MCP specification's defaults for a tool that says nothing are "not read-only, destructive");
 *   an HTTP call waits unless its method is GET, HEAD or OPTIONS;
 * - `destructive-only`: only calls that may destroy wait: MCP tools not read-only whose
 *   `destructiveHint` is not `false` (unannotated ones included), HTTP PUT, PATCH and DELETE;
 * - `all`: every call waits (annotations are hints from the server, not guarantees).
 */
export type ApprovalMode = "annotations" | "destructive-only" | "all";

export const APPROVAL_MODES: readonly ApprovalMode[] = ["annotations", "destructive-only", "all"];

/** The config's `approval` section. */
export interface ApprovalConfig {
  /** Globs of `ns.name` paths that always wait for approval (`github.*`, `fs.write_*`). */
  require?: readonly string[];
  /** Globs that never wait: they win over `require` and over every default, never over `block`. */
  allow?: readonly string[];
  /** Globs that never run: the call fails at once with a `ToolError` naming the rule. */
  block?: readonly string[];
  mode?: ApprovalMode;
  /** Before `mode`: `true` was what `annotations` now is, and stays accepted. */
  strict?: boolean;
}

/** One call as the policy sees it: what it will really do, worked out by its connector. */
export interface PolicyCall {
  /** `ns.name` the script called (`api.request` for a generic request). */
  path: string;
  operation: Operation;
  /** The arguments the call will be made with (validated, defaults applied where the source does). */
  args: unknown;
  /**
   * The declared operation the call amounts to: for `api.request({ method: "POST", path:
   * "/v1/refunds" })`, the spec's `api.refundsCreate`; otherwise the operation called.
   */
  target: Operation;
  /** `ns.name` of `target`. */
  targetPath: string;
  /** For an HTTP call: the method as judged (a method-override header counts) and the path sent. */
  http?: HttpEffect;
}

/** What the policy says of one call. */
export type PolicyDecision =
  | { action: "allow"; reason?: string }
  | { action: "ask"; reason: string }
  | { action: "block"; reason: string };

/**
 * An application's own rule, run before every call and fail-closed (if it throws, the call is
 * not made): `"block"` refuses the call, `"ask"` or `true` holds it for a person, `"allow"` or
 * `false` lets it run; `undefined` leaves it to the config and the defaults. `approval.block`
 * comes before it.
 */
export type PolicyRule = (
  call: PolicyCall,
) => PolicyRuleAnswer | undefined | Promise<PolicyRuleAnswer | undefined>;
export type PolicyRuleAnswer = boolean | "allow" | "ask" | "block";

/** A source's own declaration (a host function's `needsApproval`), consulted after the globs. */
export type DeclaredRule = () => boolean | undefined | Promise<boolean | undefined>;

/** The rule an operator reviews for one operation, before any call: `depends` when arguments decide. */
export interface PolicyExplanation {
  path: string;
  action: "allow" | "ask" | "block" | "depends";
  reason: string;
}

const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);
const DESTRUCTIVE_METHODS: ReadonlySet<string> = new Set(["PUT", "PATCH", "DELETE"]);

/** Whether an HTTP method changes nothing (GET, HEAD, OPTIONS), in any case. */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Decides each call: allow, ask a person, or block. In order: `approval.block`, the
 * application's `policy(call)` rule, `approval.allow`, `approval.require`, the source's own
 * declaration (a host function's `needsApproval`), then the defaults of `approval.mode`. Globs
 * match the path called, the declared operation it amounts to, and the source's own name for it
 * (an MCP tool's upstream name).
 *
 * @example
 * const policy = new ApprovalPolicy({ require: ["github.*"], allow: ["github.reposGet"] });
 * await policy.decide(call); // { action: "allow" }
 */
export class ApprovalPolicy {
  private readonly allow: Glob[];
  private readonly require: Glob[];
  private readonly block: Glob[];
  private readonly mode: ApprovalMode;
  /** The globs' verdict per operation and target (see `byNames`). */
  private readonly verdicts = new WeakMap<Operation, WeakMap<Operation, GlobVerdict>>();

  constructor(
    config: ApprovalConfig = {},
    private readonly rule?: PolicyRule,
  ) {
    this.allow = (config.allow ?? []).map(glob);
    this.require = (config.require ?? []).map(glob);
    this.block = (config.block ?? []).map(glob);
    this.mode = config.mode ?? "annotations";
  }

  /** Whether the application gave a rule of its own (which may decide any call). */
  get hasRule(): boolean {
    return this.rule !== undefined;
  }

  async decide(call: PolicyCall, declared?: DeclaredRule): Promise<PolicyDecision> {
    const { blocked, fixed } = this.byNames(call);
    if (blocked) return blocked;
    if (this.rule) {
      const answer = await this.rule(call);
      if (answer === "block")
        return { action: "block", reason: "the application's policy blocks it" };
      if (answer === true || answer === "ask")
        return { action: "ask", reason: "the application's policy" };
      if (answer === false || answer === "allow")
        return { action: "allow", reason: "the application's policy" };
    }
    if (fixed) return fixed;
    const own = await declared?.();
    if (own !== undefined)
      return own
        ? { action: "ask", reason: "the function declares needsApproval" }
        : { action: "allow", reason: "the function declares it needs no approval" };
    return this.byDefault(call.target, call.http);
  }

  /**
   * The rule for an operation as an operator reviews it, without a call: what the config and the
   * defaults say, `depends` where a function of the arguments (or the application's rule) decides.
   */
  explain(operation: Operation, declared?: boolean | "function"): PolicyExplanation {
    const path = operationPath(operation);
    const names = [path, ...originalNames(operation)];
    const blocked = matching(this.block, names);
    if (blocked) return { path, action: "block", reason: `approval.block matches ${blocked}` };
    const fixed = this.byGlobs(names);
    const rule = this.rule ? "; the application's policy may decide otherwise per call" : "";
    if (fixed) return { path, ...fixed, reason: `${fixed.reason ?? ""}${rule}` };
    if (declared === "function")
      return { path, action: "depends", reason: `needsApproval decides from the arguments${rule}` };
    if (declared !== undefined) {
      const action = declared ? "ask" : "allow";
      const reason = declared
        ? "the function declares needsApproval"
        : "the function declares it needs no approval";
      return { path, action, reason: `${reason}${rule}` };
    }
    if (isGenericRequest(operation))
      return {
        path,
        action: this.mode === "all" ? "ask" : "depends",
        reason:
          this.mode === "all"
            ? `approval.mode "all"${rule}`
            : `judged per call from the method and path it sends: a declared route gets that operation's rule, others ${this.mode === "destructive-only" ? "wait for PUT, PATCH and DELETE" : "wait unless GET, HEAD or OPTIONS"}${rule}`,
      };
    const decision = this.byDefault(operation, undefined);
    return { path, action: decision.action, reason: `${decision.reason ?? ""}${rule}` };
  }

  /**
   * What `approval.block`, `allow` and `require` say of the names a call is known by. They depend
   * on the operation and its target only, so each pair is matched once and remembered.
   */
  private byNames(call: PolicyCall): GlobVerdict {
    let byTarget = this.verdicts.get(call.operation);
    if (!byTarget) {
      byTarget = new WeakMap();
      this.verdicts.set(call.operation, byTarget);
    }
    let verdict = byTarget.get(call.target);
    if (!verdict) {
      const names = namesOf(call);
      const blocked = matching(this.block, names);
      verdict = blocked
        ? {
            blocked: Object.freeze({
              action: "block",
              reason: `approval.block matches ${blocked}`,
            }),
          }
        : { fixed: this.byGlobs(names) };
      if (verdict.fixed) Object.freeze(verdict.fixed);
      byTarget.set(call.target, verdict);
    }
    return verdict;
  }

  private byGlobs(names: readonly string[]): PolicyDecision | undefined {
    const allowed = matching(this.allow, names);
    if (allowed) return { action: "allow", reason: `approval.allow matches ${allowed}` };
    const required = matching(this.require, names);
    if (required) return { action: "ask", reason: `approval.require matches ${required}` };
    return undefined;
  }

  private byDefault(operation: Operation, http: HttpEffect | undefined): PolicyDecision {
    if (this.mode === "all") return { action: "ask", reason: 'approval.mode is "all"' };
    const { annotations, source } = operation;
    if (source.kind === "openapi") {
      if (http === undefined && source.method === undefined)
        return { action: "ask", reason: "its method is known only when it is called" };
      const method = (http?.method ?? source.method ?? "GET").toUpperCase();
      const at = http?.path ?? source.path;
      const where = at ? ` at ${at}` : "";
      const undeclared = http && !http.declared ? ", a route the spec does not declare" : "";
      const waits =
        this.mode === "destructive-only"
          ? DESTRUCTIVE_METHODS.has(method) || !KNOWN_METHODS.has(method)
          : !SAFE_METHODS.has(method);
      return waits
        ? { action: "ask", reason: `${method} changes data${where}${undeclared}` }
        : { action: "allow", reason: `${method} only reads` };
    }
    if (source.kind === "mcp") {
      if (annotations?.readOnlyHint === true)
        return { action: "allow", reason: "the tool is annotated read-only" };
      if (this.mode === "destructive-only") {
        if (annotations?.destructiveHint === false)
          return { action: "allow", reason: "the tool is annotated non-destructive" };
        return {
          action: "ask",
          reason:
            annotations?.destructiveHint === true
              ? "the tool is annotated destructive"
              : "the tool does not say it is non-destructive (MCP's default is destructive)",
        };
      }
      return {
        action: "ask",
        reason:
          annotations?.destructiveHint === true
            ? "the tool is annotated destructive"
            : "the tool is not annotated read-only (MCP's default: it may change data)",
      };
    }
    if (annotations?.readOnlyHint === true)
      return { action: "allow", reason: "the function is annotated read-only" };
    return { action: "allow", reason: "host functions run unless they declare needsApproval" };
  }
}

const KNOWN_METHODS: ReadonlySet<string> = new Set([
  ...SAFE_METHODS,
  "POST",
  ...DESTRUCTIVE_METHODS,
]);

/** The connector's preparation of a call, as the policy's view of it. */
export function policyCall(options: {
  operation: Operation;
  target: Operation | undefined;
  args: unknown;
  prepared: PreparedCall | undefined;
}): PolicyCall {
  const { operation, prepared } = options;
  const target = options.target ?? operation;
  const call: PolicyCall = {
    path: operationPath(operation),
    operation,
    args: options.args,
    target,
    targetPath: operationPath(target),
  };
  if (prepared?.http) call.http = prepared.http;
  return call;
}

/** Whether the call changes nothing: an MCP `readOnlyHint`, an HTTP GET, HEAD or OPTIONS. */
export function isReadOnly(operation: Operation): boolean {
  if (operation.annotations?.readOnlyHint === true) return true;
  return (
    operation.source.kind === "openapi" &&
    !isGenericRequest(operation) &&
    SAFE_METHODS.has((operation.source.method ?? "").toUpperCase())
  );
}

/** An OpenAPI namespace's `request(...)`: its method is known only per call. */
function isGenericRequest(operation: Operation): boolean {
  return operation.source.kind === "openapi" && operation.source.method === undefined;
}

interface GlobVerdict {
  blocked?: PolicyDecision;
  fixed?: PolicyDecision | undefined;
}

interface Glob {
  text: string;
  pattern: RegExp;
}

/** `*` matches any run of characters; everything else is literal. */
function glob(text: string): Glob {
  const body = text
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return { text, pattern: new RegExp(`^${body}$`) };
}

/** The first name a glob matches: what the reason names. */
function matching(globs: readonly Glob[], names: readonly string[]): string | undefined {
  for (const candidate of globs) {
    const name = names.find((each) => candidate.pattern.test(each));
    if (name) return name;
  }
  return undefined;
}

/** Every name a glob may know the call by. */
function namesOf(call: PolicyCall): string[] {
  const names = new Set([call.path, call.targetPath]);
  for (const name of originalNames(call.operation)) names.add(name);
  for (const name of originalNames(call.target)) names.add(name);
  return [...names];
}

function originalNames(operation: Operation): string[] {
  const original = operation.source.originalName;
  return original && original !== operation.name ? [`${operation.namespace}.${original}`] : [];
}

/** Whether a glob matches any operation of the catalog: one that does not is probably misspelt. */
export function globMatchesAny(text: string, operations: readonly Operation[]): boolean {
  const { pattern } = glob(text);
  return operations.some((operation) =>
    [operationPath(operation), ...originalNames(operation)].some((name) => pattern.test(name)),
  );
}
