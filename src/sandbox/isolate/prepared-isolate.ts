import { PRELUDE } from "../prelude.js";
import { INSTALL_SCRIPTS } from "../run-support.js";
import type { Context, Isolate, IsolatedVm, Reference } from "./isolated-vm.js";

/** What the guest's host functions reach: the run the isolate is given to. */
export interface IsolateHostHandler {
  call(message: string): void;
  log(message: string): void;
  draw(kind: string): string | number;
  finish(ok: boolean, payload: string | undefined): void;
  setTimer(id: number, ms: number): void;
  clearTimer(id: number): void;
  /** isolated-vm lost control of the isolate (V8's fatal out-of-memory path). */
  catastrophic(message: string): void;
}

/**
 * A fresh isolate and context with the prelude run: what a run needs before the script. Pools
 * prepare the next one while idle. The guest side is the same prelude as the QuickJS backend's;
 * the only adaptation is timers, which cross as ids here (a guest function cannot be handed to
 * the host), fired by `fire(id)`.
 */
export interface PreparedIsolate {
  isolate: Isolate;
  context: Context;
  /** `configure(configJson)`, `start(main, callResult)`, `deliver(message)` of the prelude. */
  configure: Reference;
  start: Reference;
  deliver: Reference;
  /** `fire(id)`: runs a timer's callback. */
  fire: Reference;
  /** `INSTALL_SCRIPTS`, compiled. */
  install: Reference;
  attach(handler: IsolateHostHandler): void;
  /** Set once isolated-vm reported a catastrophic error: never touch the isolate again. */
  lost: boolean;
}

const MIN_MEMORY_MB = 8;

const ADAPTER = `(function (prelude, install, call, log, draw, finish, setTimer, clearTimer) {
  "use strict";
  // What V8 has beyond the QuickJS backend and scripts do not need: WebAssembly, and structured
  // stack frames (CallSite objects hand out the functions and receivers of each frame).
  delete globalThis.WebAssembly;
  delete Error.captureStackTrace;
  Object.defineProperty(Error, "prepareStackTrace", { value: undefined, writable: false, configurable: false });
  // A host function that throws gives the guest a copy of the host error, host stack included:
  // rethrow only its name and message, as a guest error.
  const KINDS = { TypeError, RangeError, SyntaxError };
  const guard = (fn) => function () {
    try { return fn.apply(undefined, arguments); } catch (error) {
      let name = "Error", message = "The host failed.";
      try { name = String(error.name); message = String(error.message); } catch {}
      throw new (KINDS[name] || Error)(message);
    }
  };
  const timers = new Map();
  let lastTimer = 0;
  const hostSetTimer = guard(setTimer), hostClearTimer = guard(clearTimer);
  const api = prelude({
    call: guard(call),
    log: guard(log),
    draw: guard(draw),
    finish: guard(finish),
    setTimer(callback, ms) { const id = ++lastTimer; hostSetTimer(id, ms); timers.set(id, callback); return id; },
    clearTimer(id) { if (timers.delete(id)) hostClearTimer(id); },
  });
  function fire(id) {
    const callback = timers.get(id);
    if (callback === undefined) return;
    timers.delete(id);
    callback();
  }
  return { configure: api.configure, start: api.start, deliver: api.deliver, fire, install };
})`;

export function prepareIsolate(ivm: IsolatedVm, memoryMb: number): PreparedIsolate {
  let handler: IsolateHostHandler | undefined;
  const detached = (): never => {
    throw new Error("This sandbox isolate is not running a script.");
  };
  const on = <K extends keyof IsolateHostHandler>(name: K) =>
    new ivm.Callback(((...args: Parameters<IsolateHostHandler[K]>) =>
      handler
        ? (handler[name] as (...a: Parameters<IsolateHostHandler[K]>) => unknown)(...args)
        : detached()) as (...args: never[]) => unknown);
  const prepared: Partial<PreparedIsolate> & { lost: boolean } = { lost: false };
  const isolate = new ivm.Isolate({
    memoryLimit: Math.max(MIN_MEMORY_MB, memoryMb),
    onCatastrophicError: (message) => {
      prepared.lost = true;
      handler?.catastrophic(message);
    },
  });
  try {
    const context = isolate.createContextSync();
    const api = context.evalClosureSync(
      `return (${ADAPTER})((${PRELUDE}), (${INSTALL_SCRIPTS}), $0, $1, $2, $3, $4, $5);`,
      [on("call"), on("log"), on("draw"), on("finish"), on("setTimer"), on("clearTimer")],
      { filename: "prelude.js", result: { reference: true } },
    );
    const get = (name: string) => api.getSync(name, { reference: true });
    Object.assign(prepared, {
      isolate,
      context,
      configure: get("configure"),
      start: get("start"),
      deliver: get("deliver"),
      fire: get("fire"),
      install: get("install"),
      attach: (next: IsolateHostHandler) => {
        handler = next;
      },
    });
    api.release();
    return prepared as PreparedIsolate;
  } catch (error) {
    isolate.dispose();
    throw error;
  }
}

/** Frees an isolate, unless isolated-vm lost it (its thread is parked; touching it would block). */
export function disposePreparedIsolate(prepared: PreparedIsolate): void {
  if (prepared.lost || prepared.isolate.isDisposed) return;
  prepared.isolate.dispose();
}
