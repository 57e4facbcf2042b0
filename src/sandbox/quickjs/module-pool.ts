import releaseVariant from "@jitl/quickjs-wasmfile-release-sync";
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { compiledWasm, whenIdle } from "./engine-host.js";

import {
  disposePreparedContext,
  type PreparedContext,
  prepareContext,
} from "./prepared-context.js";

const variant = releaseVariant as unknown as QuickJSSyncVariant;

const PAGE = 64 * 1024;
const MB = 1024 * 1024;
/** Room for the engine itself beside the script's own allocations. */
const HEADROOM_MB = 16;

/** A QuickJS WASM module with its own capped memory: one run at a time uses it. */
export interface ModuleLease {
  module: QuickJSWASMModule;
  memory: WebAssembly.Memory;
  memoryMb: number;
  runs: number;
  /** A fresh context made while the module was idle, if there was time. */
  prepared?: PreparedContext;
  /** Frees what the last run left; returns false when the module must be retired. */
  cleanUp?: () => boolean;
}

const RUNS_PER_MODULE = 2000;

/**
 * Keeps QuickJS modules ready. QuickJS's own memory limit does not stop big strings or typed
 * arrays, so each module gets a WebAssembly memory with a `maximum`: a hard cap. The memory is
 * the module's, so concurrent runs take different modules. The memory is sized to its maximum
 * from the start (the OS commits pages only when touched), because quickjs-emscripten reads
 * stale views of a memory that grows in the middle of a call. A module that hit a limit or whose
 * engine state is in doubt is retired and replaced off the hot path; a healthy one is retired
 * after a number of runs, to bound fragmentation. While a module waits in the pool, the context
 * for its next run is prepared (see `PreparedContext`), so a run that arrives at an idle runtime
 * does not pay for compiling the prelude.
 */
export class ModulePool {
  private readonly idle = new Map<number, ModuleLease[]>();
  private readonly maxIdle: number;

  constructor(options: { maxIdle?: number } = {}) {
    this.maxIdle = options.maxIdle ?? 4;
  }

  async acquire(memoryMb: number): Promise<ModuleLease> {
    const list = this.idle.get(memoryMb) ?? [];
    for (let lease = list.pop(); lease; lease = list.pop()) {
      if (this.cleanUp(lease)) return lease;
    }
    return ModulePool.create(memoryMb);
  }

  /** The context for the lease's next run: the prepared one, or a new one now. */
  takeContext(lease: ModuleLease): PreparedContext {
    const prepared = lease.prepared ?? prepareContext(lease.module, lease.memoryMb);
    lease.prepared = undefined;
    return prepared;
  }

  /**
   * Takes a module back. Its last run is cleaned up (`cleanUp` returns whether the module can be
   * reused) when the process is idle, or at the latest when the module is acquired again, so
   * the run's caller does not wait for it.
   */
  release(lease: ModuleLease, cleanUp: () => boolean): void {
    lease.runs++;
    lease.cleanUp = cleanUp;
    if (lease.runs < RUNS_PER_MODULE && this.addIdle(lease)) return;
    this.cleanUp(lease);
    if ((this.idle.get(lease.memoryMb)?.length ?? 0) === 0) this.warmInBackground(lease.memoryMb);
  }

  /** Puts a module among the idle ones, if there is room, and prepares it while idle. */
  private addIdle(lease: ModuleLease): boolean {
    const list = this.idle.get(lease.memoryMb) ?? [];
    if (list.length >= this.maxIdle) return false;
    list.push(lease);
    this.idle.set(lease.memoryMb, list);
    this.whenIdle(lease);
    return true;
  }

  private removeIdle(lease: ModuleLease): void {
    const list = this.idle.get(lease.memoryMb) ?? [];
    this.idle.set(
      lease.memoryMb,
      list.filter((candidate) => candidate !== lease),
    );
  }

  /** A replacement built off the hot path; if it fails, the next run builds one itself. */
  private warmInBackground(memoryMb: number): void {
    this.warm(memoryMb).catch(() => undefined);
  }

  /** Runs the lease's pending clean-up; false when the module must not be used again. */
  private cleanUp(lease: ModuleLease): boolean {
    const cleanUp = lease.cleanUp;
    lease.cleanUp = undefined;
    return cleanUp ? cleanUp() : true;
  }

  private whenIdle(lease: ModuleLease): void {
    whenIdle(() => {
      if (!this.idle.get(lease.memoryMb)?.includes(lease)) return;
      if (!this.cleanUp(lease)) {
        // Retired: its engine hit a limit or is in doubt. Replace it off the hot path.
        this.removeIdle(lease);
        this.warmInBackground(lease.memoryMb);
        return;
      }
      if (lease.prepared) return;
      try {
        lease.prepared = prepareContext(lease.module, lease.memoryMb);
      } catch {
        // A module that cannot make a context is of no use: drop it; the next run builds another.
        this.removeIdle(lease);
      }
    });
  }

  /** Builds one module ahead of need. */
  async warm(memoryMb: number): Promise<void> {
    this.addIdle(await ModulePool.create(memoryMb));
  }

  clear(): void {
    for (const leases of this.idle.values()) {
      for (const lease of leases) {
        this.cleanUp(lease);
        if (lease.prepared) disposePreparedContext(lease.prepared);
      }
    }
    this.idle.clear();
  }

  private static async create(memoryMb: number): Promise<ModuleLease> {
    const maximum = Math.ceil(((memoryMb + HEADROOM_MB) * MB) / PAGE);
    const memory = new WebAssembly.Memory({ initial: maximum, maximum });
    const wasmModule = await compiledWasm();
    const module = await newQuickJSWASMModuleFromVariant(
      newVariant(variant, { wasmModule, wasmMemory: memory }),
    );
    return { module, memory, memoryMb, runs: 0 };
  }
}
