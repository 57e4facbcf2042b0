import { isReadOnly } from "./approval-policy.js";
import type { Catalog } from "./catalog.js";
import { clip } from "./clip.js";
import { CodemodeError, ExecutionNotFoundError } from "./errors.js";
import type { CallRecord, ExecutionStatus, JournalStore } from "./journal.js";
import { parseJson } from "./json.js";
import type { ExecutionErrorInfo } from "./sandbox.js";

/** A compensation configured for an operation: the undo call and its arguments' template. */
export interface CompensationTemplate {
  /** `ns.name` of the operation that undoes it. */
  call: string;
  /**
   * Its arguments: a string `"$args.a.b"` or `"$result.a.b"` takes that value from the original
   * call (at any depth of the template); anything else is literal. Absent: the original arguments.
   */
  args?: Record<string, unknown>;
}

export interface RollbackEnvironment {
  store: JournalStore;
  catalog: Catalog;
  /** Compensations by `ns.name`, from the config. */
  compensations: Readonly<Record<string, CompensationTemplate>>;
  now(): number;
  errorInfo(error: unknown): ExecutionErrorInfo;
}

export interface RollbackStep {
  seq: number;
  path: string;
  args: unknown;
  /** How it is undone ("revert of crm.createCustomer", "github.issuesUpdate({...})"), if it can be. */
  how?: string;
  /** `read_only`: the call changed nothing, so there is nothing to undo. */
  outcome: "compensated" | "failed" | "not_reversible" | "read_only" | "planned";
  detail?: string;
}

export interface RollbackReport {
  executionId: string;
  status: ExecutionStatus;
  /** Applied calls, newest first. */
  steps: RollbackStep[];
}

const ROLLBACK_FROM: readonly ExecutionStatus[] = ["completed", "failed", "rejected"];

/** What a rollback would do, without doing it. */
export async function rollbackPlan(
  executionId: string,
  env: RollbackEnvironment,
): Promise<RollbackReport> {
  const execution = await env.store.getExecution(executionId);
  if (!execution) throw new ExecutionNotFoundError(executionId);
  const steps = appliedNewestFirst(await env.store.listCalls(executionId)).map((call) => {
    if (readOnly(call, env)) return readOnlyStep(call);
    const plan = compensationOf(call, env);
    return {
      seq: call.seq,
      path: pathOf(call),
      args: argsOf(call),
      outcome: plan ? ("planned" as const) : ("not_reversible" as const),
      ...(plan ? { how: plan.how } : { detail: "no compensation is declared for it" }),
    };
  });
  return { executionId, status: execution.status, steps };
}

/**
 * Undoes an execution's applied calls, newest first, each by its compensation: a host function's
 * `revert(args, result)`, or a compensation configured for the operation. Each outcome is
 * journaled on the call; calls without one are reported as not reversible. The execution becomes
 * `rolled_back` first, so two rollbacks never run the same compensations.
 */
export async function rollback(
  executionId: string,
  env: RollbackEnvironment,
): Promise<RollbackReport> {
  const { store } = env;
  const execution = await store.getExecution(executionId);
  if (!execution) throw new ExecutionNotFoundError(executionId);
  const claimed = await store.updateExecution(
    executionId,
    { status: "rolled_back", updatedAt: env.now() },
    ROLLBACK_FROM,
  );
  if (!claimed) {
    throw new CodemodeError(
      "rollback_refused",
      execution.status === "rolled_back"
        ? `Execution ${executionId} was already rolled back.`
        : `Execution ${executionId} is ${execution.status}: only a completed, failed or rejected execution can be rolled back${execution.status === "paused" ? " (reject its pending approvals first)" : ""}.`,
      { details: { status: execution.status } },
    );
  }
  await store.publish({ type: "execution", executionId, status: "rolled_back" }).catch(() => {});
  const steps: RollbackStep[] = [];
  for (const call of appliedNewestFirst(await store.listCalls(executionId))) {
    if (readOnly(call, env)) {
      steps.push(readOnlyStep(call));
      continue;
    }
    const step: RollbackStep = {
      seq: call.seq,
      path: pathOf(call),
      args: argsOf(call),
      outcome: "not_reversible",
    };
    const plan = compensationOf(call, env);
    if (!plan) {
      step.detail = "no compensation is declared for it";
      steps.push(step);
      continue;
    }
    step.how = plan.how;
    try {
      const undone = await plan.run();
      step.outcome = "compensated";
      step.detail = undone === undefined ? "undone" : clip(JSON.stringify(undone) ?? "undone", 300);
    } catch (error) {
      step.outcome = "failed";
      step.detail = env.errorInfo(error).message;
    }
    await store.putCall({
      ...call,
      state: step.outcome === "compensated" ? "compensated" : "compensation_failed",
      compensation: { at: env.now(), detail: `${plan.how}: ${step.detail}` },
    });
    steps.push(step);
  }
  return { executionId, status: "rolled_back", steps };
}

/** A call its source declares read-only (an MCP `readOnlyHint`, an HTTP GET) changed nothing. */
function readOnly(call: CallRecord, env: RollbackEnvironment): boolean {
  const operation = env.catalog.get(pathOf(call));
  return operation !== undefined && !env.compensations[pathOf(call)] && isReadOnly(operation);
}

function readOnlyStep(call: CallRecord): RollbackStep {
  return {
    seq: call.seq,
    path: pathOf(call),
    args: argsOf(call),
    outcome: "read_only",
    detail: "read-only: nothing to undo",
  };
}

function compensationOf(
  call: CallRecord,
  env: RollbackEnvironment,
): { how: string; run: () => Promise<unknown> } | undefined {
  const path = pathOf(call);
  const args = argsOf(call);
  const result =
    call.result === undefined ? undefined : parseJson(call.result, "A journaled result");
  const revert = env.catalog.connector(call.namespace)?.compensation?.(call.name);
  if (revert) return { how: `revert of ${path}`, run: () => revert(args, result) };
  const template = env.compensations[path];
  if (!template) return undefined;
  const undoArgs = template.args ? fill(template.args, { args, result }) : args;
  const [namespace = "", name = ""] = template.call.split(".");
  return {
    how: `${template.call}(${clip(JSON.stringify(undoArgs) ?? "", 300)})`,
    run: () => env.catalog.call(namespace, name, undoArgs, { executionId: call.executionId }),
  };
}

/** Replaces `"$args.x"` / `"$result.x"` strings at any depth with values of the original call. */
function fill(template: unknown, from: { args: unknown; result: unknown }): unknown {
  if (typeof template === "string") {
    const match = /^\$(args|result)((?:\.[^.]+)*)$/.exec(template);
    if (!match) return template;
    let value: unknown = match[1] === "args" ? from.args : from.result;
    for (const key of (match[2] ?? "").split(".").slice(1)) {
      value =
        value !== null && typeof value === "object"
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    return value;
  }
  if (Array.isArray(template)) return template.map((item) => fill(item, from));
  if (template !== null && typeof template === "object") {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, fill(value, from)]),
    );
  }
  return template;
}

function appliedNewestFirst(calls: CallRecord[]): CallRecord[] {
  return calls.filter((call) => call.state === "applied").sort((a, b) => b.seq - a.seq);
}

function pathOf(call: CallRecord): string {
  return `${call.namespace}.${call.name}`;
}

function argsOf(call: CallRecord): unknown {
  return parseJson(call.args, "Journaled arguments");
}
