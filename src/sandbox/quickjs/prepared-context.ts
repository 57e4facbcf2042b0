import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { PRELUDE } from "../prelude.js";

const MB = 1024 * 1024;
/** QuickJS's stack must stay small or the host's own stack overflows first. */
const MAX_STACK_BYTES = 256 * 1024;

/** What the guest's host functions reach: the run the context is given to. */
export interface HostHandler {
  hostCall(message: QuickJSHandle): undefined;
  hostLog(message: QuickJSHandle): undefined;
  hostDraw(kind: QuickJSHandle): QuickJSHandle;
  hostFinish(ok: QuickJSHandle, payload: QuickJSHandle): undefined;
  setTimer(callback: QuickJSHandle, ms: QuickJSHandle): QuickJSHandle;
  clearTimer(id: QuickJSHandle): undefined;
}

/**
 * A runtime and context no script has touched yet, with the prelude compiled and run: that is
 * most of the cost of a fresh context (~1 ms), so pools prepare the next one while idle. The
 * host functions dispatch to whichever run the context is handed to.
 */
export interface PreparedContext {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** `configure(configJson)`, `start(main, callResult)` and `deliver(message)` of the prelude. */
  configure: QuickJSHandle;
  start: QuickJSHandle;
  deliver: QuickJSHandle;
  attach(handler: HostHandler): void;
}

const HOST_FUNCTIONS = [
  "hostCall",
  "hostLog",
  "hostDraw",
  "hostFinish",
  "setTimer",
  "clearTimer",
] as const;
const GUEST_NAMES: Record<(typeof HOST_FUNCTIONS)[number], string> = {
  hostCall: "call",
  hostLog: "log",
  hostDraw: "draw",
  hostFinish: "finish",
  setTimer: "setTimer",
  clearTimer: "clearTimer",
};

export function prepareContext(module: QuickJSWASMModule, memoryMb: number): PreparedContext {
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(memoryMb * MB);
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  const context = runtime.newContext();
  let handler: HostHandler | undefined;
  const unattached = (): never => {
    throw new Error("This sandbox context is not running a script.");
  };
  try {
    const prelude = unwrap(context, context.evalCode(PRELUDE, "prelude.js", { type: "global" }));
    const host = context.newObject();
    for (const name of HOST_FUNCTIONS) {
      const fn = context.newFunction(GUEST_NAMES[name], (...args: QuickJSHandle[]) =>
        handler
          ? (handler[name] as (...a: QuickJSHandle[]) => QuickJSHandle | undefined)(...args)
          : unattached(),
      );
      context.setProp(host, GUEST_NAMES[name], fn);
      fn.dispose();
    }
    const api = unwrap(context, context.callFunction(prelude, context.undefined, host));
    prelude.dispose();
    host.dispose();
    const prepared: PreparedContext = {
      runtime,
      context,
      configure: context.getProp(api, "configure"),
      start: context.getProp(api, "start"),
      deliver: context.getProp(api, "deliver"),
      attach: (next) => {
        handler = next;
      },
    };
    api.dispose();
    return prepared;
  } catch (error) {
    context.dispose();
    runtime.dispose();
    throw error;
  }
}

export function disposePreparedContext(prepared: PreparedContext): void {
  for (const handle of [prepared.configure, prepared.start, prepared.deliver])
    if (handle.alive) handle.dispose();
  prepared.context.dispose();
  prepared.runtime.dispose();
}

function unwrap(
  context: QuickJSContext,
  result: ReturnType<QuickJSContext["evalCode"]>,
): QuickJSHandle {
  if (!result.error) return result.value;
  const error = context.dump(result.error) as { message?: string };
  result.error.dispose();
  throw new Error(`The sandbox's prelude failed: ${error?.message ?? "unknown error"}`);
}
