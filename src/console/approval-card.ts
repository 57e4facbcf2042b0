import type { ExecutionResult } from "../core/executions.js";
import type { ApprovalRecord } from "../core/journal.js";
import { ApiError, api, errorMessage } from "./api.js";
import { codeBlock } from "./code-block.js";
import { h, uniqueId } from "./dom.js";
import { shortId } from "./format.js";
import { jsonTree } from "./json-tree.js";
import { linesCalling } from "./lines-calling.js";
import { timeAgo } from "./relative-time.js";

export interface Decision {
  approval: ApprovalRecord;
  decision: "approve" | "reject";
  outcome: ExecutionResult;
}

export interface ApprovalCardOptions {
  /** The execution's code, to show with the pending call's line highlighted. */
  code?: string;
  /** 2 in the queue, 3 inside an execution's page. */
  headingLevel: 2 | 3;
  /** Whether to link to the execution (not from its own page). */
  linkExecution: boolean;
  onDecided(decision: Decision): void;
  /** Someone decided it first (409). */
  onStale(): void;
}

/**
 * One pending call: its tool, a human summary, why it was held, its arguments, the execution's
 * code with the call's line highlighted, its age and expiry, and a form to approve or reject it
 * with an optional reason.
 */
export function approvalCard(approval: ApprovalRecord, options: ApprovalCardOptions): HTMLElement {
  const titleId = uniqueId("approval-title");
  const reasonId = uniqueId("approval-reason");
  const heading = h(options.headingLevel === 2 ? "h2" : "h3", { id: titleId, class: "card-title" });
  heading.append(h("code", null, approval.path));
  const status = h("p", { class: "form-status", role: "status" });
  const reason = h("textarea", {
    id: reasonId,
    name: "reason",
    rows: 2,
    maxlength: 2000,
    "aria-describedby": titleId,
  });
  const approveButton = h(
    "button",
    {
      type: "submit",
      name: "decision",
      value: "approve",
      class: "button primary",
      "aria-describedby": titleId,
    },
    "Approve",
  );
  const rejectButton = h(
    "button",
    {
      type: "submit",
      name: "decision",
      value: "reject",
      class: "button danger",
      "aria-describedby": titleId,
    },
    "Reject",
  );

  const form = h(
    "form",
    { class: "decision" },
    h("label", { for: reasonId }, "Reason ", h("span", { class: "muted" }, "(optional)")),
    reason,
    h("div", { class: "actions" }, approveButton, rejectButton),
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === "reject" ? "reject" : "approve";
    approveButton.disabled = true;
    rejectButton.disabled = true;
    status.className = "form-status";
    status.textContent =
      decision === "approve"
        ? "Approving… the execution resumes once none of its calls waits."
        : "Rejecting…";
    try {
      const outcome = await api.decide(approval.id, decision, reason.value.trim() || undefined);
      status.textContent = "";
      options.onDecided({ approval, decision, outcome });
    } catch (error) {
      approveButton.disabled = false;
      rejectButton.disabled = false;
      status.className = "form-status error";
      if (error instanceof ApiError && error.status === 409) {
        status.textContent = "Someone else decided this call first.";
        options.onStale();
      } else status.textContent = errorMessage(error);
    }
  });

  const highlight = options.code ? linesCalling(options.code, [approval.path]) : new Set<number>();
  return h(
    "article",
    { class: "card approval", "aria-labelledby": titleId, "data-approval-id": approval.id },
    h(
      "header",
      { class: "card-header" },
      heading,
      h(
        "p",
        { class: "meta" },
        "Requested ",
        timeAgo(approval.createdAt),
        approval.expiresAt === undefined ? null : [" · expires ", timeAgo(approval.expiresAt)],
        options.linkExecution
          ? [
              " · execution ",
              h(
                "a",
                { href: `#/executions/${encodeURIComponent(approval.executionId)}` },
                shortId(approval.executionId),
              ),
            ]
          : null,
      ),
    ),
    h("p", { class: "summary" }, approval.summary),
    h(
      "p",
      { class: "held-because" },
      h("span", { class: "muted" }, "Held because "),
      approval.reason,
    ),
    h(
      "details",
      { class: "section", open: true },
      h("summary", null, "Arguments"),
      jsonTree(approval.args),
    ),
    options.code === undefined
      ? null
      : h(
          "details",
          { class: "section", open: true },
          h("summary", null, "The execution's code"),
          codeBlock(options.code, {
            label: "Code",
            highlight,
            highlightLabel: "the pending call",
          }),
        ),
    form,
  );
}

/** A sentence for what a decision led to. */
export function decisionOutcome({ approval, decision, outcome }: Decision): string {
  const did = `${decision === "approve" ? "Approved" : "Rejected"} ${approval.path}.`;
  switch (outcome.status) {
    case "completed":
      return `${did} The execution completed${outcome.result === undefined ? "" : ` with ${preview(outcome.result)}`}.`;
    case "paused":
      return `${did} The execution still waits for ${outcome.pending?.length ?? "other"} approval${outcome.pending?.length === 1 ? "" : "s"}.`;
    case "rejected":
    case "failed":
      return `${did} The execution ended ${outcome.status}${outcome.error ? `: ${outcome.error.message}` : ""}.`;
    default:
      return `${did} The execution is ${outcome.status.replace(/_/g, " ")}.`;
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
