import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from "quickjs-emscripten-core";
import {
  SandboxCpuLimitError,
  SandboxMemoryError,
  SandboxTimeoutError,
} from "../../core/errors.js";
import { hostEndingOf } from "../../core/run-ending.js";
import type { ExecutionErrorInfo, RunEnding, SandboxRunRequest } from "../../core/sandbox.js";
import { locateError, SCRIPT_FILENAME } from "../locate-error.js";
import { RunEnd } from "../run-end.js";
import {
  type CallSettlement,
  configText,
  deliveryMessage,
  draw,
  finishOutcome,
  INSTALL_SCRIPTS,
  LINE_OFFSET,
  limitEnding,
  MAX_TIMERS,
  performCall,
  savedScriptSource,
  savedScriptsPlan,
  scriptSources,
  timerDelay,
  writeLog,
} from "../run-support.js";
import type { HostHandler, PreparedContext } from "./prepared-context.js";

const STACK_OVERFLOW = {
  name: "InternalError",
  message:
    "stack overflow: the script nests or recurses too deeply for the sandbox (deep recursion, or a value nested thousands of levels deep). Flatten it.",
};

/**
 * One execution in a fresh QuickJS runtime and context. The host drives the guest's job queue:
 * after each host call settles, pending jobs run until the guest waits again. Every entry into
 * the guest is timed, so the interrupt handler can stop a CPU-bound script even though it blocks
 * the host's event loop while it runs.
 */
export class QuickJSRun implements HostHandler {
  private readonly runtime: QuickJSRuntime;
  private readonly context: QuickJSContext;
  private readonly request: SandboxRunRequest;
  /** How the run ends: its outcome, wall clock and abort signal; a recorded limit interrupts every later entry. */
  private readonly ending = new RunEnd(() => {
    for (const { timeout } of this.timers.values()) clearTimeout(timeout);
  });
  private readonly configureFunction: QuickJSHandle;
  private readonly startFunction: QuickJSHandle;
  private readonly deadline: number;
  private readonly handles: QuickJSHandle[] = [];
  private readonly deliverFunction: QuickJSHandle;
  private pumpScheduled = false;
  private readonly timers = new Map<number, { timeout: NodeJS.Timeout; callback: QuickJSHandle }>();
  private nextTimerId = 1;
  private cpuUsed = 0;
  private sliceStart = 0;
  /** A host exception unwound through the engine: its state cannot be trusted any more. */
  private corrupted = false;

  constructor(prepared: PreparedContext, request: SandboxRunRequest) {
    this.request = request;
    this.deadline = Date.now() + request.limits.timeoutMs;
    this.runtime = prepared.runtime;
    this.context = prepared.context;
    this.configureFunction = this.keep(prepared.configure);
    this.startFunction = this.keep(prepared.start);
    this.deliverFunction = this.keep(prepared.deliver);
    prepared.attach(this);
    this.runtime.setInterruptHandler(() => this.shouldInterrupt());
  }

  execute(): Promise<RunEnding> {
    this.ending.arm(this.request);
    if (!this.ending.finished) this.start();
    return this.ending.outcome;
  }

  /** Releases everything the run holds. Returns false when the module should not be reused. */
  dispose(): boolean {
    this.ending.end({
      status: "failed",
      error: { name: "Error", message: "The run was disposed." },
    });
    for (const { timeout } of this.timers.values()) clearTimeout(timeout);
    // A corrupted engine would abort on dispose: leave it to the garbage collector with its module.
    if (this.corrupted) return false;
    let healthy = !(
      this.ending.stopped?.status === "limit" && this.ending.stopped.error.code === "memory_limit"
    );
    try {
      for (const { callback } of this.timers.values()) callback.dispose();
      this.timers.clear();
      for (const handle of this.handles) if (handle.alive) handle.dispose();
      this.context.dispose();
      this.runtime.dispose();
    } catch {
      healthy = false;
    }
    return healthy;
  }

  private start(): void {
    const { context } = this;
    const config = context.newString(configText(this.request));
    const configured = this.callGuest(this.configureFunction, config);
    config.dispose();
    if (!configured) return;

    if (!this.installScripts()) return;
    const compiled = this.compileScript(this.request.code);
    if (!compiled) return;
    if ("ending" in compiled) {
      this.ending.end(compiled.ending);
      return;
    }
    const callResult = compiled.callResult ? context.true : context.false;
    if (this.callGuest(this.startFunction, compiled.main, callResult)) this.pump();
  }

