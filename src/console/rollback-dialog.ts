import type { RollbackReport, RollbackStep } from "../core/rollback.js";
import { api, errorMessage } from "./api.js";
import { h, replaceChildren, uniqueId } from "./dom.js";
import { plural, shortId } from "./format.js";

/**
 * Asks before rolling an execution back: a modal dialog listing, from the server's plan, the
 * calls that will be undone (and how), those that cannot be, and those that changed nothing.
 * Resolves with the rollback's report, or undefined when cancelled. Focus starts on Cancel and
 * returns to what opened the dialog.
 */
export function confirmRollback(executionId: string): Promise<RollbackReport | undefined> {
  const titleId = uniqueId("rollback-title");
  const bodyId = uniqueId("rollback-body");
  const content = h(
    "div",
    { id: bodyId, class: "dialog-body" },
    h("p", null, "Loading what a rollback would do…"),
  );
  const error = h("p", { class: "error-text", role: "alert" });
  const cancel = h("button", { type: "button", class: "button", autofocus: true }, "Cancel");
  const confirm = h(
    "button",
    { type: "button", class: "button danger", disabled: true },
    "Roll back",
  );
  const dialog = h(
    "dialog",
    { class: "dialog", "aria-labelledby": titleId, "aria-describedby": bodyId },
    h("h2", { id: titleId }, `Roll back execution ${shortId(executionId)}?`),
    content,
    error,
    h("div", { class: "actions" }, confirm, cancel),
  );
  const opener = document.activeElement as HTMLElement | null;
  document.body.append(dialog);
  dialog.showModal();
  cancel.focus();

  return new Promise((resolve) => {
    let report: RollbackReport | undefined;
    const finish = () => {
      dialog.remove();
      opener?.focus();
      resolve(report);
    };
    dialog.addEventListener("close", finish, { once: true });
    cancel.addEventListener("click", () => dialog.close());
    confirm.addEventListener("click", async () => {
      confirm.disabled = true;
      cancel.disabled = true;
      error.textContent = "";
      confirm.textContent = "Rolling back…";
      try {
        report = await api.rollback(executionId);
        dialog.close();
      } catch (failure) {
        error.textContent = errorMessage(failure);
        confirm.textContent = "Roll back";
        confirm.disabled = false;
        cancel.disabled = false;
      }
    });

    api.rollbackPlan(executionId).then(
      (plan) => {
        replaceChildren(content, planSummary(plan.steps));
        confirm.disabled = false;
      },
      (failure) => {
        replaceChildren(content, h("p", null, "The plan could not be loaded."));
        error.textContent = errorMessage(failure);
      },
    );
  });
}

function planSummary(steps: readonly RollbackStep[]): HTMLElement[] {
  const undone = steps.filter((step) => step.outcome === "planned");
  const notReversible = steps.filter((step) => step.outcome === "not_reversible");
  const readOnly = steps.filter((step) => step.outcome === "read_only");
  const lead =
    steps.length === 0
      ? "This execution applied no calls: rolling back only marks it rolled back."
      : `Its ${plural(steps.length, "applied call")} ${steps.length === 1 ? "is" : "are"} undone newest first, each by its compensation. This cannot be reversed.`;
  return [
    h("p", null, lead),
    group("Will be undone", "will-undo", undone, (step) => step.how ?? "its compensation"),
    group(
      "Cannot be undone",
      "cannot-undo",
      notReversible,
      (step) => step.detail ?? "no compensation",
    ),
    group("Changed nothing, nothing to undo", "read-only", readOnly, () => "it only read"),
  ].filter((element): element is HTMLElement => element !== null);
}

function group(
  title: string,
  name: string,
  steps: readonly RollbackStep[],
  explain: (step: RollbackStep) => string,
): HTMLElement | null {
  if (steps.length === 0) return null;
  const headingId = uniqueId(name);
  return h(
    "section",
    { class: `plan-group plan-${name}`, "aria-labelledby": headingId },
    h("h3", { id: headingId }, `${title} (${steps.length})`),
    h(
      "ul",
      null,
      steps.map((step) =>
        h(
          "li",
          null,
          h("code", null, `${step.path}(${argsText(step.args)})`),
          h("span", { class: "muted" }, ` — ${explain(step)}`),
        ),
      ),
    ),
  );
}

function argsText(args: unknown): string {
  const text = JSON.stringify(args) ?? "";
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
