import type { ExecutionScripts, ScriptStore, ScriptVersion } from "../core/saved-script.js";

/** A copy as a store would give it back: JSON data, no shared references. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Saved scripts in plain data structures, for the in-memory journal. */
export class MemoryScriptStore implements ScriptStore {
  readonly #versions = new Map<string, ScriptVersion[]>();
  readonly #executions = new Map<string, ExecutionScripts>();

  async addScriptVersion(script: Omit<ScriptVersion, "version">): Promise<ScriptVersion> {
    const versions = this.#versions.get(script.name) ?? [];
    const saved = copy({ ...script, version: (versions.at(-1)?.version ?? 0) + 1 });
    versions.push(saved);
    this.#versions.set(script.name, versions);
    return copy(saved);
  }

  async listScriptVersions(name?: string): Promise<ScriptVersion[]> {
    const names = name === undefined ? [...this.#versions.keys()].sort() : [name];
    return names.flatMap((each) => copy(this.#versions.get(each) ?? []));
  }

  async approveScriptVersion(
    name: string,
    version: number,
    decision: { approvedAt: number; approvedBy?: string },
  ): Promise<ScriptVersion | undefined> {
    const script = this.#versions.get(name)?.find((each) => each.version === version);
    if (script?.status !== "draft") return undefined;
    script.status = "approved";
    script.approvedAt = decision.approvedAt;
    if (decision.approvedBy !== undefined) script.approvedBy = decision.approvedBy;
    return copy(script);
  }

  async removeScript(name: string): Promise<number> {
    const count = this.#versions.get(name)?.length ?? 0;
    this.#versions.delete(name);
    return count;
  }

  async putExecutionScripts(executionId: string, scripts: ExecutionScripts): Promise<void> {
    this.#executions.set(executionId, copy(scripts));
  }

  async getExecutionScripts(executionId: string): Promise<ExecutionScripts | undefined> {
    const scripts = this.#executions.get(executionId);
    return scripts === undefined ? undefined : copy(scripts);
  }

  /** Drops what a deleted execution ran with. */
  forget(executionId: string): void {
    this.#executions.delete(executionId);
  }
}
