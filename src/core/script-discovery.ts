import { ToolError } from "./errors.js";
import type { Operation } from "./operation.js";
import { type SavedScripts, SCRIPTS_NAMESPACE, scriptOperation } from "./saved-scripts.js";
import { describeSkill, SKILLS_NAMESPACE, type Skill } from "./skills.js";

/**
 * What `describe` says of `scripts.NAME`, `scripts` and `skills.NAME`; undefined for any other
 * path (the catalog's). Reads the approved scripts again: another process may have approved one.
 */
export async function describeScriptOrSkill(
  path: string,
  context: {
    savedScripts: SavedScripts;
    skills: readonly Skill[];
    renderOperation(operation: Operation): string;
    renderNamespace(namespace: string, operations: readonly Operation[]): string;
  },
): Promise<string | undefined> {
  const [namespace, name] = path.trim().split(".");
  if (namespace === SKILLS_NAMESPACE) {
    const skill = context.skills.find((each) => each.name === name);
    if (skill) return describeSkill(skill);
    throw new ToolError(
      `There is no skill "${name ?? ""}" (skills: ${context.skills.map((each) => each.name).join(", ") || "none"}).`,
      { code: "unknown_operation" },
    );
  }
  if (namespace !== SCRIPTS_NAMESPACE) return undefined;
  await context.savedScripts.refresh();
  const approved = [...context.savedScripts.approved().values()];
  const script = approved.find((each) => each.name === name);
  if (script) return context.renderOperation(scriptOperation(script));
  if (name === undefined && approved.length > 0)
    return context.renderNamespace(SCRIPTS_NAMESPACE, approved.map(scriptOperation));
  throw new ToolError(
    `There is no approved saved script "${path.trim()}" (approved: ${approved.map((each) => each.name).join(", ") || "none"}); a draft is callable once a person approves it.`,
    { code: "unknown_operation" },
  );
}
