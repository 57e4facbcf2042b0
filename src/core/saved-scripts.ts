import type { ScriptChecker, ScriptTranspiler } from "./compiler.js";
import { CodemodeError, ScriptCompileError } from "./errors.js";
import type { JsonSchema, Operation } from "./operation.js";
import {
  assertScriptName,
  type ExecutionScripts,
  latestApproved,
  reachableScripts,
  type SaveAs,
  ScriptSaveError,
  type ScriptStore,
  type ScriptVersion,
} from "./saved-script.js";

/** The namespace saved scripts are called under inside scripts. */
export const SCRIPTS_NAMESPACE = "scripts";
/** Where a script being saved is declared while it is checked (never seen by the model). */
const SAVING_NAMESPACE = "__codemode_saving";

/** What a person (or the library) saves. */
export interface SaveScriptInput {
  name: string;
  description: string;
  /** TypeScript that reads `input` and returns a value. */
  code: string;
  /** JSON Schema of `input`; `{}` (anything) by default. */
  input?: JsonSchema;
  output?: JsonSchema;
  /** Who saves it ("cli", "console", an application's user). */
  by?: string;
}

export interface SavedScriptsEnvironment {
  store: ScriptStore;
  transpiler: ScriptTranspiler;
  /** Saved code is type-checked against the declarations when there is one. */
  checker?: ScriptChecker;
  /** The catalog's declarations, without the saved scripts. */
  catalogDeclarations(): string;
  /** `declare namespace NS { ... }` for operations (typegen's, given in by the composition). */
  renderNamespace(namespace: string, operations: readonly Operation[]): string;
  /** Why a JSON Schema cannot be used, or undefined when it can. */
  schemaProblem(schema: JsonSchema): string | undefined;
  /** `auto`: a model's draft is approved at once; `review` (default): a person approves it. */
  trust: "review" | "auto";
  now(): number;
}

/** What saved scripts a run calls, at which versions, and their code. */
export interface ScriptsForRun {
  record: ExecutionScripts;
  /** name → TypeScript, for the sandbox. */
  sources: Record<string, string>;
}

/**
 * Saved scripts over a {@link ScriptStore}: saving (checked: name, schemas, syntax, types, no
 * cycle), versions, approval of drafts, and what each run calls. Keeps a snapshot of the
 * approved scripts for the declarations, the system prompt and search; `refresh` renews it from
 * the store, which other processes may have changed.
 *
 * @example
 * const saved = await scripts.save({ name: "openIssues", description: "Open issues of a repo",
 *   code: "return await github.issuesList({ owner: input.owner, repo: input.repo })" });
 */
export class SavedScripts {
  #approved = new Map<string, ScriptVersion>();
  #key = "";
  /** Changes whenever the approved scripts do (for caches of declarations and search). */
  revision = 0;

  constructor(private readonly env: SavedScriptsEnvironment) {}

  /** Reads the approved scripts from the store again. */
  async refresh(): Promise<void> {
    this.#setApproved(latestApproved(await this.env.store.listScriptVersions()));
  }

  /** The newest approved version of each script, as of the last refresh. */
  approved(): ReadonlyMap<string, ScriptVersion> {
    return this.#approved;
  }

  /** The approved scripts as operations of the `scripts` namespace (for types and search). */
  operations(): Operation[] {
    return [...this.#approved.values()].map(scriptOperation);
  }

  /** `declare namespace scripts { ... }` of the approved scripts (empty when there are none). */
  declarations(): string {
    return this.#declare(this.operations());
  }

  #declare(operations: readonly Operation[]): string {
    return operations.length === 0
      ? `\n/** Saved scripts: none is approved yet (a draft is callable once a person approves it). */\ndeclare namespace ${SCRIPTS_NAMESPACE} {}\n`
      : `\n${this.env.renderNamespace(SCRIPTS_NAMESPACE, operations)}\n`;
  }

  /** Every version of every script (or of `name`), by name then version. */
  async versions(name?: string): Promise<ScriptVersion[]> {
    const versions = await this.env.store.listScriptVersions(name);
    if (name === undefined) this.#setApproved(latestApproved(versions));
    return versions;
  }

  /** Saves a person's script as a new approved version, after every check. */
  async save(input: SaveScriptInput): Promise<ScriptVersion> {
    return this.#add(input, { status: "approved" });
  }

  /**
   * Checks a model's `saveAs` before its run, so that a bad name or schema fails at once and the
   * run is not wasted.
   */
  checkSaveAs(saveAs: unknown): SaveAs {
    if (typeof saveAs !== "object" || saveAs === null || Array.isArray(saveAs))
      throw new ScriptSaveError(
        "saveAs must be an object: { name, description, input? } (input: a JSON Schema).",
      );
    const { name, description, input } = saveAs as Record<string, unknown>;
    assertScriptName(name);
    if (typeof description !== "string" || description.trim() === "")
      throw new ScriptSaveError(
        `saveAs.description is missing: say in one sentence what scripts.${name} does, for whoever searches for it.`,
      );
    if (input !== undefined) this.#checkSchema(input as JsonSchema, "saveAs.input");
    return { name, description, ...(input !== undefined ? { input: input as JsonSchema } : {}) };
  }

