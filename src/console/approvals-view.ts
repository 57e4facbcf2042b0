import type { ApprovalRecord } from "../core/journal.js";
import { api, errorMessage } from "./api.js";
import { approvalCard, type Decision, decisionOutcome } from "./approval-card.js";
import { h, replaceChildren } from "./dom.js";
import { plural, shortId } from "./format.js";
import { type ConsoleContext, debounce, serialized, type View } from "./view.js";

/**
 * The approvals queue: every pending call, oldest first, kept current by the event stream.
 * Cards are kept by approval id across refreshes, so a reason being typed survives an unrelated
 * arrival; a new one is marked and announced, one decided elsewhere disappears.
 */
export function approvalsView(context: ConsoleContext): View {
  const heading = h("h1", { tabindex: -1 }, "Approvals");
  const summary = h("p", { class: "lede" }, "Loading…");
  const outcome = h("div", { class: "outcomes" });
  const list = h("ul", { class: "cards", "aria-label": "Pending approvals" });
  const element = h("section", { class: "view" }, heading, summary, outcome, list);
  const cards = new Map<string, HTMLLIElement>();
  const codes = new Map<string, string>();
  const decidedHere = new Set<string>();
  let loaded = false;
  let disposed = false;

  const onDecided = (decision: Decision) => {
    decidedHere.add(decision.approval.id);
    const message = decisionOutcome(decision);
    context.announce(message);
    const success = decision.outcome.status === "completed" || decision.outcome.status === "paused";
    replaceChildren(
      outcome,
      h(
        "p",
        { class: `notice ${success ? "notice-success" : "notice-warning"}` },
        message,
        " ",
        h(
          "a",
          { href: `#/executions/${encodeURIComponent(decision.outcome.executionId)}` },
          `View execution ${shortId(decision.outcome.executionId)}`,
        ),
      ),
    );
    void load();
  };

  async function codeOf(executionId: string): Promise<string | undefined> {
    if (!codes.has(executionId)) {
      try {
        codes.set(executionId, (await api.execution(executionId)).execution.code);
      } catch {
        return undefined;
      }
    }
    return codes.get(executionId);
  }

  const load = serialized(async () => {
    let approvals: ApprovalRecord[];
    try {
      approvals = await api.approvals();
      await Promise.all(approvals.map((approval) => codeOf(approval.executionId)));
    } catch (error) {
      summary.textContent = `The queue could not be loaded: ${errorMessage(error)}`;
      return;
    }
    if (disposed) return;
    const pendingIds = new Set(approvals.map((approval) => approval.id));
    let focusLost = false;
    for (const [id, card] of cards) {
      if (pendingIds.has(id)) continue;
      if (card.contains(document.activeElement)) focusLost = true;
      card.remove();
      cards.delete(id);
      if (!decidedHere.has(id)) context.announce("An approval was decided elsewhere.");
    }
    const arrived: ApprovalRecord[] = [];
    approvals.forEach((approval, index) => {
      let card = cards.get(approval.id);
      if (!card) {
        const code = codes.get(approval.executionId);
        card = h(
          "li",
          { class: loaded ? "is-new" : null },
          approvalCard(approval, {
            ...(code === undefined ? {} : { code }),
            headingLevel: 2,
            linkExecution: true,
            onDecided,
            onStale: () => void load(),
          }),
        );
        cards.set(approval.id, card);
        arrived.push(approval);
      }
      // Keep the server's order (oldest first) without re-inserting cards that are in place.
      if (list.children[index] !== card) list.insertBefore(card, list.children[index] ?? null);
    });
    if (loaded)
      for (const approval of arrived) context.announce(`New approval waiting: ${approval.summary}`);
    summary.textContent =
      approvals.length === 0
        ? "No calls are waiting for approval. New ones appear here as they arrive."
        : `${plural(approvals.length, "call")} ${approvals.length === 1 ? "waits" : "wait"} for a person, oldest first.`;
    if (focusLost) heading.focus();
    loaded = true;
  });

  const reload = debounce(() => void load(), 100);
  void load();
  return {
    element,
    title: "Approvals",
    // A new approval is told as its execution pausing, a decision as an approval event: either
    // may change the queue.
    onJournalEvent: reload,
    refresh: reload,
    dispose: () => {
      disposed = true;
    },
  };
}
