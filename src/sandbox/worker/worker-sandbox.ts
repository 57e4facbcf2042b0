import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { WorkerToHost } from "./protocol.js";
import { type SandboxWorker, WorkerPoolSandbox } from "./worker-pool-sandbox.js";

export interface WorkerSandboxOptions {
  /** Worker threads at most; the number of cores by default. */
  size?: number;
  /** The worker's entry module; the compiled `worker-main.js` beside this file by default. */
  workerUrl?: URL;
}

/**
 * Runs each script in a QuickJS sandbox on a pool of worker threads, so a script that computes
 * until its limit never stalls the host's event loop (a server keeps answering). Host calls,
 * console output and non-deterministic values still go through the host's bridge: the worker
 * holds no connector, credential or journal.
 *
 * @example
 * const sandbox = new WorkerSandbox({ size: 2 });
 */
export class WorkerSandbox extends WorkerPoolSandbox {
  constructor(options: WorkerSandboxOptions = {}) {
    const workerUrl = options.workerUrl ?? new URL("./worker-main.js", import.meta.url);
    super({
      size: Math.max(1, options.size ?? availableParallelism()),
      spawn: () => threadWorker(workerUrl),
      sharedMemory: true,
    });
  }
}

function threadWorker(url: URL): SandboxWorker {
  const worker = new Worker(url);
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onCrash) {
      const handler = (message: WorkerToHost) => onMessage(message);
      worker.on("message", handler);
      worker.once("error", onCrash);
      worker.once("exit", onCrash);
      return () => {
        worker.off("message", handler);
        worker.off("error", onCrash);
        worker.off("exit", onCrash);
      };
    },
    ready,
    terminate: () => void worker.terminate(),
  };
}
