import { loadConfig } from "../config/load-config.js";
import { type CodeMode, createCodeModeFromConfig } from "../create-code-mode.js";
import { DEFAULT_STORE_FOLDER } from "../store/open-store.js";

export interface CommonOptions {
  config?: string;
}

/** The runtime for one CLI command, from `--config` or the config file in the working directory. */
export async function openCodeMode(
  options: CommonOptions & { typecheck?: boolean },
): Promise<CodeMode> {
  const loaded = await loadConfig(options.config);
  return createCodeModeFromConfig(loaded, {
    // A one-shot process would pay ~0.5 s to load the type checker: off unless asked for.
    typecheck: options.typecheck ?? loaded.config.typecheck ?? false,
    // The journal outlives the process, so that `codemode approvals` can resume a paused run.
    store: loaded.config.store ?? DEFAULT_STORE_FOLDER,
    // Opened by the commands that use it: search, describe and types never pay for it.
    openStoreOnFirstUse: true,
  });
}
