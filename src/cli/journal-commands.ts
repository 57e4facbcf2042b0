import { inspect } from "node:util";
import { clip } from "../core/clip.js";
import type { ExecutionResult } from "../core/executions.js";
import type { ApprovalRecord, ExecutionRecord } from "../core/journal.js";
import type { RollbackReport } from "../core/rollback.js";
import type { CodeMode } from "../create-code-mode.js";
import { EXIT, exitCodeOf, printResult } from "./commands.js";
import { type CommonOptions, openCodeMode } from "./open-code-mode.js";
import { osUser } from "./os-user.js";
import { writeErr, writeOut } from "./terminal-text.js";
import { UsageError } from "./usage-error.js";

type JsonOption = CommonOptions & { json?: boolean };

/** `codemode approvals [list | approve ID | reject ID --reason R]`. */
export async function approvalsCommand(
  action: string | undefined,
  id: string | undefined,
  options: JsonOption & { reason?: string; by?: string },
): Promise<number> {
  const verb = action ?? "list";
  if (verb !== "list" && verb !== "approve" && verb !== "reject")
    throw new UsageError(
      `"${verb}" is not an approvals action: use list, approve ID or reject ID.`,
    );
  if (verb !== "list" && !id) throw new UsageError(`approvals ${verb} needs an approval id.`);
  const codeMode = await openCodeMode({ ...options, typecheck: false });
  try {
    if (verb === "list") {
      const pending = await codeMode.pending();
      if (options.json) print(pending);
      else if (pending.length === 0) writeErr("No approvals are pending.\n");
      else for (const approval of pending) writeOut(`${formatApproval(approval)}\n`);
      return EXIT.completed;
    }
    const by = options.by ?? osUser();
    const result =
      verb === "approve"
        ? await codeMode.approve(id as string, { by })
        : await codeMode.reject(id as string, options.reason, { by });
    if (options.json) print(result);
    else {
      writeErr(`${verb === "approve" ? "Approved" : "Rejected"} ${id}. `);
      describeOutcome(result);
    }
    return exitCodeOf(result);
  } finally {
    await codeMode.close();
  }
}

/** `codemode executions [list | show ID | rollback ID | cancel ID]`. */
export async function executionsCommand(
  action: string | undefined,
  id: string | undefined,
  options: JsonOption & { status?: string; limit?: number; dryRun?: boolean },
): Promise<number> {
  const verb = action ?? "list";
  if (verb !== "list" && verb !== "show" && verb !== "rollback" && verb !== "cancel")
    throw new UsageError(
      `"${verb}" is not an executions action: use list, show ID, rollback ID or cancel ID.`,
    );
  if (verb !== "list" && !id) throw new UsageError(`executions ${verb} needs an execution id.`);
  const codeMode = await openCodeMode({ ...options, typecheck: false });
  try {
    if (verb === "list") {
      const records = await codeMode.executions({
        limit: options.limit ?? 20,
        ...(options.status
          ? { status: options.status.split(",") as ExecutionRecord["status"][] }
          : {}),
      });
      if (options.json) print(records);
      else if (records.length === 0) writeErr("No executions yet.\n");
      else for (const record of records) writeOut(`${formatExecution(record)}\n`);
      return EXIT.completed;
    }
    if (verb === "show") {
      const journal = await codeMode.journal(id as string);
      if (options.json) print(journal);
      else printJournal(journal);
      return EXIT.completed;
    }
    if (verb === "cancel") {
      const cancelled = await codeMode.cancel(id as string, { by: "cli" });
      if (options.json) print(cancelled);
      else
        writeErr(
          `Execution ${cancelled.executionId} is ${cancelled.status}: ${cancelled.error?.message ?? ""}\n`,
        );
      return EXIT.completed;
    }
    const report = options.dryRun
      ? await codeMode.rollbackPlan(id as string)
      : await codeMode.rollback(id as string);
    if (options.json) print(report);
    else printRollback(report, options.dryRun === true);
    return report.steps.some((step) => step.outcome === "failed") ? EXIT.failed : EXIT.completed;
  } finally {
    await codeMode.close();
  }
}

