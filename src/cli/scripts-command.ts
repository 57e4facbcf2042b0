import { readFileSync } from "node:fs";
import { safeParseJson } from "../core/json.js";
import type { JsonSchema } from "../core/operation.js";
import type { ScriptVersion } from "../core/saved-script.js";
import { EXIT } from "./commands.js";
import { type CommonOptions, openCodeMode } from "./open-code-mode.js";
import { osUser } from "./os-user.js";
import { readScript } from "./read-script.js";
import { writeErr, writeOut } from "./terminal-text.js";
import { UsageError } from "./usage-error.js";

const ACTIONS = ["list", "show", "save", "approve", "remove", "restore"] as const;
type Action = (typeof ACTIONS)[number];

export interface ScriptsOptions extends CommonOptions {
  json?: boolean;
  description?: string;
  input?: string;
  output?: string;
  by?: string;
}

/**
 * `codemode scripts [list | show NAME | save NAME FILE | approve NAME | remove NAME |
 * restore NAME VERSION]`: saved scripts, drafts included.
 */
export async function scriptsCommand(
  action: string | undefined,
  operands: readonly string[],
  options: ScriptsOptions,
): Promise<number> {
  const verb = (action ?? "list") as Action;
  if (!ACTIONS.includes(verb))
    throw new UsageError(
      `"${action}" is not a scripts action: use list, show NAME, save NAME FILE, approve NAME, remove NAME or restore NAME VERSION.`,
    );
  const [name, second] = operands;
  if (verb !== "list" && !name) throw new UsageError(`scripts ${verb} needs a script name.`);
  if (verb === "save" && !second)
    throw new UsageError("scripts save needs a name and a file: codemode scripts save NAME FILE.");
  if (verb === "restore" && !(Number.isInteger(Number(second)) && Number(second) > 0))
    throw new UsageError("scripts restore needs a name and a version number: restore NAME 2.");
  const by = options.by ?? osUser();
  // Saving and approving check the code against the declarations: the checker is worth its start-up.
  const codeMode = await openCodeMode({
    ...options,
    ...(verb === "save" || verb === "approve" || verb === "restore" ? { typecheck: true } : {}),
  });
  try {
    switch (verb) {
      case "list": {
        const versions = await codeMode.scripts();
        if (options.json) return print(summaries(versions));
        if (versions.length === 0)
          writeErr("No saved scripts yet: codemode scripts save NAME FILE --description TEXT.\n");
        for (const summary of summaries(versions)) writeOut(`${formatSummary(summary)}\n`);
        return EXIT.completed;
      }
      case "show": {
        const versions = await codeMode.scripts(name);
        if (versions.length === 0)
          throw new UsageError(`There is no saved script "${name}": see codemode scripts list.`);
        if (options.json) return print(versions);
        writeOut(showText(versions));
        return EXIT.completed;
      }
      case "save": {
        const { code } = await readScript(second);
        if (!options.description)
          throw new UsageError(
            "scripts save needs --description TEXT: one sentence on what the script does (search finds it by it).",
          );
        const saved = await codeMode.saveScript({
          name: name as string,
          description: options.description,
          code,
          ...(options.input ? { input: readSchema(options.input, "--input") } : {}),
          ...(options.output ? { output: readSchema(options.output, "--output") } : {}),
          by,
        });
        return done(options, saved, `Saved scripts.${saved.name} version ${saved.version}.`);
      }
      case "approve": {
        const approved = await codeMode.approveScript(name as string, { by });
        return done(
          options,
          approved,
          `Approved scripts.${approved.name} version ${approved.version}: scripts can call it now.`,
        );
      }
      case "restore": {
        const restored = await codeMode.restoreScript(name as string, Number(second), { by });
        return done(
          options,
          restored,
          `Restored version ${second} of scripts.${restored.name} as version ${restored.version}.`,
        );
      }
      case "remove": {
        const removed = await codeMode.removeScript(name as string);
        if (options.json) return print({ name, removed });
        writeErr(`Removed scripts.${name} (${removed} version${removed === 1 ? "" : "s"}).\n`);
        return EXIT.completed;
      }
    }
  } finally {
    await codeMode.close();
  }
}

interface ScriptSummary {
  name: string;
  description: string;
  /** The version scripts call, if any is approved. */
  approved?: number;
  /** The newest draft, when it is newer than the approved version. */
  draft?: number;
  versions: number;
}

function summaries(versions: readonly ScriptVersion[]): ScriptSummary[] {
  const byName = new Map<string, ScriptVersion[]>();
  for (const version of versions)
    byName.set(version.name, [...(byName.get(version.name) ?? []), version]);
  return [...byName].map(([name, all]) => {
    const approved = all.filter((version) => version.status === "approved").at(-1);
    const draft = all.filter((version) => version.status === "draft").at(-1);
    const newest = all.at(-1) as ScriptVersion;
    return {
      name,
      description: (approved ?? newest).description,
      ...(approved ? { approved: approved.version } : {}),
      ...(draft && (!approved || draft.version > approved.version) ? { draft: draft.version } : {}),
      versions: all.length,
    };
  });
}

function formatSummary(summary: ScriptSummary): string {
  const state = [
    summary.approved ? `v${summary.approved}` : "not approved",
    summary.draft ? `draft v${summary.draft} to review` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return `scripts.${summary.name}  (${state})  ${summary.description}`;
}

function showText(versions: readonly ScriptVersion[]): string {
  const lines: string[] = [];
  for (const version of [...versions].reverse()) {
    const who = [
      version.createdBy ? `by ${version.createdBy}` : "",
      version.executionId ? `from execution ${version.executionId}` : "",
      version.approvedBy ? `approved by ${version.approvedBy}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `scripts.${version.name} v${version.version} ${version.status}  ${new Date(version.createdAt).toISOString()}${who ? `  ${who}` : ""}`,
    );
    lines.push(`  ${version.description}`);
    lines.push(`  input: ${JSON.stringify(version.inputSchema)}`);
    if (version.outputSchema) lines.push(`  output: ${JSON.stringify(version.outputSchema)}`);
    lines.push(...version.code.split("\n").map((line) => `  | ${line}`), "");
  }
  return `${lines.join("\n")}`;
}

function readSchema(file: string, option: string): JsonSchema {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${option}: cannot read ${file} (${(error as Error).message}).`);
  }
  const parsed = safeParseJson(text);
  if (!parsed.success)
    throw new UsageError(`${option}: ${file} is not JSON (${parsed.error.message}).`);
  return parsed.value as JsonSchema;
}

function done(options: ScriptsOptions, version: ScriptVersion, message: string): number {
  if (options.json) return print(version);
  writeErr(`${message}\n`);
  return EXIT.completed;
}

function print(value: unknown): number {
  writeOut(`${JSON.stringify(value, null, 2)}\n`);
  return EXIT.completed;
}
