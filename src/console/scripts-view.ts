import type { ScriptVersion } from "../core/saved-script.js";
import { api, errorMessage } from "./api.js";
import { codeBlock } from "./code-block.js";
import { h, replaceChildren } from "./dom.js";
import { plural, shortId } from "./format.js";
import { statusBadge } from "./status-badge.js";
import { type ConsoleContext, serialized, type View } from "./view.js";

/**
 * Saved scripts: each with the version scripts call, its code and every version; a model's draft
 * with the execution that produced it and a button that approves it.
 */
export function scriptsView(context: ConsoleContext): View {
  const heading = h("h1", { tabindex: -1 }, "Scripts");
  const summary = h("p", { class: "lede" }, "Loading…");
  const outcome = h("div", { class: "outcomes" });
  const list = h("ul", { class: "cards", "aria-label": "Saved scripts" });
  const element = h("section", { class: "view" }, heading, summary, outcome, list);

  const load = serialized(async () => {
    let versions: ScriptVersion[];
    try {
      versions = await api.scripts();
    } catch (error) {
      replaceChildren(summary, errorMessage(error));
      return;
    }
    const byName = new Map<string, ScriptVersion[]>();
    for (const version of versions)
      byName.set(version.name, [...(byName.get(version.name) ?? []), version]);
    const drafts = [...byName.values()].filter((all) => newestDraft(all)).length;
    replaceChildren(
      summary,
      byName.size === 0
        ? "No saved scripts yet. Save one with codemode scripts save NAME FILE, or let a model pass saveAs to execute."
        : `${plural(byName.size, "saved script")}${drafts > 0 ? `, ${plural(drafts, "draft")} to review` : ""}.`,
    );
    replaceChildren(
      list,
      [...byName].map(([name, all]) => scriptCard(name, all, approve)),
    );
  });

  async function approve(name: string, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const approved = await api.approveScript(name);
      const message = `Approved scripts.${name} version ${approved.version}: scripts can call it now.`;
      context.announce(message);
      replaceChildren(outcome, h("p", { class: "notice notice-success" }, message));
    } catch (error) {
      replaceChildren(outcome, h("p", { class: "notice notice-warning" }, errorMessage(error)));
      button.disabled = false;
    }
    await load();
  }

  void load();
  return { element, title: "Scripts", refresh: () => void load() };
}

function newestDraft(versions: readonly ScriptVersion[]): ScriptVersion | undefined {
  const approved = versions.filter((version) => version.status === "approved").at(-1);
  const draft = versions.filter((version) => version.status === "draft").at(-1);
  return draft && (!approved || draft.version > approved.version) ? draft : undefined;
}

function scriptCard(
  name: string,
  versions: readonly ScriptVersion[],
  approve: (name: string, button: HTMLButtonElement) => Promise<void>,
): HTMLLIElement {
  const approved = versions.filter((version) => version.status === "approved").at(-1);
  const draft = newestDraft(versions);
  const shown = draft ?? approved ?? (versions.at(-1) as ScriptVersion);
  const button = h(
    "button",
    { type: "button", class: "primary" },
    `Approve draft v${draft?.version ?? ""}`,
  );
  button.addEventListener("click", () => void approve(name, button));
  return h(
    "li",
    { class: "card", "data-script": name },
    h("h2", null, `scripts.${name}`, " ", statusBadge(draft ? "draft" : "approved")),
    h("p", null, shown.description),
    approved ? h("p", null, `Scripts call version ${approved.version}.`) : null,
    draft
      ? h(
          "p",
          null,
          `Draft version ${draft.version}, saved by ${draft.createdBy ?? "someone"}`,
          draft.executionId
            ? [
                " from ",
                h(
                  "a",
                  { href: `#/executions/${encodeURIComponent(draft.executionId)}` },
                  `execution ${shortId(draft.executionId)}`,
                ),
              ]
            : null,
          ".",
        )
      : null,
    h("p", null, `Input: ${JSON.stringify(shown.inputSchema)}`),
    codeBlock(shown.code, { label: `scripts.${name} version ${shown.version}` }),
    draft ? h("div", { class: "actions" }, button) : null,
    h(
      "details",
      null,
      h("summary", null, plural(versions.length, "version")),
      h(
        "ul",
        null,
        [...versions]
          .reverse()
          .map((version) =>
            h(
              "li",
              null,
              `v${version.version} ${version.status}, ${new Date(version.createdAt).toISOString()}`,
              version.createdBy ? `, by ${version.createdBy}` : "",
              version.approvedBy ? `, approved by ${version.approvedBy}` : "",
            ),
          ),
      ),
    ),
  );
}
