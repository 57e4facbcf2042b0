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

/** The host's end of one worker: a Node worker thread or a page's Web Worker. */
export interface SandboxWorker {
  post(message: HostToWorker): void;
  /** Hears the worker's messages and its failure or exit; returns the function that stops. */
  listen(onMessage: (message: WorkerToHost) => void, onCrash: (error: unknown) => void): () => void;
  /** Settles when the worker has said it is ready. */
  ready: Promise<void>;
  terminate(): void;
}

export interface WorkerPoolOptions {
  /** Workers at most. */
  size: number;
  spawn(): SandboxWorker;
  /**
   * Whether the worker can wait for the host's time and random values (a SharedArrayBuffer:
   * always in Node, only in a cross-origin isolated page). Without it the worker replays the
   * journal's values and draws the rest itself.
   */
  sharedMemory: boolean;
}

interface Slot {
  worker: SandboxWorker;
  draws?: SharedArrayBuffer;
}

/**
 * Runs each script in a QuickJS sandbox on a pool of workers, so a script that computes until its
 * limit never stalls the host (a server keeps answering, a page stays responsive). Host calls,
 * console output and non-deterministic values still go through the host's bridge: the worker
 * holds no connector, credential or journal. A worker that stops answering is terminated and a
 * fresh one takes its place.
 */
export class WorkerPoolSandbox implements Sandbox {
  readonly name: string = "quickjs-worker";
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private spawned = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

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
    for (const slot of this.idle.splice(0)) slot.worker.terminate();
  }

  private runOn(
    slot: Slot,
    request: SandboxRunRequest,
  ): Promise<{ outcome: RunEnding; healthy: boolean }> {
    const { worker, draws } = slot;
    const post = (message: HostToWorker) => worker.post(message);
    const detached = draws ? undefined : request.bridge.nondeterminism.detach?.();
    let outputStopped = false;

    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: RunEnding, healthy: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        stopListening();
        request.signal?.removeEventListener("abort", onAbort);
        resolve({ outcome, healthy });
      };
      const abort = (error: unknown) => post({ type: "abort", thrown: toWire(error) });
      const onAbort = () => abort(request.signal?.reason ?? new Error("The run was aborted."));
      // The worker enforces the limits itself; this only catches a worker that stopped answering.
      const watchdog = setTimeout(() => {
        worker.terminate();
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
          case "draw":
            if (draws) answerDraw(draws, message.kind, request);
            return;
          case "drew":
            detached?.record(message.draw);
            return;
          case "done":
            settle(message.ending, true);
            return;
          case "ready":
            return;
        }
      };
      const stopListening = worker.listen(onMessage, onCrash);
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
        ...(draws ? { draws } : { replay: detached?.replay ?? [] }),
        reportIdle: request.bridge.idle !== undefined,
      });
    });
  }

  private async acquire(): Promise<Slot> {
    const slot =
      this.idle.pop() ?? (this.spawned < this.options.size ? this.spawn() : await this.wait());
    await slot.worker.ready;
    return slot;
  }

  private wait(): Promise<Slot> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private spawn(): Slot {
    this.spawned++;
    const worker = this.options.spawn();
    worker.ready.catch(() => undefined);
    return this.options.sharedMemory
      ? { worker, draws: new SharedArrayBuffer(DRAW_HEADER_BYTES + DRAW_BUFFER_BYTES) }
      : { worker };
  }

  private release(slot: Slot, healthy: boolean): void {
    let next = slot;
    if (!healthy) {
      slot.worker.terminate();
      this.spawned--;
      if (this.closed) return;
      if (this.waiting.length === 0) return;
      next = this.spawn();
    }
    if (this.closed) {
      next.worker.terminate();
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }
}

/** Writes the host's value into the shared buffer and wakes the worker waiting on it. */
function answerDraw(
  draws: SharedArrayBuffer,
  kind: "now" | "random" | "uuid",
  request: SandboxRunRequest,
): void {
  const header = new Int32Array(draws, 0, 2);
  const bytes = new Uint8Array(draws, DRAW_HEADER_BYTES);
  const { nondeterminism } = request.bridge;
  const value =
    kind === "uuid"
      ? nondeterminism.randomUUID()
      : String(kind === "now" ? nondeterminism.now() : nondeterminism.random());
  // Encoded apart, then copied: a page's TextEncoder does not write into shared memory.
  const encoded = new TextEncoder().encode(value).subarray(0, bytes.length);
  bytes.set(encoded);
  Atomics.store(header, 1, encoded.length);
  Atomics.store(header, 0, DRAW_READY);
  Atomics.notify(header, 0);
}

function serialise(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

function toWire(thrown: unknown): WireThrown {
  const ending = hostEndingOf(thrown);
  return ending ? { ending } : { error: errorInfo(thrown) };
}