  /** Saves a completed run's code as a draft (approved at once when trust is `auto`). */
  async saveDraft(saveAs: SaveAs, code: string, executionId: string): Promise<ScriptVersion> {
    const auto = this.env.trust === "auto";
    return this.#add(
      {
        name: saveAs.name,
        description: saveAs.description,
        code,
        ...(saveAs.input !== undefined ? { input: saveAs.input } : {}),
        by: "model",
      },
      { status: auto ? "approved" : "draft", executionId },
    );
  }

  /**
   * Approves the newest draft of `name`, after checking it again against today's declarations
   * (the tools it calls may be gone since it was saved).
   */
  async approve(name: string, by?: string): Promise<ScriptVersion> {
    await this.refresh();
    const versions = await this.#versionsOf(name);
    const draft = versions.filter((version) => version.status === "draft").at(-1);
    if (!draft)
      throw new CodemodeError(
        "script_not_draft",
        `scripts.${name} has no draft to approve (its versions: ${versions.map((version) => `v${version.version} ${version.status}`).join(", ")}).`,
      );
    await this.#check(draft.name, draft.code, draft.inputSchema, draft.outputSchema, {
      approving: true,
    });
    const approved = await this.env.store.approveScriptVersion(name, draft.version, {
      approvedAt: this.env.now(),
      ...(by ? { approvedBy: by } : {}),
    });
    if (!approved)
      throw new CodemodeError(
        "script_not_draft",
        `scripts.${name} v${draft.version} was approved by someone else meanwhile; nothing was changed.`,
      );
    await this.refresh();
    return approved;
  }

  /** Makes an older version the newest: it is saved again as a new approved version. */
  async restore(name: string, version: number, by?: string): Promise<ScriptVersion> {
    const versions = await this.#versionsOf(name);
    const old = versions.find((each) => each.version === version);
    if (!old)
      throw new CodemodeError(
        "script_version_not_found",
        `scripts.${name} has no version ${version} (it has ${versions.map((each) => each.version).join(", ")}): see \`codemode scripts show ${name}\`.`,
      );
    return this.#add(
      {
        name,
        description: old.description,
        code: old.code,
        input: old.inputSchema,
        ...(old.outputSchema !== undefined ? { output: old.outputSchema } : {}),
        ...(by ? { by } : {}),
      },
      { status: "approved" },
    );
  }

  /** Deletes every version of `name`. */
  async remove(name: string): Promise<number> {
    const removed = await this.env.store.removeScript(name);
    if (removed === 0) throw notFound(name);
    await this.refresh();
    return removed;
  }

  /** The saved scripts `code` reaches, at their newest approved versions (read from the store). */
  async forRun(code: string): Promise<ScriptVersion[]> {
    if (!code.includes(SCRIPTS_NAMESPACE)) return [];
    await this.refresh();
    return reachableScripts(code, this.#approved);
  }

  /** The exact versions an execution started with, for its resume. */
  async pinned(pins: Readonly<Record<string, number>>): Promise<Record<string, string>> {
    const sources: Record<string, string> = {};
    for (const [name, version] of Object.entries(pins)) {
      const found = (await this.env.store.listScriptVersions(name)).find(
        (each) => each.version === version,
      );
      if (!found)
        throw new CodemodeError(
          "script_version_not_found",
          `This execution started with scripts.${name} v${version}, which has been removed since; it cannot be resumed the same way. Run it again.`,
        );
      sources[name] = found.code;
    }
    return sources;
  }

  async #add(
    input: SaveScriptInput,
    fields: Pick<ScriptVersion, "status"> & { executionId?: string },
  ): Promise<ScriptVersion> {
    assertScriptName(input.name);
    if (typeof input.description !== "string" || input.description.trim() === "")
      throw new ScriptSaveError(
        `scripts.${input.name} needs a description: one sentence on what it does (search finds it by it).`,
      );
    if (typeof input.code !== "string" || input.code.trim() === "")
      throw new ScriptSaveError(`scripts.${input.name} has no code.`);
    const inputSchema = input.input ?? {};
    this.#checkSchema(inputSchema, "The input schema");
    if (input.output !== undefined) this.#checkSchema(input.output, "The output schema");
    await this.refresh();
    await this.#check(input.name, input.code, inputSchema, input.output, { approving: false });
    const saved = await this.env.store.addScriptVersion({
      name: input.name,
      description: input.description.trim(),
      code: input.code,
      inputSchema,
      ...(input.output !== undefined ? { outputSchema: input.output } : {}),
      status: fields.status,
      createdAt: this.env.now(),
      ...(input.by ? { createdBy: input.by } : {}),
      ...(fields.executionId ? { executionId: fields.executionId } : {}),
      ...(fields.status === "approved"
        ? { approvedAt: this.env.now(), ...(input.by ? { approvedBy: input.by } : {}) }
        : {}),
    });
    if (saved.status === "approved") await this.refresh();
    return saved;
  }

  /** Syntax, cycles and types, each an error naming the fix. */
  async #check(
    name: string,
    code: string,
    inputSchema: JsonSchema,
    outputSchema: JsonSchema | undefined,
    options: { approving: boolean },
  ): Promise<void> {
    const what = options.approving ? `The draft of scripts.${name}` : `scripts.${name}`;
    try {
      this.env.transpiler.transpile(code);
    } catch (error) {
      if (error instanceof ScriptCompileError) throw compileFailure(what, error.diagnostics);
      throw error;
    }
    const others = new Map(this.#approved);
    const self: ScriptVersion = {
      name,
      version: 0,
      description: "",
      code,
      inputSchema,
      status: "approved",
      createdAt: 0,
    };
    others.set(name, self);
    reachableScripts(`${SCRIPTS_NAMESPACE}.${name}`, others);
    if (!this.env.checker) return;
    others.delete(name);
    const operation = scriptOperation({
      ...self,
      ...(outputSchema !== undefined ? { outputSchema } : {}),
    });
    const declarations = [
      this.env.catalogDeclarations(),
      this.#declare([...others.values()].map(scriptOperation)),
      this.env.renderNamespace(SAVING_NAMESPACE, [{ ...operation, namespace: SAVING_NAMESPACE }]),
      hasProperties(inputSchema)
        ? `declare const input: NonNullable<Parameters<typeof ${SAVING_NAMESPACE}.${name}>[0]>;`
        : "declare const input: any;",
    ].join("\n");
    const diagnostics = await this.env.checker.check(code, declarations);
    if (diagnostics.length > 0) {
      if (!options.approving) throw compileFailure(what, diagnostics);
      const failure = compileFailure(what, diagnostics, "it was not approved");
      failure.message += `\nThe tools it calls may have changed or been removed since it was saved: save a corrected version (codemode scripts save ${name} FILE), or remove it.`;
      throw failure;
    }
  }

  #checkSchema(schema: JsonSchema, what: string): void {
    const problem =
      typeof schema === "boolean" || (typeof schema === "object" && !Array.isArray(schema))
        ? this.env.schemaProblem(schema)
        : "it is not an object";
    if (problem !== undefined)
      throw new ScriptSaveError(
        `${what} is not a valid JSON Schema (${problem}): give an object such as { "type": "object", "properties": { "owner": { "type": "string" } } }.`,
      );
  }

  async #versionsOf(name: string): Promise<ScriptVersion[]> {
    const versions = await this.env.store.listScriptVersions(name);
    if (versions.length === 0) throw notFound(name);
    return versions;
  }

  #setApproved(approved: Map<string, ScriptVersion>): void {
    const key = [...approved.values()]
      .map((script) => `${script.name}@${script.version}`)
      .sort()
      .join(",");
    this.#approved = approved;
    if (key !== this.#key) {
      this.#key = key;
      this.revision++;
    }
  }
}