  /**
   * Compiles each saved script as an async function of `input` in its own file, so its stack
   * frames name it and keep its own line numbers, then installs them as `scripts` and the run's
   * `input`. Returns whether the run may go on.
   */
  private installScripts(): boolean {
    const plan = savedScriptsPlan(this.request);
    if (!plan) return true;
    const { context } = this;
    const functions: QuickJSHandle[] = [];
    for (const name of plan.names) {
      const { source, filename } = savedScriptSource(this.request, name);
      const compiled = this.guest(() => context.evalCode(source, filename, { type: "global" }));
      if (!compiled) return false;
      if (compiled.error) {
        this.ending.end(this.classify(this.dumpError(compiled.error)));
        return false;
      }
      functions.push(this.keep(compiled.value));
    }
    const installer = this.guest(() =>
      context.evalCode(INSTALL_SCRIPTS, "prelude.js", { type: "global" }),
    );
    if (!installer) return false;
    if (installer.error) {
      this.failFromGuest(installer.error);
      return false;
    }
    const namesText = context.newString(plan.namesText);
    const inputText = context.newString(plan.inputText);
    const installed = this.callGuest(
      this.keep(installer.value),
      namesText,
      inputText,
      ...functions,
    );
    namesText.dispose();
    inputText.dispose();
    return installed;
  }

  /** Calls a guest function; a throw ends the run. Returns whether the call completed. */
  private callGuest(fn: QuickJSHandle, ...args: QuickJSHandle[]): boolean {
    const result = this.guest(() => this.context.callFunction(fn, this.context.undefined, ...args));
    if (!result) return false;
    if (result.error) {
      this.failFromGuest(result.error);
      return false;
    }
    result.value.dispose();
    return true;
  }

  /** Compiles the script as the body of an async function, or as one function expression to call. */
  private compileScript(
    code: string,
  ): { main: QuickJSHandle; callResult: boolean } | { ending: RunEnding } | undefined {
    const { context } = this;
    const sources = scriptSources(code);
    for (const [index, { source, callResult }] of sources.entries()) {
      const compiled = this.guest(() =>
        context.evalCode(source, SCRIPT_FILENAME, { type: "global" }),
      );
      if (!compiled) return undefined;
      if (!compiled.error) return { main: this.keep(compiled.value), callResult };
      if (index === sources.length - 1)
        return { ending: this.classify(this.dumpError(compiled.error)) };
      compiled.error.dispose();
    }
    return undefined;
  }

  /** A call from the guest (see `parseCallMessage`); settled by `deliver`. */
  hostCall(messageHandle: QuickJSHandle): undefined {
    // Jobs still queued when the run ended may try to call out: nothing leaves after the end.
    if (this.ending.finished) throw new Error("The run has ended.");
    performCall(this.request, this.context.getString(messageHandle), (id, settlement) =>
      this.deliver(id, settlement),
    );
    return undefined;
  }

  private deliver(id: string, settlement: CallSettlement): void {
    if (this.ending.finished) return;
    const ending = "error" in settlement ? hostEndingOf(settlement.error) : undefined;
    if (ending) {
      this.ending.stop(ending);
      return;
    }
    const argument = this.context.newString(deliveryMessage(id, settlement));
    const delivered = this.callGuest(this.deliverFunction, argument);
    argument.dispose();
    if (delivered) this.schedulePump();
  }

