import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { PRELUDE } from "./prelude.js";

const MB = 1024 * 1024;
/** QuickJS's stack must stay small or the host's own stack overflows first. */
const MAX_STACK_BYTES = 256 * 1024;

/**
 * A runtime and context no script has touched yet, with the prelude compiled: compiling it is
 * most of the cost of a fresh context (~1 ms), so pools prepare the next one while idle.
 */
export interface PreparedContext {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** The prelude's function, to be called with the run's host functions and config. */
  prelude: QuickJSHandle;
}

export function prepareContext(module: QuickJSWASMModule, memoryMb: number): PreparedContext {
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(memoryMb * MB);
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  const context = runtime.newContext();
  const result = context.evalCode(PRELUDE, "prelude.js", { type: "global" });
  if (result.error) {
    const error = context.dump(result.error) as { message?: string };
    result.error.dispose();
    context.dispose();
    runtime.dispose();
    throw new Error(
      `The sandbox's prelude failed to compile: ${error?.message ?? "unknown error"}`,
    );
  }
  return { runtime, context, prelude: result.value };
}

export function disposePreparedContext(prepared: PreparedContext): void {
  prepared.prelude.dispose();
  prepared.context.dispose();
  prepared.runtime.dispose();
}
