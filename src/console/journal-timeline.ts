import type { ApprovalRecord, CallRecord } from "../core/journal.js";
import type { ExecutionJournal } from "./api.js";
import { h } from "./dom.js";
import { duration, parseJsonText } from "./format.js";
import { jsonTree } from "./json-tree.js";
import { timeAgo } from "./relative-time.js";
import { statusBadge } from "./status-badge.js";

/**
 * The journal as a timeline: the start, each call in the order it was first made (its
 * arguments, result or error, when it started and how long it took, the approval asked for it
 * and the decision, its compensation once rolled back), and the end.
 */
export function journalTimeline({ execution, calls, approvals }: ExecutionJournal): HTMLElement {
  const byCall = new Map<number, ApprovalRecord[]>();
  for (const approval of approvals)
    byCall.set(approval.callSeq, [...(byCall.get(approval.callSeq) ?? []), approval]);
  const since = (at: number) => `+${duration(Math.max(0, at - execution.createdAt))}`;

  return h(
    "ol",
    { class: "timeline" },
    h(
      "li",
      { class: "event event-edge" },
      h(
        "p",
        { class: "event-head" },
        h("strong", null, "Started"),
        " ",
        timeAgo(execution.createdAt),
        execution.origin ? ` by ${execution.origin}` : "",
      ),
    ),
    [...calls]
      .sort((a, b) => a.seq - b.seq)
      .map((call) => callEvent(call, byCall.get(call.seq) ?? [], since)),
    execution.finishedAt === undefined
      ? h(
          "li",
          { class: "event event-edge" },
          h("p", { class: "event-head" }, "Now ", statusBadge(execution.status)),
        )
      : h(
          "li",
          { class: "event event-edge" },
          h(
            "p",
            { class: "event-head" },
            h("strong", null, "Finished"),
            " ",
            statusBadge(execution.status),
            " ",
            timeAgo(execution.finishedAt),
            h("span", { class: "timing" }, since(execution.finishedAt)),
          ),
        ),
  );
}

function callEvent(
  call: CallRecord,
  approvals: readonly ApprovalRecord[],
  since: (at: number) => string,
): HTMLElement {
  const path = `${call.namespace}.${call.name}`;
  const result = parseJsonText(call.result);
  return h(
    "li",
    { class: `event call state-${call.state}`, "data-seq": call.seq },
    h(
      "h3",
      { class: "event-head" },
      h("code", null, path),
      " ",
      statusBadge(call.state),
      h(
        "span",
        { class: "timing" },
        since(call.startedAt),
        call.finishedAt === undefined
          ? ""
          : ` · took ${duration(call.finishedAt - call.startedAt)}`,
      ),
    ),
    h(
      "details",
      { class: "section" },
      h("summary", null, "Arguments"),
      jsonTree(parseJsonText(call.args)),
    ),
    call.error
      ? h(
          "p",
          { class: "error-text" },
          h("strong", null, call.error.name),
          `: ${call.error.message}`,
        )
      : call.state === "applied" ||
          call.state === "compensated" ||
          call.state === "compensation_failed"
        ? h(
            "details",
            { class: "section", open: true },
            h("summary", null, "Result"),
            call.result === undefined
              ? h("p", { class: "muted" }, "Returned nothing.")
              : jsonTree(result, { openDepth: 1 }),
          )
        : null,
    approvals.length > 0
      ? h(
          "ul",
          { class: "decisions", "aria-label": `Approvals of ${path}` },
          approvals.map(decisionItem),
        )
      : null,
    call.compensation
      ? h(
          "p",
          { class: "compensation" },
          h(
            "strong",
            null,
            call.state === "compensation_failed" ? "Rollback failed " : "Rolled back ",
          ),
          timeAgo(call.compensation.at),
          `: ${call.compensation.detail}`,
        )
      : null,
  );
}

function decisionItem(approval: ApprovalRecord): HTMLElement {
  return h(
    "li",
    null,
    "Approval asked ",
    timeAgo(approval.createdAt),
    ` (${approval.reason}): `,
    statusBadge(approval.status),
    approval.decidedAt === undefined
      ? approval.status === "pending" && approval.expiresAt !== undefined
        ? [" · expires ", timeAgo(approval.expiresAt)]
        : null
      : [approval.decidedBy ? ` by ${approval.decidedBy}` : "", " ", timeAgo(approval.decidedAt)],
    approval.note ? h("q", { class: "note" }, approval.note) : null,
  );
}