  /** Results that arrive together (Promise.all) are followed by one pass over the job queue. */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    queueMicrotask(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** One console call (see `writeLog`). */
  hostLog(messageHandle: QuickJSHandle): undefined {
    if (this.ending.finished) return undefined;
    try {
      writeLog(this.request.bridge, this.context.getString(messageHandle));
    } catch (error) {
      const ending = hostEndingOf(error);
      if (ending) this.ending.stop(ending);
      else throw error;
    }
    return undefined;
  }

  hostDraw(kindHandle: QuickJSHandle): QuickJSHandle {
    const value = draw(this.request.bridge, this.context.getString(kindHandle));
    return typeof value === "string"
      ? this.context.newString(value)
      : this.context.newNumber(value);
  }

  hostFinish(okHandle: QuickJSHandle, payloadHandle: QuickJSHandle): undefined {
    const payload =
      this.context.typeof(payloadHandle) === "string"
        ? this.context.getString(payloadHandle)
        : undefined;
    const outcome = finishOutcome(this.context.dump(okHandle) === true, payload);
    this.ending.end(outcome.status === "completed" ? outcome : this.classify(outcome.error));
    return undefined;
  }

  setTimer(callbackHandle: QuickJSHandle, msHandle: QuickJSHandle): QuickJSHandle {
    const id = this.nextTimerId++;
    if (this.ending.finished) throw new Error("The run has ended.");
    if (this.timers.size >= MAX_TIMERS) {
      throw new RangeError(
        `A run may hold at most ${MAX_TIMERS} timers at once: clear the ones it no longer needs.`,
      );
    }
    const callback = callbackHandle.dup();
    // Past the wall-time limit a timer can never fire inside the run: no need to wait longer.
    const ms = timerDelay(this.context.getNumber(msHandle), this.deadline);
    const timeout = setTimeout(() => {
      this.timers.delete(id);
      if (this.ending.finished) {
        if (!this.corrupted) callback.dispose();
        return;
      }
      const called = this.callGuest(callback);
      if (!this.corrupted) callback.dispose();
      if (called) this.pump();
    }, ms);
    this.timers.set(id, { timeout, callback });
    return this.context.newNumber(id);
  }

  clearTimer(idHandle: QuickJSHandle): undefined {
    const id = this.context.getNumber(idHandle);
    const timer = this.timers.get(id);
    if (timer) {
      clearTimeout(timer.timeout);
      timer.callback.dispose();
      this.timers.delete(id);
    }
    return undefined;
  }

  /** Runs the guest's pending jobs until it waits on the host again. */
  private pump(): void {
    if (this.ending.finished) return;
    const result = this.guest(() => this.runtime.executePendingJobs());
    if (result?.error) {
      this.failFromGuest(result.error);
      return;
    }
    if (!this.ending.finished && this.timers.size === 0 && !this.runtime.hasPendingJob())
      this.request.bridge.idle?.();
  }

  /**
   * Every entry into the engine goes through here: it is timed for the CPU limit, and a host
   * exception unwinding through the engine (V8's own stack overflowing under deep WebAssembly
   * recursion) ends the run instead of escaping to the host. Returns undefined then.
   */
  private guest<T>(enter: () => T): T | undefined {
    if (this.corrupted) return undefined;
    this.sliceStart = Date.now();
    try {
      return enter();
    } catch (error) {
      this.corrupted = true;
      this.ending.end({
        status: "failed",
        error:
          error instanceof RangeError
            ? STACK_OVERFLOW
            : { name: "InternalError", message: `The sandbox failed: ${String(error)}` },
      });
      return undefined;
    } finally {
      this.cpuUsed += Date.now() - this.sliceStart;
    }
  }

  private shouldInterrupt(): boolean {
    if (this.ending.stopped || this.ending.finished) return true;
    const now = Date.now();
    const { limits } = this.request;
    if (now >= this.deadline)
      this.ending.stopped = limitEnding(new SandboxTimeoutError(limits.timeoutMs));
    else if (this.cpuUsed + (now - this.sliceStart) > limits.cpuMs)
      this.ending.stopped = limitEnding(new SandboxCpuLimitError(limits.cpuMs));
    else return false;
    return true;
  }

  private failFromGuest(errorHandle: QuickJSHandle): void {
    this.ending.end(this.classify(this.dumpError(errorHandle)));
  }

  private dumpError(errorHandle: QuickJSHandle): ExecutionErrorInfo {
    let dumped: unknown;
    try {
      dumped = this.context.dump(errorHandle);
    } catch {
      dumped = undefined;
    }
    errorHandle.dispose();
    if (dumped && typeof dumped === "object") {
      const { name, message, stack } = dumped as Record<string, unknown>;
      return {
        name: typeof name === "string" ? name : "Error",
        message: typeof message === "string" ? message : String(message),
        ...(typeof stack === "string" ? { stack } : {}),
      };
    }
    return { name: "Error", message: `Uncaught ${String(dumped)}` };
  }

  /** Turns what the guest reported into the run's ending: a limit first, then the script's own error. */
  private classify(info: ExecutionErrorInfo): RunEnding {
    if (this.ending.stopped) return this.ending.stopped;
    const outOfMemory =
      (info.name === "InternalError" && /out of memory/i.test(info.message)) ||
      // Out of memory while building its error object, QuickJS throws null. By then the memory
      // is freed again, so it cannot be measured: a null that the script does not throw itself
      // is taken for exhaustion.
      (info.message === "Uncaught null" && !/\bthrow\s+null\b/.test(this.request.code));
    if (outOfMemory) {
      this.ending.stopped = limitEnding(new SandboxMemoryError(this.request.limits.memoryMb));
      return this.ending.stopped;
    }
    if (info.name === "InternalError" && info.message === "interrupted") {
      // Interrupted without a recorded reason: the wall clock ran out in a guest slice.
      return limitEnding(new SandboxTimeoutError(this.request.limits.timeoutMs));
    }
    return { status: "failed", error: locateError(info, LINE_OFFSET) };
  }

  private keep(handle: QuickJSHandle): QuickJSHandle {
    this.handles.push(handle);
    return handle;
  }
}
