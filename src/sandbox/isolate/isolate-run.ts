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
import type { Reference } from "./isolated-vm.js";
import type { IsolateHostHandler, PreparedIsolate } from "./prepared-isolate.js";

/** isolated-vm's messages for a stopped or lost isolate. */
const TIMED_OUT = /^Script execution timed out/;
const MEMORY = /memory limit|out-of-memory|Array buffer allocation failed/i;
/** V8 puts a compile error's place at the end of its message: "Unexpected token [script.ts:3:7]". */
const COMPILE_PLACE = /\s*\[((?:script|scripts\/[\w$]+)\.ts:\d+:\d+)\]$/;
let warnedLost = false;

/**
 * One execution in a fresh V8 isolate (isolated-vm). Every entry into the guest runs on
 * isolated-vm's own thread, so the host's event loop stays free while a script computes, and
 * each entry is bounded by what is left of the wall time and of the CPU budget (the isolate's
 * own CPU-time counter, summed over entries, so the limit holds across `await`s). A run that
 * goes over a limit has its isolate disposed.
 */
export class IsolateRun implements IsolateHostHandler {
  private readonly prepared: PreparedIsolate;
  private readonly request: SandboxRunRequest;
  /** How the run ends: its outcome, wall clock and abort signal; a recorded limit interrupts every later entry. */
  private readonly ending = new RunEnd(() => {
    for (const timeout of this.timers.values()) clearTimeout(timeout);
    this.timers.clear();
  });
  private readonly deadline: number;
  private readonly cpuAtStart: bigint;
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private readonly references: Reference[] = [];
  private entries = 0;

  constructor(prepared: PreparedIsolate, request: SandboxRunRequest) {
    this.prepared = prepared;
    this.request = request;
    this.deadline = Date.now() + request.limits.timeoutMs;
    this.cpuAtStart = prepared.isolate.cpuTime;
    prepared.attach(this);
  }

  execute(): Promise<RunEnding> {
    this.ending.arm(this.request);
    if (!this.ending.finished) {
      try {
        this.start();
      } catch (error) {
        this.failWith(error);
      }
    }
    return this.ending.outcome;
  }

  /** Ends the run and frees its isolate: nothing of it is used again. */
  dispose(): void {
    this.ending.end({
      status: "failed",
      error: { name: "Error", message: "The run was disposed." },
    });
    const { prepared } = this;
    // Disposed off this call stack: the guest may still be inside a host function that ended it.
    setImmediate(() => {
      for (const reference of this.references) if (!prepared.lost) reference.release();
      if (!prepared.lost && !prepared.isolate.isDisposed) prepared.isolate.dispose();
    }).unref();
  }

  /** Configures the globals, installs saved scripts and `input`, compiles and starts the script. */
  private start(): void {
    const { prepared, request } = this;
    const timeout = this.sliceMs();
    prepared.configure.applySync(undefined, [configText(request)], { timeout });
    const plan = savedScriptsPlan(request);
    if (plan) {
      const functions: object[] = [];
      for (const name of plan.names) {
        const { source, filename } = savedScriptSource(request, name);
        functions.push(this.compile(source, filename).derefInto());
      }
      prepared.install.applySync(undefined, [plan.namesText, plan.inputText, ...functions], {
        timeout,
      });
    }
    const sources = scriptSources(request.code);
    for (const [index, { source, callResult }] of sources.entries()) {
      let main: Reference;
      try {
        main = this.compile(source, SCRIPT_FILENAME);
      } catch (error) {
        if (index < sources.length - 1) continue;
        throw error;
      }
      this.enter((slice) => prepared.start.apply(undefined, [main.derefInto(), callResult], slice));
      return;
    }
  }

  /** Compiles a function expression and evaluates it (which runs none of its body). */
  private compile(source: string, filename: string): Reference {
    const script = this.prepared.isolate.compileScriptSync(source, { filename });
    const value = script.runSync(this.prepared.context, { reference: true });
    script.release();
    this.references.push(value);
    return value;
  }

  /**
   * Runs guest code on isolated-vm's thread, bounded by the time left; afterwards the CPU the
   * isolate used is checked, and the bridge told when the script waits with nothing to run.
   */
  private enter(run: (options: { timeout: number }) => Promise<unknown>): void {
    if (this.ending.finished) return;
    this.entries++;
    run({ timeout: this.sliceMs() }).then(
      () => {
        this.entries--;
        if (this.ending.finished) return;
        if (this.cpuUsedMs() > this.request.limits.cpuMs) {
          this.ending.stop(limitEnding(new SandboxCpuLimitError(this.request.limits.cpuMs)));
          return;
        }
        if (this.entries === 0 && this.timers.size === 0) this.request.bridge.idle?.();
      },
      (error: unknown) => {
        this.entries--;
        this.failWith(error);
      },
    );
  }

