import type { ScriptChecker, ScriptDiagnostic } from "../core/compiler.js";
import type { CheckRequest, CheckResponse } from "../sandbox/typecheck-protocol.js";

/**
 * The page's type checker: TypeScript and its lib in their own worker (`codemode-typecheck.js`
 * beside this bundle), started on the first check, so a page that never checks never downloads
 * it, and a check never holds the page's main thread.
 */
export function pageTypeChecker(
  workerUrl: URL | string = new URL("./codemode-typecheck.js", import.meta.url),
): { checker: ScriptChecker; release(): Promise<void> } {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, (response: CheckResponse) => void>();
  const start = (): Worker => {
    const started = new Worker(workerUrl, { type: "module", name: "codemode type-check" });
    started.addEventListener("message", (event: MessageEvent<CheckResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
    started.addEventListener("error", (event) => {
      for (const [id, answer] of waiting)
        answer({
          id,
          error: `The type-check worker ${String(workerUrl)} failed (${event.message || "it could not load"}): serve codemode-typecheck.js beside codemode.js, or pass typecheck: false.`,
        });
      waiting.clear();
      worker = undefined;
    });
    return started;
  };
  const checker: ScriptChecker = {
    async check(source: string, declarations: string): Promise<readonly ScriptDiagnostic[]> {
      worker ??= start();
      const request: CheckRequest = {
        id: nextId++,
        declarationsKey: "page",
        declarations,
        sources: [source],
      };
      const target = worker;
      const response = await new Promise<CheckResponse>((resolve) => {
        waiting.set(request.id, resolve);
        target.postMessage(request);
      });
      if ("error" in response) throw new Error(response.error);
      if ("missing" in response) throw new Error("The type-check worker lost the declarations.");
      return response.diagnostics[0] ?? [];
    },
  };
  return {
    checker,
    release: async () => {
      worker?.terminate();
      worker = undefined;
    },
  };
}
