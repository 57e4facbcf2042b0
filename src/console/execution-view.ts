import type { RollbackReport } from "../core/rollback.js";
import { api, type ExecutionJournal, errorMessage } from "./api.js";
import { approvalCard, decisionOutcome } from "./approval-card.js";
import { codeBlock } from "./code-block.js";
import { type Child, h, replaceChildren } from "./dom.js";
import { emittedView } from "./emitted-view.js";
import { dateTime, duration, plural, shortId } from "./format.js";
import { journalTimeline } from "./journal-timeline.js";
import { jsonTree } from "./json-tree.js";
import { linesCalling } from "./lines-calling.js";
import { timeAgo } from "./relative-time.js";
import { confirmRollback } from "./rollback-dialog.js";
import { statusBadge } from "./status-badge.js";
import { type ConsoleContext, debounce, serialized, type View } from "./view.js";

const ROLLBACK_FROM = new Set(["completed", "failed", "rejected"]);

/**
 * One execution: its status and figures, its pending approvals (decided right here), its code
 * with the pending calls' lines highlighted, its console output, its result or error, and the
 * journal as a timeline; rollback behind a confirmation. Refreshed live when it changes.
 */
export function executionView(context: ConsoleContext, executionId: string): View {
  const heading = h("h1", { tabindex: -1 }, `Execution ${shortId(executionId)}`);
  const notices = h("div", { class: "outcomes" });
  const content = h("div", { class: "execution" }, h("p", { class: "lede" }, "Loading…"));
  const element = h(
    "section",
    { class: "view" },
    h("p", { class: "breadcrumb" }, h("a", { href: "#/executions" }, "← Executions")),
    heading,
    notices,
    content,
  );
  let shown = "";
  let disposed = false;

  const notice = (kind: "success" | "warning", ...children: Child[]) =>
    replaceChildren(notices, h("p", { class: `notice notice-${kind}` }, ...children));

  const load = serialized(async () => {
    let journal: ExecutionJournal;
    try {
      journal = await api.execution(executionId);
    } catch (error) {
      replaceChildren(content, h("p", { class: "error-text" }, errorMessage(error)));
      return;
    }
    // Events arrive for every change: only redraw (and disturb focus) when something did change.
    const text = JSON.stringify(journal);
    if (disposed || text === shown) return;
    const hadFocus = content.contains(document.activeElement);
    shown = text;
    replaceChildren(content, render(journal));
    if (hadFocus) heading.focus();
  });

  async function rollBack(): Promise<void> {
    const report = await confirmRollback(executionId);
    if (!report) return;
    const message = rollbackSummary(report);
    context.announce(message);
    notice("success", message);
    await load();
  }

  function render(journal: ExecutionJournal): Child[] {
    const { execution, approvals } = journal;
    const pending = approvals.filter((approval) => approval.status === "pending");
    const highlight = linesCalling(
      execution.code,
      pending.map((approval) => approval.path),
    );
    return [
      h(
        "div",
        { class: "status-line" },
        statusBadge(execution.status),
        ROLLBACK_FROM.has(execution.status)
          ? h(
              "button",
              { type: "button", class: "button danger", onclick: () => void rollBack() },
              "Roll back…",
            )
          : null,
      ),
      h(
        "dl",
        { class: "facts" },
        fact("Id", h("code", null, execution.id)),
        fact("Started", [timeAgo(execution.createdAt), ` (${dateTime(execution.createdAt)})`]),
        execution.finishedAt === undefined ? null : fact("Finished", timeAgo(execution.finishedAt)),
        fact("Duration", duration(execution.durationMs)),
        fact("Calls", String(execution.toolCalls)),
        fact("Runs", String(execution.runs)),
        execution.origin ? fact("Origin", execution.origin) : null,
      ),
      pending.length > 0
        ? h(
            "section",
            { class: "block", "aria-labelledby": "pending-heading" },
            h("h2", { id: "pending-heading" }, "Waiting for approval"),
            h(
              "ul",
              { class: "cards" },
              pending.map((approval) =>
                h(
                  "li",
                  null,
                  approvalCard(approval, {
                    headingLevel: 3,
                    linkExecution: false,
                    onDecided: (decision) => {
                      const message = decisionOutcome(decision);
                      context.announce(message);
                      notice("success", message);
                      void load();
                    },
                    onStale: () => void load(),
                  }),
                ),
              ),
            ),
          )
        : null,
      h(
        "section",
        { class: "block", "aria-labelledby": "code-heading" },
        h("h2", { id: "code-heading" }, "Code"),
        codeBlock(execution.code, {
          label: "The script",
          highlight,
          highlightLabel: "the pending call",
        }),
      ),
      h(
        "section",
        { class: "block", "aria-labelledby": "output-heading" },
        h("h2", { id: "output-heading" }, "Console output"),
        execution.logs.length === 0
          ? h("p", { class: "muted" }, "Nothing was printed.")
          : h("pre", { class: "output", tabindex: 0 }, execution.logs.join("\n")),
      ),
      h(
        "section",
        { class: "block", "aria-labelledby": "result-heading" },
        h("h2", { id: "result-heading" }, execution.error ? "Error" : "Result"),
        execution.error
          ? h(
              "p",
              { class: "error-text" },
              h("strong", null, execution.error.name),
              `${execution.error.line === undefined ? "" : ` at line ${execution.error.line}`}: ${execution.error.message}`,
            )
          : execution.status === "completed" || execution.status === "rolled_back"
            ? execution.result === undefined
              ? h("p", { class: "muted" }, "It returned nothing.")
              : h("div", { class: "result" }, jsonTree(execution.result, { openDepth: 3 }))
            : h("p", { class: "muted" }, `No result yet: the execution is ${execution.status}.`),
      ),
      journal.emitted?.length ? emittedView(executionId, journal.emitted) : null,
      h(
        "section",
        { class: "block", "aria-labelledby": "journal-heading" },
        h("h2", { id: "journal-heading" }, "Journal"),
        journal.calls.length === 0 ? h("p", { class: "muted" }, "It made no calls.") : null,
        journalTimeline(journal),
      ),
    ];
  }

  const reload = debounce(() => void load(), 150);
  void load();
  return {
    element,
    title: `Execution ${shortId(executionId)}`,
    onJournalEvent: (event) => {
      if (event.executionId === executionId) reload();
    },
    refresh: reload,
    dispose: () => {
      disposed = true;
    },
  };
}

function fact(term: string, ...value: Child[]): HTMLElement {
  return h("div", null, h("dt", null, term), h("dd", null, ...value));
}

function rollbackSummary(report: RollbackReport): string {
  const count = (outcome: string) => report.steps.filter((step) => step.outcome === outcome).length;
  const parts = [
    `${plural(count("compensated"), "call")} undone`,
    count("failed") > 0 ? `${count("failed")} failed to undo` : "",
    count("not_reversible") > 0 ? `${count("not_reversible")} could not be undone` : "",
    count("read_only") > 0 ? `${count("read_only")} changed nothing` : "",
  ].filter(Boolean);
  return `Rolled back: ${parts.join(", ")}.`;
}
