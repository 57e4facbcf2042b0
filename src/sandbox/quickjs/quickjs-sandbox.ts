import type { RunEnding, Sandbox, SandboxRunRequest } from "../../core/sandbox.js";
import { ModulePool } from "./module-pool.js";
import { QuickJSRun } from "./quickjs-run.js";

export interface QuickJSSandboxOptions {
  /** Share a pool between sandboxes; by default each sandbox has its own. */
  pool?: ModulePool;
}

/**
 * The default sandbox: QuickJS (the quickjs-emscripten release build) compiled to WebAssembly. No native build, no install
 * script; a fresh runtime and context per run, memory capped by the WebAssembly memory itself.
 *
 * @example
 * const sandbox = createQuickJSSandbox();
 * const ending = await sandbox.run({ code: "return 6 * 7", globals: {}, bridge, limits }); // { status: "completed", resultJson: "42" }
 */
export class QuickJSSandbox implements Sandbox {
  readonly name = "quickjs";
  private readonly pool: ModulePool;

  constructor(options: QuickJSSandboxOptions = {}) {
    this.pool = options.pool ?? new ModulePool();
  }

  async run(request: SandboxRunRequest): Promise<RunEnding> {
    const lease = await this.pool.acquire(request.limits.memoryMb);
    const run = new QuickJSRun(this.pool.takeContext(lease), request);
    try {
      return await run.execute();
    } finally {
      // Freeing the run's engine state waits until the process is idle: the caller gets the
      // outcome first.
      this.pool.release(lease, () => run.dispose());
    }
  }

  /** Builds a module ahead of the first run, so it does not pay for it. */
  warm(memoryMb: number): Promise<void> {
    return this.pool.warm(memoryMb);
  }

  async close(): Promise<void> {
    this.pool.clear();
  }
}

export function createQuickJSSandbox(options?: QuickJSSandboxOptions): QuickJSSandbox {
  return new QuickJSSandbox(options);
}
