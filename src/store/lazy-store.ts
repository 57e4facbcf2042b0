import type { JournalStore } from "../core/journal.js";

/**
 * A store opened on first use: commands that never touch the journal (search, describe, types)
 * do not pay for opening it. Every method waits for the open, then forwards.
 */
export function lazyJournalStore(
  open: () => Promise<JournalStore>,
  known: { description: string; exclusive: boolean; durable: boolean },
): JournalStore & { opened(): boolean } {
  let opening: Promise<JournalStore> | undefined;
  const target = (): Promise<JournalStore> => {
    opening ??= open();
    return opening;
  };
  const forward =
    <K extends keyof JournalStore>(method: K) =>
    async (...args: unknown[]) =>
      // biome-ignore lint/suspicious/noExplicitAny: forwards each method with its own arguments.
      ((await target())[method] as any)(...args);
  const store = {
    description: known.description,
    exclusive: known.exclusive,
    durable: known.durable,
    opened: () => opening !== undefined,
    createExecution: forward("createExecution"),
    getExecution: forward("getExecution"),
    updateExecution: forward("updateExecution"),
    listExecutions: forward("listExecutions"),
    putCall: forward("putCall"),
    listCalls: forward("listCalls"),
    recoverInterrupted: forward("recoverInterrupted"),
    createApproval: forward("createApproval"),
    getApproval: forward("getApproval"),
    listApprovals: forward("listApprovals"),
    decideApproval: forward("decideApproval"),
    prune: forward("prune"),
    addScriptVersion: forward("addScriptVersion"),
    listScriptVersions: forward("listScriptVersions"),
    approveScriptVersion: forward("approveScriptVersion"),
    removeScript: forward("removeScript"),
    putExecutionScripts: forward("putExecutionScripts"),
    getExecutionScripts: forward("getExecutionScripts"),
    publish: forward("publish"),
    listening: forward("listening"),
    putReference: forward("putReference"),
    getReference: forward("getReference"),
    privacyToken: forward("privacyToken"),
    privacyValue: forward("privacyValue"),
    getState: forward("getState"),
    setState: forward("setState"),
    putEmitted: forward("putEmitted"),
    listEmitted: forward("listEmitted"),
    subscribe(listener: Parameters<JournalStore["subscribe"]>[0]) {
      // Subscribing opens the store: a subscriber wants to hear about other processes too.
      let unsubscribe: (() => void) | undefined;
      let cancelled = false;
      // A store that fails to open reports it to whatever uses it next; a subscriber hears nothing.
      target().then(
        (store) => {
          if (!cancelled) unsubscribe = store.subscribe(listener);
        },
        () => {},
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    async close() {
      if (opening) await (await opening).close();
    },
  } satisfies JournalStore & { opened(): boolean };
  // `satisfies`: a method the contract gains and this forgets to forward fails to compile.
  return store;
}
