import { loadConfig } from "../config/load-config.js";
import { type CodeMode, createCodeModeFromConfig } from "../create-code-mode.js";
import { DEFAULT_STORE_FOLDER } from "../store/open-store.js";

export interface CommonOptions {
  config?: string;
  /** Any source that fails to load is an error (exit 2). */
  strict?: boolean;
}

/** The runtime for one CLI command, from `--config` or the config file in the working directory. */
export async function openCodeMode(
  options: CommonOptions & { typecheck?: boolean },
): Promise<CodeMode> {
  const loaded = await loadConfig(options.config);
  const codeMode = await createCodeModeFromConfig(loaded, {
    ...(options.strict ? { strict: true } : {}),
    // A one-shot process would pay ~0.5 s to load the type checker: off unless asked for.
    typecheck: options.typecheck ?? loaded.config.typecheck ?? false,
    // The journal outlives the process, so that `codemode approvals` can resume a paused run.
    store: loaded.config.store ?? DEFAULT_STORE_FOLDER,
    // Opened by the commands that use it: search, describe and types never pay for it.
    openStoreOnFirstUse: true,
  });
  reportSources(codeMode, (line) => process.stderr.write(`codemode: ${line}\n`));
  return codeMode;
}

/**
 * One line per source that failed to load (or works with a warning): which, why, and what
 * follows. Every command says it the same way, `serve` too.
 */
export function reportSources(codeMode: CodeMode, log: (line: string) => void): void {
  for (const source of codeMode.sources()) {
    const what = `servers.${source.namespace}${source.kind ? ` (${KIND_NAMES[source.kind]})` : ""}`;
    if (source.state === "unavailable")
      log(
        `${what} is unavailable: ${withoutPrefix(source.problem ?? "", source.namespace)} Scripts that call it get a ToolError (source_unavailable), and it is tried again on use; --strict makes this an error.`,
      );
    else if (source.warning) log(`${what}: ${source.warning}`);
  }
}

/** The problem without the `servers.NAME: ` it may start with (the line names the source already). */
function withoutPrefix(problem: string, namespace: string): string {
  const prefix = `servers.${namespace}: `;
  return problem.startsWith(prefix) ? problem.slice(prefix.length) : problem;
}

const KIND_NAMES = { functions: "host functions", mcp: "MCP server", openapi: "OpenAPI" } as const;