/** What happened to the execution after a decision, on stdout (output) and stderr (status). */
function describeOutcome(result: ExecutionResult): void {
  if (result.status === "paused") {
    writeErr(`Execution ${result.executionId} still waits:\n`);
    for (const pending of result.pending ?? [])
      writeErr(`  ${pending.approvalId}  ${pending.summary}\n`);
    return;
  }
  writeErr(`Execution ${result.executionId} resumed: ${result.status}.\n`);
  printResult(result);
}

export function formatApproval(approval: ApprovalRecord): string {
  const age = ago(approval.createdAt);
  return `${approval.id}  ${approval.summary}\n    execution ${approval.executionId}, ${age}; ${approval.reason}`;
}

function formatExecution(record: ExecutionRecord): string {
  const firstLine = record.code.trim().split("\n")[0] ?? "";
  const code = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
  return `${record.id}  ${record.status.padEnd(11)} ${ago(record.createdAt).padEnd(8)} ${String(record.toolCalls).padStart(4)} calls  ${code}`;
}

function printJournal(journal: Awaited<ReturnType<CodeMode["journal"]>>): void {
  const { execution, calls, approvals } = journal;
  const out = (line: string) => writeOut(`${line}\n`);
  out(
    `execution ${execution.id}: ${execution.status}, ${execution.runs} run(s), ${execution.durationMs} ms`,
  );
  out(
    `started ${new Date(execution.createdAt).toISOString()}${execution.origin ? ` by ${execution.origin}` : ""}`,
  );
  out("--- code");
  out(execution.code.trimEnd());
  if (execution.logs.length > 0) {
    out("--- output");
    for (const line of execution.logs) out(line);
  }
  if (execution.result !== undefined) out(`--- result\n${inspect(execution.result, { depth: 6 })}`);
  if (execution.error) out(`--- error\n${execution.error.name}: ${execution.error.message}`);
  out("--- calls");
  for (const call of calls) {
    const approval = approvals.find((candidate) => candidate.callSeq === call.seq);
    const took = call.finishedAt ? ` ${call.finishedAt - call.startedAt} ms` : "";
    out(
      `#${call.seq + 1} ${call.namespace}.${call.name}(${clip(call.args, 120)}) ${call.state}${took}`,
    );
    if (approval)
      out(
        `    approval ${approval.id}: ${approval.status}${approval.decidedBy ? ` by ${approval.decidedBy}` : ""}${approval.note ? ` (${approval.note})` : ""}`,
      );
    if (call.error) out(`    ${call.error.name}: ${call.error.message}`);
    if (call.compensation) out(`    rollback: ${call.compensation.detail}`);
  }
}

function printRollback(report: RollbackReport, dryRun: boolean): void {
  const out = (line: string) => writeOut(`${line}\n`);
  out(dryRun ? `Rolling back ${report.executionId} would:` : `Rolled back ${report.executionId}:`);
  if (report.steps.length === 0) out("  (no applied calls)");
  for (const step of report.steps) {
    const what = `#${step.seq + 1} ${step.path}`;
    if (step.outcome === "read_only") out(`  ${what}: read-only, nothing to undo`);
    else if (step.outcome === "not_reversible") out(`  ${what}: not reversible (${step.detail})`);
    else if (step.outcome === "planned") out(`  ${what}: undo with ${step.how}`);
    else
      out(`  ${what}: ${step.outcome} with ${step.how}${step.detail ? ` → ${step.detail}` : ""}`);
  }
}

function print(value: unknown): void {
  writeOut(`${JSON.stringify(value, null, 2)}\n`);
}

function ago(time: number): string {
  const seconds = Math.max(0, Math.round((Date.now() - time) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)}h ago`;
  return `${Math.round(seconds / 86_400)}d ago`;
}
