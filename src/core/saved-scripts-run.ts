import { CodemodeError } from "./errors.js";
import type { ExecutionRecord, JournalStore } from "./journal.js";
import type { ExecutionScripts, SaveAs } from "./saved-script.js";
import { SavedScripts, SCRIPTS_NAMESPACE, type ScriptsForRun } from "./saved-scripts.js";

export { SavedScripts, SCRIPTS_NAMESPACE, type ScriptsForRun };

/**
 * What a new execution runs with: the saved scripts its code reaches at their newest approved
 * versions (pinned, so a resume runs the same code), its `input`, its `saveAs` (checked now, so a
 * bad one fails before anything runs). Undefined when it uses none of these.
 */
export async function scriptsForStart(
  code: string,
  options: { input?: unknown; saveAs?: unknown },
  saved: SavedScripts | undefined,
): Promise<ScriptsForRun | undefined> {
  if (!saved) {
    if (options.saveAs !== undefined)
      throw new CodemodeError(
        "script_invalid",
        "saveAs needs a runtime with saved scripts (createCodeMode); nothing was run.",
      );
    return options.input === undefined
      ? undefined
      : { record: { pins: {}, input: options.input }, sources: {} };
  }
  const saveAs = options.saveAs === undefined ? undefined : saved.checkSaveAs(options.saveAs);
  const called = await saved.forRun(code);
  // A run that is to become a saved script reads `input` as one: `{}` when given none.
  const input = options.input ?? (saveAs ? {} : undefined);
  if (called.length === 0 && input === undefined && !saveAs && !code.includes(SCRIPTS_NAMESPACE))
    return undefined;
  const record: ExecutionScripts = {
    pins: Object.fromEntries(called.map((script) => [script.name, script.version])),
    ...(input !== undefined ? { input } : {}),
    ...(saveAs ? { saveAs } : {}),
  };
  return {
    record,
    sources: Object.fromEntries(called.map((script) => [script.name, script.code])),
  };
}

/** What a resumed execution runs with: the versions it started with, not today's newest. */
export async function scriptsForResume(
  record: ExecutionRecord,
  store: JournalStore,
  saved: SavedScripts | undefined,
): Promise<ScriptsForRun | undefined> {
  const scripts = await store.getExecutionScripts(record.id);
  if (!scripts) return undefined;
  if (!saved && Object.keys(scripts.pins).length > 0)
    throw new CodemodeError(
      "script_version_not_found",
      "This execution calls saved scripts, which this runtime does not have; resume it with createCodeMode.",
    );
  return { record: scripts, sources: saved ? await saved.pinned(scripts.pins) : {} };
}

/** Saves a completed run's code as the model asked, and says what happened in words for it. */
export async function saveCompleted(
  saved: SavedScripts,
  saveAs: SaveAs,
  record: ExecutionRecord,
): Promise<{
  name: string;
  version?: number;
  status: "draft" | "approved" | "failed";
  message: string;
}> {
  try {
    const script = await saved.saveDraft(saveAs, record.code, record.id);
    const called = `scripts.${script.name}(input)`;
    return {
      name: script.name,
      version: script.version,
      status: script.status,
      message:
        script.status === "approved"
          ? `Saved as ${called}, version ${script.version}: later scripts can call it.`
          : `Saved as a draft of ${called}, version ${script.version}: a person must approve it (codemode scripts approve ${script.name}) before scripts can call it. Do not save it again.`,
    };
  } catch (error) {
    return {
      name: saveAs.name,
      status: "failed",
      message: `The run completed but was not saved: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
