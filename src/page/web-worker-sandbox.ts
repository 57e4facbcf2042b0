import type { WorkerToHost } from "../sandbox/worker/protocol.js";
import { type SandboxWorker, WorkerPoolSandbox } from "../sandbox/worker/worker-pool-sandbox.js";

export interface WebWorkerSandboxOptions {
  /** Workers at most; two by default (one when the device has a single core). */
  size?: number;
  /** The worker's module; `codemode-worker.js` beside this bundle by default. */
  workerUrl?: URL | string;
}

/**
 * The page's sandbox: QuickJS WebAssembly in dedicated Web Workers, the same engine, prelude,
 * limits and console formatting as in Node. The page stays responsive while a script computes;
 * a worker that does not answer past the run's time limit is terminated and a fresh one takes
 * its place. The worker has no `fetch`, DOM or network of the script's: only the bridge.
 *
 * In a cross-origin isolated page the worker asks the page for the time and random values (so
 * `nondeterminism` applies); elsewhere it replays the journal's values and draws the rest itself.
 *
 * @example
 * const sandbox = new WebWorkerSandbox({ size: 1 });
 */
export class WebWorkerSandbox extends WorkerPoolSandbox {
  override readonly name = "quickjs-web-worker";

  constructor(options: WebWorkerSandboxOptions = {}) {
    const workerUrl = options.workerUrl ?? new URL("./codemode-worker.js", import.meta.url);
    super({
      size: Math.max(1, options.size ?? Math.min(2, navigator.hardwareConcurrency || 1)),
      spawn: () => webWorker(workerUrl),
      sharedMemory: globalThis.crossOriginIsolated === true,
    });
  }
}

function webWorker(url: URL | string): SandboxWorker {
  const worker = new Worker(url, { type: "module", name: "codemode sandbox" });
  const ready = new Promise<void>((resolve, reject) => {
    worker.addEventListener("message", () => resolve(), { once: true });
    worker.addEventListener(
      "error",
      (event) =>
        reject(
          new Error(
            `The sandbox worker ${String(url)} could not start: ${event.message || "it failed to load"}. Serve codemode-worker.js and quickjs.wasm beside codemode.js.`,
          ),
        ),
      { once: true },
    );
  });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onCrash) {
      const handleMessage = (event: MessageEvent<WorkerToHost>) => onMessage(event.data);
      const handleError = (event: ErrorEvent) => onCrash(event.message || "the worker failed");
      worker.addEventListener("message", handleMessage);
      worker.addEventListener("error", handleError);
      return () => {
        worker.removeEventListener("message", handleMessage);
        worker.removeEventListener("error", handleError);
      };
    },
    ready,
    terminate: () => worker.terminate(),
  };
}