/** Whether a schema names properties (else `input` is typed `any`: the schema says too little). */
function hasProperties(schema: JsonSchema): boolean {
  return typeof schema === "object" && typeof schema.properties === "object";
}

/** A saved script as an operation of the `scripts` namespace. */
export function scriptOperation(script: ScriptVersion): Operation {
  return {
    namespace: SCRIPTS_NAMESPACE,
    name: script.name,
    description: script.description,
    inputSchema: script.inputSchema,
    ...(script.outputSchema !== undefined ? { outputSchema: script.outputSchema } : {}),
    source: { kind: "functions" },
  };
}

function notFound(name: string): CodemodeError {
  return new CodemodeError(
    "script_not_found",
    `There is no saved script "${name}": list them with \`codemode scripts list\`.`,
  );
}

function compileFailure(
  what: string,
  diagnostics: readonly { line: number; column?: number; message: string }[],
  outcome = "nothing was saved",
): ScriptSaveError {
  const lines = diagnostics.map(
    (diagnostic) =>
      `line ${diagnostic.line}${diagnostic.column ? `:${diagnostic.column}` : ""}: ${diagnostic.message}`,
  );
  return new ScriptSaveError(
    `${what} does not compile against the declarations, so ${outcome}:\n${lines.join("\n")}`,
    { diagnostics },
  );
}
