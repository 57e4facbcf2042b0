import type { Sandbox } from "../core/sandbox.js";
import { createIsolateSandbox } from "./isolate/isolate-sandbox.js";
import { createQuickJSSandbox } from "./quickjs/quickjs-sandbox.js";

/** The backends a config or `createCodeMode({ sandbox })` can name. */
export type SandboxKind = "quickjs" | "isolate";

/**
 * The sandbox a name stands for. `"isolate"` throws a `SandboxUnavailableError` that says what to
 * install when isolated-vm cannot load (it is an optional peer dependency, Node 22 or later).
 *
 * @example
 * const sandbox = createSandbox(config.sandbox ?? "quickjs");
 */
export function createSandbox(kind: SandboxKind): Sandbox {
  return kind === "isolate" ? createIsolateSandbox() : createQuickJSSandbox();
}