  /** What is left of the wall time and of the CPU budget, whichever is less (at least 1 ms). */
  private sliceMs(): number {
    const wall = this.deadline - Date.now();
    const cpu = this.request.limits.cpuMs - this.cpuUsedMs();
    return Math.max(1, Math.ceil(Math.min(wall, cpu)));
  }

  private cpuUsedMs(): number {
    if (this.prepared.lost || this.prepared.isolate.isDisposed) return 0;
    return Number(this.prepared.isolate.cpuTime - this.cpuAtStart) / 1e6;
  }

  call(message: string): void {
    // Jobs still queued when the run ended may try to call out: nothing leaves after the end.
    if (this.ending.finished) throw new Error("The run has ended.");
    performCall(this.request, message, (id, settlement) => this.deliver(id, settlement));
  }

  private deliver(id: string, settlement: CallSettlement): void {
    if (this.ending.finished) return;
    const ending = "error" in settlement ? hostEndingOf(settlement.error) : undefined;
    if (ending) {
      this.ending.stop(ending);
      return;
    }
    const message = deliveryMessage(id, settlement);
    this.enter((slice) => this.prepared.deliver.apply(undefined, [message], slice));
  }

  log(message: string): void {
    if (this.ending.finished) return;
    try {
      writeLog(this.request.bridge, message);
    } catch (error) {
      const ending = hostEndingOf(error);
      if (ending) this.ending.stop(ending);
      else throw error;
    }
  }

  draw(kind: string): string | number {
    return draw(this.request.bridge, kind);
  }

  finish(ok: boolean, payload: string | undefined): void {
    const outcome = finishOutcome(ok, typeof payload === "string" ? payload : undefined);
    this.ending.end(outcome.status === "completed" ? outcome : this.classify(outcome.error));
  }

  setTimer(id: number, ms: number): void {
    if (this.ending.finished) throw new Error("The run has ended.");
    if (this.timers.size >= MAX_TIMERS) {
      throw new RangeError(
        `A run may hold at most ${MAX_TIMERS} timers at once: clear the ones it no longer needs.`,
      );
    }
    // Past the wall-time limit a timer can never fire inside the run: no need to wait longer.
    const timeout = setTimeout(
      () => {
        this.timers.delete(id);
        this.enter((slice) => this.prepared.fire.apply(undefined, [id], slice));
      },
      timerDelay(Number(ms), this.deadline),
    );
    this.timers.set(id, timeout);
  }

  clearTimer(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  catastrophic(message: string): void {
    if (!warnedLost) {
      warnedLost = true;
      process.emitWarning(
        `isolated-vm lost an isolate (${message}); its thread and memory stay held until the process ends, and the process may then need a signal to exit. Restart it when convenient, or lower limits.memoryMb.`,
        { code: "CODEMODE_ISOLATE_LOST" },
      );
    }
    this.ending.stop(
      limitEnding(
        /out-of-memory/.test(message)
          ? new SandboxMemoryError(this.request.limits.memoryMb)
          : new SandboxTimeoutError(this.request.limits.timeoutMs),
      ),
    );
  }

  /** An entry that threw on the host side: a limit isolated-vm enforced, or a compile error. */
  private failWith(error: unknown): void {
    if (this.ending.finished) return;
    const { limits } = this.request;
    const message = error instanceof Error ? error.message : String(error);
    if (TIMED_OUT.test(message)) {
      this.ending.stop(
        limitEnding(
          Date.now() >= this.deadline - 1 || this.cpuUsedMs() < limits.cpuMs / 2
            ? new SandboxTimeoutError(limits.timeoutMs)
            : new SandboxCpuLimitError(limits.cpuMs),
        ),
      );
      return;
    }
    if (MEMORY.test(message)) {
      this.ending.stop(limitEnding(new SandboxMemoryError(limits.memoryMb)));
      return;
    }
    const name = error instanceof Error ? error.name : "Error";
    const place = COMPILE_PLACE.exec(message);
    const info: ExecutionErrorInfo = place
      ? { name, message: message.replace(COMPILE_PLACE, ""), stack: `    at ${place[1]}` }
      : { name, message };
    this.ending.end(this.classify(info));
  }

  /** Turns what the guest reported into the run's ending: a limit first, then the script's own error. */
  private classify(info: ExecutionErrorInfo): RunEnding {
    if (this.ending.stopped) return this.ending.stopped;
    if (info.name === "RangeError" && MEMORY.test(info.message)) {
      // The array buffer allocator refused: it counts against the isolate's memory limit.
      this.ending.stopped = limitEnding(new SandboxMemoryError(this.request.limits.memoryMb));
      return this.ending.stopped;
    }
    return { status: "failed", error: locateError(info, LINE_OFFSET) };
  }
}
