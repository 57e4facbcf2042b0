import type { RunEnding, Sandbox, SandboxRunRequest } from "../../core/sandbox.js";
import { IsolateRun } from "./isolate-run.js";
import { type IsolatedVm, loadIsolatedVm } from "./isolated-vm.js";
import {
  disposePreparedIsolate,
  type PreparedIsolate,
  prepareIsolate,
} from "./prepared-isolate.js";

export interface IsolateSandboxOptions {
  /** Isolates kept prepared per memory limit, ready for the next runs (default 2). */
  maxIdle?: number;
  /** The isolated-vm module; by default `require("isolated-vm")` from this package's location. */
  isolatedVm?: IsolatedVm;
}

/**
 * A sandbox on V8 isolates through isolated-vm, an optional peer dependency (a native addon,
 * Node 22 or later). It computes at V8's speed, where QuickJS in WebAssembly is 60–100x slower;
 * each run gets a fresh isolate, and isolates for the next runs are prepared while the process
 * is idle. Scripts run on isolated-vm's threads, so a spinning script does not stall the host's
 * event loop. Only strings cross the boundary, through the same bridge as the QuickJS backend.
 * Construction fails with a `SandboxUnavailableError` naming what to install when isolated-vm
 * cannot load.
 *
 * @example
 * const cm = await createCodeMode({ sandbox: "isolate" });
 * // or: createCodeMode({ sandbox: createIsolateSandbox({ maxIdle: 4 }) })
 */
export class IsolateSandbox implements Sandbox {
  readonly name = "isolate";
  private readonly ivm: IsolatedVm;
  private readonly maxIdle: number;
  private readonly idle = new Map<number, PreparedIsolate[]>();
  private readonly preparing = new Set<number>();
  /** Runs under way: isolates are prepared only when there are none, so no run waits for it. */
  private active = 0;
  private closed = false;

  constructor(options: IsolateSandboxOptions = {}) {
    this.ivm = options.isolatedVm ?? loadIsolatedVm();
    this.maxIdle = options.maxIdle ?? 2;
  }

  async run(request: SandboxRunRequest): Promise<RunEnding> {
    const { memoryMb } = request.limits;
    const prepared = this.idle.get(memoryMb)?.pop() ?? prepareIsolate(this.ivm, memoryMb);
    const run = new IsolateRun(prepared, request);
    this.active++;
    try {
      return await run.execute();
    } finally {
      this.active--;
      run.dispose();
      this.prepareWhenIdle(memoryMb);
    }
  }

  /** Prepares isolates for runs with this memory limit ahead of the first one. */
  async warm(memoryMb: number): Promise<void> {
    const list = this.idle.get(memoryMb) ?? [];
    this.idle.set(memoryMb, list);
    while (list.length < this.maxIdle) list.push(prepareIsolate(this.ivm, memoryMb));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const list of this.idle.values())
      for (const prepared of list) disposePreparedIsolate(prepared);
    this.idle.clear();
  }

  /** Tops up the prepared isolates once the process has nothing else to do. */
  private prepareWhenIdle(memoryMb: number): void {
    if (this.closed || this.preparing.has(memoryMb)) return;
    this.preparing.add(memoryMb);
    setImmediate(() => {
      this.preparing.delete(memoryMb);
      // The last run to finish calls this again.
      if (this.closed || this.active > 0) return;
      const list = this.idle.get(memoryMb) ?? [];
      this.idle.set(memoryMb, list);
      if (list.length >= this.maxIdle) return;
      try {
        list.push(prepareIsolate(this.ivm, memoryMb));
      } catch {
        // The next run prepares its own and reports what is wrong.
        return;
      }
      this.prepareWhenIdle(memoryMb);
    }).unref();
  }
}

export function createIsolateSandbox(options?: IsolateSandboxOptions): IsolateSandbox {
  return new IsolateSandbox(options);
}
