import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { errorInfo } from "../../core/error-info.js";
import { SandboxTimeoutError } from "../../core/errors.js";
import { hostEndingOf } from "../../core/run-ending.js";
import type { RunEnding, Sandbox, SandboxRunRequest } from "../../core/sandbox.js";
import {
  DRAW_BUFFER_BYTES,
  DRAW_HEADER_BYTES,
  DRAW_READY,
  type HostToWorker,
  type WireThrown,
  type WorkerToHost,
} from "./protocol.js";

/** How long past its own time limit a run may take before its worker is terminated. */
const GRACE_MS = 2000;

export interface WorkerSandboxOptions {
  /** Worker threads at most; the number of cores by default. */
  size?: number;
  /** The worker's entry module; the compiled `worker-main.js` beside this file by default. */
  workerUrl?: URL;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  draws: SharedArrayBuffer;
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
export class WorkerSandbox implements Sandbox {
  readonly name = "quickjs-worker";
  private readonly size: number;
  private readonly workerUrl: URL;
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private spawned = 0;
  private closed = false;

  constructor(options: WorkerSandboxOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.workerUrl = options.workerUrl ?? new URL("./worker-main.js", import.meta.url);
  }

  async run(request: SandboxRunRequest): Promise<RunEnding> {
    const slot = await this.acquire();
    let healthy = true;
    try {
      const outcome = await this.runOn(slot, request);
      healthy = outcome.healthy;
      return outcome.outcome;
    } finally {
      this.release(slot, healthy);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((slot) => slot.worker.terminate()));
  }

  private runOn(
    slot: Slot,
    request: SandboxRunRequest,
  ): Promise<{ outcome: RunEnding; healthy: boolean }> {
    const { worker, draws } = slot;
    const header = new Int32Array(draws, 0, 2);
    const bytes = new Uint8Array(draws, DRAW_HEADER_BYTES);
    const encoder = new TextEncoder();
    const post = (message: HostToWorker) => worker.postMessage(message);
    let outputStopped = false;

    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: RunEnding, healthy: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        worker.off("message", onMessage);
        worker.off("error", onCrash);
        worker.off("exit", onCrash);
        request.signal?.removeEventListener("abort", onAbort);
        resolve({ outcome, healthy });
      };
      const abort = (error: unknown) => post({ type: "abort", thrown: toWire(error) });
      const onAbort = () => abort(request.signal?.reason ?? new Error("The run was aborted."));
      // The worker enforces the limits itself; this only catches a worker that stopped answering.
      const watchdog = setTimeout(() => {
        void worker.terminate();
        const error = new SandboxTimeoutError(request.limits.timeoutMs);
        settle(
          {
            status: "limit",
            error: { name: error.name, message: error.message, code: error.code },
          },
          false,
        );
      }, request.limits.timeoutMs + GRACE_MS);
      const onCrash = (error: unknown) =>
        settle(
          {
            status: "failed",
            error: {
              name: "InternalError",
              message: `The sandbox worker failed: ${String(error)}`,
            },
          },
          false,
        );
      const onMessage = (message: WorkerToHost) => {
        switch (message.type) {
          case "call":
            Promise.resolve()
              .then(() => request.bridge.call(message.namespace, message.name, message.args))
              .then(
                (value) =>
                  post({ type: "result", callId: message.callId, value: serialise(value) }),
                (error: unknown) =>
                  post({ type: "result", callId: message.callId, thrown: toWire(error) }),
              )
              .catch((error: unknown) =>
                post({ type: "result", callId: message.callId, thrown: toWire(error) }),
              );
            return;
          case "idle":
            request.bridge.idle?.();
            return;
          case "log":
            if (outputStopped) return;
            try {
              request.bridge.log(message.level, message.text);
            } catch (error) {
              outputStopped = true;
              abort(error);
            }
            return;
          case "draw": {
            const { nondeterminism } = request.bridge;
            const value =
              message.kind === "uuid"
                ? nondeterminism.randomUUID()
                : String(message.kind === "now" ? nondeterminism.now() : nondeterminism.random());
            const length = encoder.encodeInto(value, bytes).written ?? 0;
            Atomics.store(header, 1, length);
            Atomics.store(header, 0, DRAW_READY);
            Atomics.notify(header, 0);
            return;
          }
          case "done":
            settle(message.ending, true);
            return;
          case "ready":
            return;
        }
      };
      worker.on("message", onMessage);
      worker.once("error", onCrash);
      worker.once("exit", onCrash);
      if (request.signal?.aborted) onAbort();
      else request.signal?.addEventListener("abort", onAbort, { once: true });
      post({
        type: "run",
        code: request.code,
        globals: { ...request.globals },
        positional: { ...(request.positional ?? {}) },
        ...(request.scripts ? { scripts: { ...request.scripts } } : {}),
        ...(request.input !== undefined ? { input: request.input } : {}),
        limits: request.limits,
        draws,
        reportIdle: request.bridge.idle !== undefined,
      });
    });
  }

  private async acquire(): Promise<Slot> {
    const slot = this.idle.pop() ?? (this.spawned < this.size ? this.spawn() : await this.wait());
    await slot.ready;
    return slot;
  }

  private wait(): Promise<Slot> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private spawn(): Slot {
    this.spawned++;
    const worker = new Worker(this.workerUrl);
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
    ready.catch(() => undefined);
    return { worker, ready, draws: new SharedArrayBuffer(DRAW_HEADER_BYTES + DRAW_BUFFER_BYTES) };
  }

  private release(slot: Slot, healthy: boolean): void {
    let next = slot;
    if (!healthy) {
      void slot.worker.terminate();
      this.spawned--;
      if (this.closed) return;
      if (this.waiting.length === 0) return;
      next = this.spawn();
    }
    if (this.closed) {
      void next.worker.terminate();
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }
}

function serialise(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

function toWire(thrown: unknown): WireThrown {
  const ending = hostEndingOf(thrown);
  return ending ? { ending } : { error: errorInfo(thrown) };
}
